package org.whiskerstudio.ui.architecture;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.CharacterModel;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.ProjectTemplates;
import org.whiskerstudio.detection.ProjectBoxes;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.project.ProjectStore;

/** Templates ({@link ProjectTemplates}) and analysis adapted to an open project. */
public final class ProjectArchitectures implements ArchitectureServices {
    /** The detector template's id. */
    private static final String DETECTOR = "yolo";
    private final ProjectStore store;

    public ProjectArchitectures(ProjectStore store) {
        this.store = store;
    }

    @Override
    public int classes() {
        return store.labelClasses().size();
    }

    TensorShape.Image imageInput() {
        return DataProfiler.imageInput(store);
    }

    /**
     * The menu is made once per project, but a template is built from the data as it is when picked (images or
     * classes added since count); one no longer offered then is built as listed.
     */
    @Override
    public List<Template> templates() {
        List<ProjectTemplates.Template> all = DataProfiler.templates(store).all();
        // Boxes and no tags: the detector is what the labels teach, so it comes first and New... selects it.
        if (new AnnotationStore(store).labelsObjectsOnly()) {
            all = Stream.concat(all.stream().filter(t -> t.id().equals(DETECTOR)),
                    all.stream().filter(t -> !t.id().equals(DETECTOR))).toList();
        }
        return all.stream().map(t -> new Template(t.title(), t.criterion(), () -> buildNow(t))).toList();
    }

    private Architecture buildNow(ProjectTemplates.Template listed) {
        // Built now, so the detector's classes and anchors are fitted to the boxes as they are.
        return new ProjectTemplates(DataProfiler.profile(store), ProjectBoxes.of(store)).byId(listed.id())
                .orElse(listed).build().get();
    }

    @Override
    public String toJson(Architecture architecture) {
        return ArchitectureJson.write(architecture);
    }

    @Override
    public Architecture fromJson(String json) {
        return ArchitectureJson.read(json);
    }

    /**
     * Classifiers are checked against the project's classes; a character model against its own symbols; a GAN's
     * generator against its discriminator's input.
     */
    public Analysis analyse(Architecture a, ArchitectureEditorViewModel.Part part) {
        return switch (a.kind()) {
            case GAN -> part == ArchitectureEditorViewModel.Part.NETWORK ? analyseGenerator(a)
                    : ShapeInference.analyse(a.discriminator().orElseThrow(), OptionalInt.empty());
            // A character model predicts its input's symbols at every step, whatever the project's classes.
            case CHARACTER_MODEL -> CharacterModel.check(a.network(),
                    CharacterModel.of(a.network()).orElseThrow().vocabulary());
            case CLASSIFIER -> analyseClassifier(a.network());
            // An autoencoder's answer is its input: the project's classes do not shape it.
            case AUTOENCODER -> ShapeInference.analyse(a.network());
            // A detector tells apart the classes that have boxes, not every class of the project.
            case DETECTOR -> analyseDetector(a.network());
            // An agent is checked against its environment's sizes, which its head names.
            case AGENT -> ShapeInference.analyse(a.network());
        };
    }

    private Analysis analyseDetector(LayerGraph network) {
        int classes = ProjectBoxes.of(store).classes();
        return ShapeInference.analyse(network, classes < 1 ? OptionalInt.empty() : OptionalInt.of(classes));
    }

    private Analysis analyseClassifier(LayerGraph network) {
        int classes = classes();
        return ShapeInference.analyse(network, classes < 2 ? OptionalInt.empty() : OptionalInt.of(classes));
    }

    private Analysis analyseGenerator(Architecture gan) {
        LayerGraph d = gan.discriminator().orElseThrow();
        TensorShape.Image image = d.inputShape().filter(s -> s instanceof TensorShape.Image)
                .map(s -> (TensorShape.Image) s).orElse(imageInput());
        return ShapeInference.analyseGenerator(gan.network(), image);
    }
}
