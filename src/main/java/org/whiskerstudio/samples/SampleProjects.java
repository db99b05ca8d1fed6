package org.whiskerstudio.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.FileTrees;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportReport;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * The sample datasets packaged as class-path resources under {@code /samples/NAME/} (folder-per-class, with a
 * {@code files.txt} index and a {@code NOTICE.md}). Opening one builds a real project from it once, in a scratch
 * folder renamed into place at the end, so a killed build never leaves a half-made sample behind.
 */
public final class SampleProjects {
    /** How a sample's copied data files become the project's examples (a new kind of sample brings its own). */
    @FunctionalInterface
    public interface Builder {
        void build(ProjectStore store, Path data, Progress progress, Cancellation cancellation);
    }

    /**
     * A sample shown on the welcome screen.
     *
     * @param resources the packaged folder its files come from ({@code /samples/RESOURCES/}, with its
     *                  {@code files.txt} and {@code NOTICE.md}): its id, unless it is another way to open the same
     *                  files (the detection samples)
     * @param summary   one line saying what the sample is, for its card on the welcome screen
     * @param parts     the sample's top folders that are parts of the data ("train", "test"), each holding class
     *                  folders and recorded as the project's stored subsets; empty when class folders sit at the top
     * @param builder   imports the data; image samples use {@link #importImages}
     */
    public record Sample(String id, String resources, String title, String summary, String description,
                         List<String> parts, Builder builder) {
        public Sample {
            parts = List.copyOf(parts);
        }

        /** A sample whose files are its own, under {@code /samples/ID/}. */
        public Sample(String id, String title, String summary, String description, List<String> parts,
                      Builder builder) {
            this(id, id, title, summary, description, parts, builder);
        }

        /** An image sample: folder-per-class, optionally under part folders. */
        public Sample(String id, String title, String summary, String description, List<String> parts) {
            this(id, title, summary, description, parts, (store, data, progress, cancellation) ->
                    importImages(store, data, parts, progress, cancellation));
        }
    }

    public static final List<Sample> ALL = List.of(
            new Sample("cats", "Cats", "Photos of cats and of other things: two classes", "36 real photos: 25 of cats (the 24 frames of Muybridge's walking cat, 1887, and Chelsea) "
                    + "and 11 of other things (plants, landscapes, boats, a rocket...). Public domain / CC0.", List.of()),
            new Sample("fashion", "Fashion", "Small grey photos of clothes in ten classes", "4,000 Fashion-MNIST photos of clothes in 10 classes (T-shirt, Trouser, ... "
                    + "Ankle boot), 28x28 grey: 3,000 to train on and 1,000 kept aside as the test set. "
                    + "Trains to a useful accuracy in about a minute. MIT, Zalando SE.", List.of("train", "test")),
            CatBoxesSample.SAMPLE,
            FashionBoxesSample.SAMPLE,
            SensorSample.SAMPLE,
            WeatherSample.SAMPLE,
            TextSamples.MOBY_DICK);

    private SampleProjects() {
    }

