package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;

/** A malformed provenance field refuses the whole dataset, naming the file and the label, and nothing is imported. */
class ProvenanceRefusalTest {
    @TempDir
    Path dir;

    private FormatException refused(AnnotationFormat format, Path source) throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("project"), "p")) {
            FormatException e = assertThrows(FormatException.class, () ->
                    new DatasetImporter(store).importLabels(format, source, Progress.NONE, new Cancellation()));
            assertEquals(0, store.imageCount());
            return e;
        }
    }

    @Test
    void cocoAnnotationWithABadRun() throws Exception {
        FormatFixtures.image(dir.resolve("data/a.png"), 20, 20);
        Path file = FormatFixtures.text(dir.resolve("data/annotations.json"), """
                {"images": [{"id": 1, "file_name": "a.png", "width": 20, "height": 20}],
                 "categories": [{"id": 1, "name": "cat"}],
                 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 1, 5, 5],
                   "whisker_label_source": {"source": "suggested", "run": "three", "probability": 0.9}}]}""");
        FormatException e = refused(new CocoFormat(), file);
        assertTrue(e.getMessage().contains("annotations[0].whisker_label_source"), e.getMessage());
        assertTrue(e.getMessage().contains("\"three\" is not a run id"), e.getMessage());
    }

    @Test
    void cocoTagSourceForATagTheImageLacks() throws Exception {
        FormatFixtures.image(dir.resolve("data/a.png"), 20, 20);
        Path file = FormatFixtures.text(dir.resolve("data/annotations.json"), """
                {"images": [{"id": 1, "file_name": "a.png", "whisker_tags": ["cat"],
                   "whisker_tag_sources": {"dog": {"source": "typed"}}}], "categories": []}""");
        FormatException e = refused(new CocoFormat(), file);
        assertTrue(e.getMessage().contains("images[0].whisker_tag_sources.dog: the image has no tag \"dog\""),
                e.getMessage());
    }

    @Test
    void vocObjectWithAProbabilityAboveOne() throws Exception {
        FormatFixtures.image(dir.resolve("voc/a.png"), 20, 20);
        FormatFixtures.text(dir.resolve("voc/a.xml"), """
                <annotation><filename>a.png</filename><size><width>20</width><height>20</height></size>
                <object><name>cat</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>5</xmax><ymax>5</ymax></bndbox>
                <whisker_label_source source="suggested" run="3" probability="1.5"/></object></annotation>""");
        FormatException e = refused(new VocFormat(), dir.resolve("voc"));
        assertTrue(e.getMessage().contains("a.xml, <object> 1 <whisker_label_source>: whisker_label_source probability"
                + " \"1.5\" is not a number from 0 to 1"), e.getMessage());
    }

    @Test
    void vocStillRefusesAnyDoctypeSoNoEntityCanReachTheField() throws Exception {
        FormatFixtures.image(dir.resolve("voc/a.png"), 20, 20);
        FormatFixtures.text(dir.resolve("voc/a.xml"), """
                <?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <annotation><filename>a.png</filename><size><width>20</width><height>20</height></size>
                <tags><tag>cat<whisker_label_source source="imported" format="&x;"/></tag></tags></annotation>""");
        FormatException e = refused(new VocFormat(), dir.resolve("voc"));
        assertTrue(e.getMessage().contains("a.xml"), e.getMessage());
    }

    @Test
    void csvWithAnUnknownSource() throws Exception {
        FormatFixtures.image(dir.resolve("csv/a.png"), 20, 20);
        Path file = FormatFixtures.text(dir.resolve("csv/labels.csv"), "file,label,label_source\na.png,cat,typed\n"
                + "a.png,dog,guessed run=3\n");
        FormatException e = refused(new CsvFormat(), file);
        assertTrue(e.getMessage().contains("labels.csv, line 3 label_source: whisker_label_source source \"guessed\""),
                e.getMessage());
    }

    @Test
    void labelmeShapeWhoseFieldIsNotAnObject() throws Exception {
        FormatFixtures.image(dir.resolve("lm/a.png"), 20, 20);
        FormatFixtures.text(dir.resolve("lm/a.json"), """
                {"shapes": [{"label": "cat", "shape_type": "rectangle", "points": [[1, 1], [5, 5]],
                  "whisker_label_source": "suggested"}], "imagePath": "a.png"}""");
        FormatException e = refused(new LabelmeFormat(), dir.resolve("lm"));
        assertTrue(e.getMessage().contains("shapes[0].whisker_label_source: expected an object"), e.getMessage());
    }

    @Test
    void yoloSidecarThatNoLongerMatchesTheLabelFile() throws Exception {
        FormatFixtures.image(dir.resolve("yolo/images/a.png"), 20, 20);
        FormatFixtures.text(dir.resolve("yolo/classes.txt"), "cat\ndog\n");
        FormatFixtures.text(dir.resolve("yolo/labels/a.txt"), "1 0.5 0.5 0.2 0.2\n");
        FormatFixtures.text(dir.resolve("yolo/" + LabelSourceSidecar.FILE_NAME),
                "image,label,class,source\nimages/a.png,1,cat,suggested run=3 probability=0.9\n");
        FormatException e = refused(new YoloFormat(), dir.resolve("yolo"));
        assertTrue(e.getMessage().contains("line 2: region 1 of \"images/a.png\" is \"dog\", not \"cat\""),
                e.getMessage());
    }

    @Test
    void folderSidecarNamingAnImageTheDatasetLacks() throws Exception {
        FormatFixtures.image(dir.resolve("folders/cat/a.png"), 20, 20);
        FormatFixtures.text(dir.resolve("folders/" + LabelSourceSidecar.FILE_NAME),
                "image,label,class,source\ndog/b.png,tag,dog,typed\n");
        FormatException e = refused(new FolderPerClassFormat(), dir.resolve("folders"));
        assertTrue(e.getMessage().contains("line 2: names the image \"dog/b.png\""), e.getMessage());
    }
}
