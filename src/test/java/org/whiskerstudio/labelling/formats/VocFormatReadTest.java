package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whiskerstudio.labelling.formats.FormatFixtures.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Reading Pascal VOC from hand-written reference files, as labelImg, CVAT and the devkit write them. */
class VocFormatReadTest {
    /** What labelImg saves: tabs, an absolute path on the labeller's machine, float corners, an empty difficult. */
    static final String LABELIMG_XML = """
            <annotation>
            \t<folder>images</folder>
            \t<filename>cat_001.jpg</filename>
            \t<path>/home/anna/datasets/pets/images/cat_001.jpg</path>
            \t<source>
            \t\t<database>Unknown</database>
            \t</source>
            \t<size>
            \t\t<width>640</width>
            \t\t<height>480</height>
            \t\t<depth>3</depth>
            \t</size>
            \t<segmented>0</segmented>
            \t<object>
            \t\t<name>cat</name>
            \t\t<pose>Unspecified</pose>
            \t\t<truncated>1</truncated>
            \t\t<difficult/>
            \t\t<bndbox>
            \t\t\t<xmin>12.5</xmin>
            \t\t\t<ymin>30.25</ymin>
            \t\t\t<xmax>200.75</xmax>
            \t\t\t<ymax>310</ymax>
            \t\t</bndbox>
            \t</object>
            \t<object>
            \t\t<name>dog</name>
            \t\t<pose>Unspecified</pose>
            \t\t<truncated>0</truncated>
            \t\t<difficult>1</difficult>
            \t\t<bndbox>
            \t\t\t<xmin>300</xmin>
            \t\t\t<ymin>100</ymin>
            \t\t\t<xmax>639</xmax>
            \t\t\t<ymax>479</ymax>
            \t\t</bndbox>
            \t</object>
            </annotation>
            """;

    @TempDir
    Path tmp;

    private final VocFormat voc = new VocFormat();

    @Test
    void vocReadsFloatCoordinatesFromLabelImg() throws Exception {
        text(tmp.resolve("cat_001.xml"), LABELIMG_XML);

        DatasetImage image = voc.read(tmp).images().get(0);

        assertEquals(List.of(
                new DatasetShape("cat", new Shape.Box(12.5, 30.25, 200.75, 310), Set.of(Annotation.TRUNCATED)),
                new DatasetShape("dog", new Shape.Box(300, 100, 639, 479), Set.of(Annotation.DIFFICULT))),
                image.shapes());
    }

    @Test
    void vocReadsTheSizeAndFindsAFlatImageBesideItsXml() throws Exception {
        text(tmp.resolve("cat_001.xml"), LABELIMG_XML);

        DatasetImage image = voc.read(tmp).images().get(0);

        assertEquals(List.of("cat_001.jpg", 640, 480), List.of(image.path(), image.width(), image.height()));
    }

    @Test
    void vocLooksUpImagesInJpegImagesInTheDevkitLayout() throws Exception {
        text(tmp.resolve("Annotations/cat_001.xml"), LABELIMG_XML);

        LabelledDataset dataset = voc.read(tmp);

        assertEquals("JPEGImages/cat_001.jpg", dataset.images().get(0).path());
    }

    @Test
    void vocListsClassesInOrderOfFirstAppearanceTagsFirst() throws Exception {
        text(tmp.resolve("a.xml"), LABELIMG_XML.replace("cat_001", "a"));
        text(tmp.resolve("b.xml"), """
                <annotation><filename>b.jpg</filename><size><width>10</width><height>10</height></size>
                  <tags><tag>night</tag></tags>
                  <object><name>bird</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</ymax></bndbox></object>
                </annotation>
                """);

        assertEquals(List.of("cat", "dog", "night", "bird"), voc.read(tmp).classes());
    }

    @Test
    void vocReadsImageTagsFromTheTagsExtension() throws Exception {
        text(tmp.resolve("a.xml"), """
                <annotation><filename>a.jpg</filename><size><width>10</width><height>10</height></size>
                  <tags><tag>indoor</tag><tag> night </tag><tag/></tags>
                </annotation>
                """);

        assertEquals(List.of("indoor", "night"), voc.read(tmp).images().get(0).tags());
    }

    @Test
    void vocAcceptsAnImageWithoutObjectsAndEmptyOptionalTags() throws Exception {
        text(tmp.resolve("a.xml"), """
                <annotation><folder/><filename>a.jpg</filename><path></path><source/>
                  <size><width>10</width><height>20</height><depth/></size><segmented/>
                </annotation>
                """);

        DatasetImage image = voc.read(tmp).images().get(0);

        assertEquals(List.of(), image.shapes());
    }

    @Test
    void vocReadsLabelImgStylePolygonPointsInOrder() throws Exception {
        text(tmp.resolve("a.xml"), """
                <annotation><filename>a.jpg</filename><size><width>100</width><height>100</height></size>
                  <object><name>leaf</name>
                    <bndbox><xmin>1</xmin><ymin>2</ymin><xmax>50.5</xmax><ymax>60</ymax></bndbox>
                    <polygon><x1>1</x1><y1>2</y1><x2>50.5</x2><y2>2</y2><x3>25</x3><y3>60</y3></polygon>
                  </object>
                </annotation>
                """);

        Shape shape = voc.read(tmp).images().get(0).shapes().get(0).shape();

        assertEquals(new Shape.Polygon(List.of(new Point(1, 2), new Point(50.5, 2), new Point(25, 60))), shape);
    }

    @Test
    void vocReadsPointElementPolygons() throws Exception {
        text(tmp.resolve("a.xml"), """
                <annotation><filename>a.jpg</filename><size><width>100</width><height>100</height></size>
                  <object><name>leaf</name><polygon>
                    <pt><x>1</x><y>2</y></pt><pt><x>3.5</x><y>4</y></pt><pt><x>5</x><y>6.25</y></pt>
                  </polygon></object>
                </annotation>
                """);

        Shape shape = voc.read(tmp).images().get(0).shapes().get(0).shape();

        assertEquals(new Shape.Polygon(List.of(new Point(1, 2), new Point(3.5, 4), new Point(5, 6.25))), shape);
    }

    @Test
    void vocTakesTheFileNameFromPathWhenFilenameIsMissing() throws Exception {
        text(tmp.resolve("a.xml"), """
                <annotation><path>C:\\Users\\anna\\pets\\cat 7.png</path>
                  <size><width>10</width><height>10</height></size></annotation>
                """);

        assertEquals("cat 7.png", voc.read(tmp).images().get(0).path());
    }
}