    /** Where samples become projects: {@code -Dwhisker.projects.dir}, else {@code ~/WhiskerStudio}. */
    public static Path defaultProjectsDir() {
        String override = System.getProperty("whisker.projects.dir");
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), "WhiskerStudio");
    }

    /** Returns the sample's project folder under {@code projectsDir}, building it first if needed. */
    public static Path materialise(Sample sample, Path projectsDir, Progress progress, Cancellation cancellation)
            throws IOException {
        Path target = projectsDir.resolve(sample.id() + "-sample");
        if (Files.isRegularFile(new ProjectLayout(target).database())) {
            return target;
        }
        if (Files.exists(target)) {
            throw new ProjectException(target + " exists but is not a project; move it away to open the sample.");
        }
        Files.createDirectories(projectsDir);
        Path scratch = Files.createTempDirectory(projectsDir, "." + sample.id() + "-building-");
        try {
            Path data = scratch.resolve("data");
            Path notice = scratch.resolve("NOTICE.md");
            copyResources(sample, data, notice);
            Path project = scratch.resolve("project");
            try (ProjectStore store = ProjectStore.create(project, sample.title() + " (sample)")) {
                sample.builder().build(store, data, progress, cancellation);
            }
            Files.copy(notice, project.resolve("NOTICE.md"));
            Files.move(project, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            FileTrees.delete(scratch);
        }
    }

    /**
     * Up to {@code count} of the sample's files for a preview, taken from its classes in turn so each class shows;
     * with what kind of example they are (images, or a series or text that a preview draws as an icon), and for a
     * detection sample up to {@code count} pictures with their boxes.
     */
    public static Preview preview(Sample sample, int count) throws IOException {
        List<String> files = readIndex("/samples/" + sample.resources() + "/files.txt");
        MediaKind kind = files.isEmpty() ? MediaKind.IMAGE : kindOf(files.get(0));
        Map<String, Deque<String>> byFolder = new LinkedHashMap<>();
        for (String f : files) {
            int slash = f.lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : f.substring(0, slash), k -> new ArrayDeque<>()).add(f);
        }
        List<URL> picked = new ArrayList<>();
        while (picked.size() < count && byFolder.values().stream().anyMatch(d -> !d.isEmpty())) {
            for (Deque<String> folder : byFolder.values()) {
                if (!folder.isEmpty() && picked.size() < count) {
                    Optional.ofNullable(SampleProjects.class.getResource("/samples/" + sample.resources() + "/" + folder.poll()))
                            .ifPresent(picked::add);
                }
            }
        }
        return new Preview(kind, kind == MediaKind.IMAGE ? picked : List.of(), BoxedPreviews.of(sample, count));
    }

    /**
     * What a sample's preview shows: some of its images, or none for a sample of series or text; for a detection
     * sample also pictures with their boxes, which a preview shows instead.
     */
    public record Preview(MediaKind kind, List<URL> images, List<BoxedPhoto> boxed) {
        public Preview {
            images = List.copyOf(images);
            boxed = List.copyOf(boxed);
        }

        public Preview(MediaKind kind, List<URL> images) {
            this(kind, images, List.of());
        }
    }

    /** A packaged file's kind by its extension: a sample's series come as CSV, its texts as TXT. */
    private static MediaKind kindOf(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? MediaKind.SERIES : name.endsWith(".txt") ? MediaKind.TEXT : MediaKind.IMAGE;
    }

    /** Imports folder-per-class images, each part folder ("train", "test") recorded as its subset. */
    public static void importImages(ProjectStore store, Path data, List<String> parts, Progress progress,
                                    Cancellation cancellation) {
        if (parts.isEmpty()) {
            importClasses(store, data, progress, cancellation);
            return;
        }
        for (String part : parts) {
            importClasses(store, data.resolve(part), progress, cancellation);
            recordSubset(store, part);
        }
    }

    private static void importClasses(ProjectStore store, Path folder, Progress progress, Cancellation cancellation) {
        requireClean(new ImageImporter(store).run(ImportRequest.folderPerClass(folder), progress, cancellation));
    }

    /** A packaged sample imports whole or not at all: a cancel or a problem stops the build. */
    static void requireClean(ImportReport report) {
        if (report.cancelled()) {
            throw new ProjectException("Opening the sample was cancelled.");
        }
        if (!report.problems().isEmpty()) {
            throw new ProjectException("The packaged sample is damaged: " + report.problems().get(0));
        }
    }

    /** Every image not yet in a subset belongs to {@code part} ("train", "val" or "test"), as the dataset says. */
    private static void recordSubset(ProjectStore store, String part) {
        store.write(c -> {
            try (var ps = c.prepareStatement("""
                    INSERT INTO image_subset(image_id, subset, origin)
                    SELECT id, ?, 'dataset' FROM image WHERE id NOT IN (SELECT image_id FROM image_subset)""")) {
                ps.setString(1, part);
                return ps.executeUpdate();
            }
        });
    }

    private static void copyResources(Sample sample, Path into, Path notice) throws IOException {
        String base = "/samples/" + sample.resources() + "/";
        copyResource(base + "NOTICE.md", notice);
        for (String relative : readIndex(base + "files.txt")) {
            if (relative.contains("..") || relative.startsWith("/")) {
                throw new ProjectException("Bad entry in the sample index: " + relative);
            }
            copyResource(base + relative, into.resolve(relative));
        }
    }

    /** Copies one packaged file (a sample's own extra file, beside those its index lists). */
    static void copyResource(String resource, Path out) throws IOException {
        try (InputStream in = SampleProjects.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProjectException("The packaged sample lacks " + resource);
            }
            Files.createDirectories(out.getParent());
            Files.copy(in, out);
        }
    }

    private static List<String> readIndex(String resource) throws IOException {
        try (InputStream in = SampleProjects.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProjectException("This build of Whisker Studio has no sample " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
