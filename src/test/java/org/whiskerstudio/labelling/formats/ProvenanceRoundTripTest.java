package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;

/**
 * Label provenance through every format: exported and imported again, a suggested label stays suggested with its run
 * and probability (and so do typed, generated and imported ones); a dataset written without our field imports as
 * imported from its format.
 */
class ProvenanceRoundTripTest {
    private static final List<LabelSource> SOURCES = List.of(new LabelSource.Suggested(3, 0.93), new LabelSource.Typed(),
            new LabelSource.Generated(5), new LabelSource.Imported("voc"));

    @TempDir
    Path temp;

    static List<AnnotationFormat> formats() {
        return Formats.all();
    }

    /** Four images; image i has a tag, a box and a polygon, all from SOURCES[i]. */
    private ProjectStore labelledProject() throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < SOURCES.size(); i++) {
            FormatFixtures.image(photos.resolve("photo" + i + ".png"), 40 + i, 30);
        }
        ProjectStore store = ProjectStore.create(temp.resolve("source"), "source");
        new ImageImporter(store, 1).run(ImportRequest.of(List.of(photos)), Progress.NONE, new Cancellation());
        LabelClass cat = store.ensureLabelClass("cat");
        LabelClass dog = store.ensureLabelClass("dog");
        List<ImageAsset> images = store.images(ImageQuery.ALL);
        List<Annotation> labels = new ArrayList<>();
        List<LabelSource> sources = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            long id = images.get(i).id();
            labels.add(new Annotation(0, id, (i % 2 == 0 ? cat : dog).id(), new Shape.Tag(), Set.of()));
            labels.add(new Annotation(0, id, dog.id(), new Shape.Box(2, 3, 20, 25.5), Set.of()));
            labels.add(new Annotation(0, id, cat.id(), new Shape.Polygon(List.of(new Point(1, 1), new Point(30, 2),
                    new Point(10, 20))), Set.of()));
            sources.addAll(List.of(SOURCES.get(i), SOURCES.get(i), SOURCES.get(i)));
        }
        new AnnotationStore(store).add(labels, sources);
        return store;
    }

    /** Image hash -> "class kind source" of each label (regions left out for formats that carry only tags). */
    private static Map<String, Set<String>> provenance(ProjectStore store, boolean tagsOnly) {
        Map<Long, String> names = new HashMap<>();
        store.labelClasses().forEach(c -> names.put(c.id(), c.name()));
        Map<Long, LabelSource> sources = new LabelSources(store).all();
        Map<Long, List<Annotation>> all = new AnnotationStore(store).all();
        Map<String, Set<String>> out = new HashMap<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            Set<String> described = new TreeSet<>();
            for (Annotation a : all.getOrDefault(image.id(), List.of())) {
                if (!tagsOnly || a.shape() instanceof Shape.Tag) {
                    described.add(names.get(a.classId()) + " " + a.shape().kind() + " " + sources.get(a.id()));
                }
            }
            out.put(image.sha256(), described);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void exportThenImportKeepsEveryLabelsSource(AnnotationFormat format) throws Exception {
        try (ProjectStore source = labelledProject(); ProjectStore target = ProjectStore.create(temp.resolve("target"), "t")) {
            Path out = temp.resolve("export-" + format.id());
            new DatasetExporter(source).export(format, out, Optional.of(new SplitSpec(0.5, 0.25, 0.25, 7)));
            LabelImportReport report = new DatasetImporter(target).importLabels(format, out, Progress.NONE, new Cancellation());

            assertEquals(List.of(), report.problems());
            boolean tagsOnly = format.id().equals("folders");
            Map<String, Set<String>> expected = provenance(source, tagsOnly);
            assertEquals(expected, provenance(target, tagsOnly));
            assertFalse(expected.values().stream().filter(s -> s.toString().contains("Suggested[runId=3, probability=0.93]"))
                    .findAny().isEmpty(), "the fixture has suggested labels");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aDatasetWithoutTheFieldImportsAsImportedFromItsFormat(AnnotationFormat format) throws Exception {
        try (ProjectStore source = labelledProject(); ProjectStore target = ProjectStore.create(temp.resolve("target"), "t")) {
            LabelledDataset dataset = new DatasetExporter(source).dataset(Optional.empty());
            List<DatasetImage> plain = dataset.images().stream().map(i -> new DatasetImage(i.path(), i.width(),
                    i.height(), i.tags(), i.shapes().stream().map(s -> new DatasetShape(s.className(), s.shape(),
                    s.flags())).toList(), i.file(), i.split())).toList();
            Path out = temp.resolve("plain-" + format.id());
            format.write(new LabelledDataset(dataset.root(), dataset.classes(), plain), out);
            assertFalse(Files.exists(out.resolve(LabelSourceSidecar.FILE_NAME)));

            new DatasetImporter(target).importLabels(format, out, Progress.NONE, new Cancellation());

            Map<Long, LabelSource> sources = new LabelSources(target).all();
            assertFalse(sources.isEmpty());
            assertEquals(Set.of(new LabelSource.Imported(format.id())), Set.copyOf(sources.values()));
        }
    }
}
