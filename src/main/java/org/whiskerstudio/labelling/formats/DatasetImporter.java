package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportReport;
import org.whiskerstudio.project.imports.ImportRequest;

/**
 * Brings a labelled dataset into a project: the format reads and checks every annotation file first (a
 * malformed one stops everything before any change), the images are imported like any others (duplicates
 * are matched by content), then all labels are added in one transaction, each with its provenance: what the file
 * says when it carries our {@link LabelSourceField} (an exported suggestion stays a suggestion), otherwise imported
 * from the format. Labels the project already has on an image are not added twice, so importing the same dataset
 * again changes nothing.
 */
public final class DatasetImporter {
    private final ProjectStore store;

    public DatasetImporter(ProjectStore store) {
        this.store = store;
    }

    public LabelImportReport importLabels(AnnotationFormat format, Path source, Progress progress, Cancellation cancellation)
            throws FormatException, IOException {
        progress.update(0, -1, "Reading " + format.description() + " from " + source);
        LabelledDataset dataset = format.read(source);
        List<Problem> problems = new ArrayList<>();
        Map<DatasetImage, Path> files = new LinkedHashMap<>();
        for (DatasetImage image : dataset.images()) {
            Path file = DatasetPaths.resolveInside(dataset.root(), image.path(), source, image.path());
            if (Files.isRegularFile(file)) {
                files.put(image, file);
            } else {
                problems.add(new Problem(file.toString(), "named in the labels but not found; its labels were left out"));
            }
        }
        // Each file once, in name order: the images arrive in the project in a stable order, not a hash set's.
        ImportReport images = new ImageImporter(store).run(ImportRequest.of(files.values().stream().distinct().sorted()
                        .toList()), progress, cancellation);
        problems.addAll(images.problems());
        if (images.cancelled()) {
            return new LabelImportReport(0, images.imported(), 0, 0, problems);
        }
        Map<Path, String> hashes = new HashMap<>();
        for (Path file : new HashSet<>(files.values())) {
            hashes.put(file, Hashes.sha256Hex(Files.readAllBytes(file)));
        }
        Map<String, ImageAsset> byHash = store.imagesByHash(hashes.values());
        progress.update(images.candidates(), images.candidates(), "Adding labels...");
        int[] counts = addLabels(dataset, files, hashes, byHash, new LabelSource.Imported(format.id()));
        recordSubsets(files, hashes, byHash);
        return new LabelImportReport(counts[0], images.imported(), counts[1], counts[2], problems);
    }

    /** One transaction for every label; returns {images labelled, labels added, labels already there}. */
    private int[] addLabels(LabelledDataset dataset, Map<DatasetImage, Path> files, Map<Path, String> hashes,
                            Map<String, ImageAsset> byHash, LabelSource imported) {
        Map<String, Long> classIds = new HashMap<>();
        for (String name : dataset.classes()) {
            classIds.put(name, store.ensureLabelClass(name).id());
        }
        AnnotationStore annotations = new AnnotationStore(store);
        // One read of what the project has, rather than one query per image.
        Map<Long, List<Annotation>> have = annotations.all();
        List<Annotation> toAdd = new ArrayList<>();
        List<LabelSource> sources = new ArrayList<>();
        Set<Long> labelledImages = new HashSet<>();
        int already = 0;
        for (Map.Entry<DatasetImage, Path> e : files.entrySet()) {
            ImageAsset image = byHash.get(hashes.get(e.getValue()));
            if (image == null) {
                continue;
            }
            labelledImages.add(image.id());
            Set<Object> existing = new HashSet<>();
            for (Annotation a : have.getOrDefault(image.id(), List.of())) {
                existing.add(List.of(a.classId(), a.shape()));
            }
            List<Annotation> labels = labelsOf(e.getKey(), image, classIds);
            List<Optional<LabelSource>> carried = e.getKey().sourcesInOrder();
            for (int i = 0; i < labels.size(); i++) {
                Annotation a = labels.get(i);
                if (existing.add(List.of(a.classId(), a.shape()))) {
                    toAdd.add(a);
                    sources.add(carried.get(i).orElse(imported));
                } else {
                    already++;
                }
            }
        }
        annotations.add(toAdd, sources);
        return new int[] {labelledImages.size(), toAdd.size(), already};
    }

    /** The dataset's own train/val/test parts, so the planned split keeps them (its test part stays unseen). */
    private void recordSubsets(Map<DatasetImage, Path> files, Map<Path, String> hashes, Map<String, ImageAsset> byHash) {
        Map<Long, Subset> parts = new HashMap<>();
        for (Map.Entry<DatasetImage, Path> e : files.entrySet()) {
            ImageAsset image = byHash.get(hashes.get(e.getValue()));
            Subset part = switch (e.getKey().split()) {
                case TRAIN -> Subset.TRAIN;
                case VAL -> Subset.VALIDATION;
                case TEST -> Subset.TEST;
                case NONE -> null;
            };
            if (image != null && part != null) {
                parts.put(image.id(), part);
            }
        }
        new SubsetStore(store).recordFromDataset(parts);
    }

    /** The image's labels in {@link DatasetImage#sourcesInOrder()}'s order: tags, then shapes. */
    private List<Annotation> labelsOf(DatasetImage image, ImageAsset asset, Map<String, Long> classIds) {
        List<Annotation> out = new ArrayList<>();
        for (String tag : image.tags()) {
            out.add(new Annotation(0, asset.id(), classId(tag, classIds), new Shape.Tag(), Set.of()));
        }
        for (DatasetShape shape : image.shapes()) {
            out.add(new Annotation(0, asset.id(), classId(shape.className(), classIds),
                    shape.shape().clippedTo(asset.width(), asset.height()), shape.flags()));
        }
        return out;
    }

    private long classId(String name, Map<String, Long> classIds) {
        return classIds.computeIfAbsent(name, n -> store.ensureLabelClass(n).id());
    }
}
