package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.common.DiskFullException;
import org.whiskerstudio.common.FileTrees;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;

/**
 * Writes a project's images and labels in a format. The export is written into a scratch folder beside the
 * target and moved into place at the end, so a failed or killed export never leaves a half-written dataset
 * where the user asked for one. Every label goes out with its provenance, which each format keeps in its
 * {@link LabelSourceField} extension. A full disk is reported as a {@link DiskFullException} naming the target.
 */
public final class DatasetExporter {
    private final ProjectStore store;

    public DatasetExporter(ProjectStore store) {
        this.store = store;
    }

    /** The project as a neutral dataset: every image under a unique file name, with its labels. */
    public LabelledDataset dataset(Optional<SplitSpec> split) {
        ProjectLayout layout = store.layout();
        Map<Long, String> classNames = new HashMap<>();
        List<String> classes = new ArrayList<>();
        for (LabelClass c : store.labelClasses()) {
            classNames.put(c.id(), c.name());
            classes.add(c.name());
        }
        Map<Long, List<Annotation>> labels = new AnnotationStore(store).all();
        Map<Long, LabelSource> sources = new LabelSources(store).all();
        UniqueNames names = new UniqueNames();
        List<DatasetImage> images = new ArrayList<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            List<String> tags = new ArrayList<>();
            Map<String, LabelSource> tagSources = new HashMap<>();
            List<DatasetShape> shapes = new ArrayList<>();
            for (Annotation a : labels.getOrDefault(image.id(), List.of())) {
                String name = classNames.get(a.classId());
                Optional<LabelSource> source = Optional.ofNullable(sources.get(a.id()));
                if (a.shape() instanceof Shape.Tag) {
                    tags.add(name);
                    source.ifPresent(s -> tagSources.put(name, s));
                } else {
                    shapes.add(new DatasetShape(name, a.shape(), a.flags(), source));
                }
            }
            images.add(new DatasetImage(names.claim(fileName(image)), image.width(), image.height(), tags, shapes,
                    Optional.of(layout.resolveStored(image.storedPath())), Split.NONE, tagSources));
        }
        List<DatasetImage> assigned = split.map(s -> Splitter.assign(images, s)).orElse(images);
        return new LabelledDataset(layout.root(), classes, assigned);
    }

    /** The name it was imported under, made safe as a single file name with an extension. */
    private static String fileName(ImageAsset image) {
        String name = image.fileName().replace('/', '_').replace('\\', '_');
        return name.contains(".") ? name : name + "." + image.format();
    }

    /**
     * Exports into {@code out}, which must not exist or be an empty folder. The format gets only the shapes it can
     * hold; the report says per image and shape kind what it left out.
     */
    public ExportReport export(AnnotationFormat format, Path out, Optional<SplitSpec> split) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            DatasetFiles.prepareEmptyFolder(target);
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path scratch = Files.createTempDirectory(parent, "." + target.getFileName() + ".exporting-");
        ExportReport report = ExportReport.of(format, dataset(split));
        try {
            Path inside = scratch.resolve("dataset");
            format.write(report.written(), inside);
            Files.deleteIfExists(target);
            Files.move(inside, target, StandardCopyOption.ATOMIC_MOVE);
            return report;
        } catch (IOException e) {
            throw DiskFullException.naming(target, e);
        } finally {
            FileTrees.delete(scratch);
        }
    }
}
