package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whiskerstudio.labelling.formats.FormatFixtures.text;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and hostile Pascal VOC files are refused with the file, the place and the reason. */
class VocFormatRefusalTest {
    private static final String SIZE = "<size><width>100</width><height>100</height></size>";

    @TempDir
    Path tmp;

    private final VocFormat voc = new VocFormat();

    @Test
    void vocRefusesAnExternalEntityAndNeverReadsTheSecretFile() {
        Path secret = text(tmp.resolve("secret.txt"), "TOP-SECRET-7f3a");
        Path dataset = tmp.resolve("voc");
        text(dataset.resolve("a.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE annotation [ <!ENTITY xxe SYSTEM "%s"> ]>
                <annotation><filename>a.jpg</filename>%s
                  <object><name>&xxe;</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</ymax></bndbox></object>
                </annotation>
                """.formatted(secret.toUri(), SIZE));

        FormatException e = assertThrows(FormatException.class, () -> voc.read(dataset));

        assertAll(() -> assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage()),
                () -> assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage()));
    }

    @Test
    void vocRefusesADoctypeNamingAnExternalDtd() {
        text(tmp.resolve("a.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE annotation SYSTEM "file:///etc/passwd">
                <annotation><filename>a.jpg</filename>%s</annotation>
                """.formatted(SIZE));

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void vocRefusesAFilenameThatClimbsOutOfTheDataset() {
        Path xml = text(tmp.resolve("a.xml"), "<annotation><filename>../../etc/passwd</filename>" + SIZE + "</annotation>");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertEquals(xml, e.file());
        assertEquals("<filename>", e.place());
    }

    @Test
    void vocRefusesAnAbsoluteFilename() {
        text(tmp.resolve("a.xml"), "<annotation><filename>/etc/passwd</filename>" + SIZE + "</annotation>");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertTrue(e.reason().contains("absolute"), e.reason());
    }

    @Test
    void vocNamesTheFileAndTheObjectOfANonNumericXmax() {
        Path xml = text(tmp.resolve("Annotations/b.xml"), "<annotation><filename>b.jpg</filename>" + SIZE
                + "<object><name>cat</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</ymax></bndbox></object>"
                + "<object><name>cat</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>abc</xmax><ymax>2</ymax></bndbox></object>"
                + "</annotation>");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertEquals(xml.toAbsolutePath().normalize() + ", <object> 2 <bndbox> <xmax>: \"abc\" is not a number",
                e.getMessage());
    }

    @Test
    void vocRefusesAFileWithoutSize() {
        text(tmp.resolve("a.xml"), "<annotation><filename>a.jpg</filename></annotation>");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertEquals("<size>", e.place());
    }

    @Test
    void vocRefusesAnObjectWithNeitherBoxNorPolygon() {
        text(tmp.resolve("a.xml"), "<annotation><filename>a.jpg</filename>" + SIZE
                + "<object><name>cat</name><difficult>0</difficult></object></annotation>");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertEquals("<object> 1", e.place());
    }

    @Test
    void vocRefusesAPolygonOfTwoPoints() {
        text(tmp.resolve("a.xml"), "<annotation><filename>a.jpg</filename>" + SIZE
                + "<object><name>cat</name><polygon><x1>1</x1><y1>1</y1><x2>5</x2><y2>5</y2></polygon></object></annotation>");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertEquals("<object> 1 <polygon>", e.place());
    }

    @Test
    void vocRefusesADifficultFlagThatIsNeitherZeroNorOne() {
        text(tmp.resolve("a.xml"), "<annotation><filename>a.jpg</filename>" + SIZE
                + "<object><name>cat</name><difficult>maybe</difficult>"
                + "<bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</ymax></bndbox></object></annotation>");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertEquals("<object> 1 <difficult>", e.place());
    }

    @Test
    void vocNamesTheLineOfMalformedXml() {
        text(tmp.resolve("a.xml"), "<annotation>\n<filename>a.jpg</filename>\n<size></annotation>\n");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertTrue(e.place().startsWith("line 3"), e.place());
    }

    @Test
    void vocReturnsNothingWhenOneFileOfManyIsBroken() {
        text(tmp.resolve("a.xml"), "<annotation><filename>a.jpg</filename>" + SIZE + "</annotation>");
        Path broken = text(tmp.resolve("b.xml"), "<annotation><filename>b.jpg</filename></annotation>");
        text(tmp.resolve("c.xml"), "<annotation><filename>c.jpg</filename>" + SIZE + "</annotation>");

        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertEquals(broken.getFileName(), e.file().getFileName());
    }

    @Test
    void vocRefusesAFolderWithoutXmlFiles() {
        FormatException e = assertThrows(FormatException.class, () -> voc.read(tmp));

        assertTrue(e.reason().contains(".xml"), e.reason());
    }
}
