package org.whiskerstudio.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.architecture.ArchitectureEditorViewModel.Part;
import org.whiskerstudio.ui.common.Notifier;

/** The layer editor's view model without a toolkit, on a real project: every edit saved, undoable, analysed. */
class ArchitectureEditorViewModelTest {
    @TempDir
    Path temp;
    private Path folder;
    private ProjectStore store;
    private ProjectArchitectures services;
    private ArchitectureEditorViewModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        folder = temp.resolve("project");
        store = LabellingFixture.projectWithImages(folder, 3);
        for (int i = 0; i < 4; i++) {
            store.ensureLabelClass("class " + i);
        }
        services = new ProjectArchitectures(store);
        model = editor();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ArchitectureEditorViewModel editor() {
        ArchitectureEditorViewModel editor = new ArchitectureEditorViewModel(services::analyse,
                Notifier.ofErrors((title, message) -> errors.add(title + ": " + message)));
        editor.projectOpened(Optional.of(new ArchitectureStore(store)));
        return editor;
    }

    private Architecture template(String title) {
        return services.templates().stream().filter(t -> t.title().startsWith(title)).findFirst().orElseThrow().build().get();
    }

    private LayerGraph graph() {
        return model.graph().orElseThrow();
    }

    private Analysis analysis() {
        return model.analysisProperty().get().orElseThrow();
    }

    private LayerNode firstOf(Class<? extends LayerSpec> kind) {
        return graph().nodes().stream().filter(n -> kind.isInstance(n.spec())).findFirst().orElseThrow();
    }

    private void select(LayerNode node) {
        model.selectedProperty().set(Optional.of(node.id()));
    }

    @Test
    void templatesOpenValidUnderNamesNotYetTaken() {
        assertTrue(model.names().isEmpty());
        assertTrue(model.analysisProperty().get().isEmpty(), "nothing to analyse yet");
        for (ArchitectureServices.Template t : services.templates()) {
            model.create(t.build().get());
            assertTrue(analysis().ok(), t.title() + ": " + analysis().issues());
        }
        model.create(template("LeNet"));
        assertEquals("LeNet 2", model.currentProperty().get().orElseThrow().name());
        assertEquals(4, ((LayerSpec.Output) firstOf(LayerSpec.Output.class).spec()).classes(), "fitted to the project's classes");
        assertEquals(List.of(), errors);
    }

    @Test
    void blocksAreAddedAfterTheSelectionMovedConnectedAndRemoved() {
        model.create(template("MLP"));
        int blocks = graph().nodes().size();
        LayerNode dense = firstOf(LayerSpec.Dense.class);
        select(dense);
        model.addLayer(new LayerSpec.Dense(((LayerSpec.Dense) dense.spec()).units(), Activation.RELU));
        String second = model.selectedProperty().get().orElseThrow();
        assertEquals(List.of(second), graph().outputsOf(dense.id()).stream().map(LayerNode::id).toList(), "inserted after the selection");
        model.addLayer(new LayerSpec.Merge(LayerSpec.MergeKind.ADD));
        String add = model.selectedProperty().get().orElseThrow();
        model.connect(dense.id(), add);
        assertEquals(2, graph().inputsOf(add).size());
        assertTrue(analysis().ok(), "a residual block: " + analysis().issues());
        model.disconnect(dense.id(), add);
        assertEquals(1, graph().inputsOf(add).size());

        int before = graph().nodes().indexOf(graph().node(second).orElseThrow());
        select(graph().node(second).orElseThrow());
        model.moveSelected(true);
        assertEquals(before - 1, graph().nodes().indexOf(graph().node(second).orElseThrow()));
        model.deleteSelected();
        assertTrue(graph().node(second).isEmpty());
        assertTrue(model.selectedProperty().get().isEmpty());
        assertEquals(blocks + 1, graph().nodes().size());
        assertEquals(graph(), new ArchitectureStore(store).load("MLP").orElseThrow().network(), "saved at once");
    }

    @Test
    void inspectorChangesAreCheckedAndARefusedValueChangesNothing() {
        model.create(template("LeNet"));
        LayerNode conv = firstOf(LayerSpec.Conv2D.class);
        select(conv);
        long params = analysis().totalParams();
        model.changeSelectedSetting("filters", 64);
        assertEquals(64, ((LayerSpec.Conv2D) firstOf(LayerSpec.Conv2D.class).spec()).filters());
        assertTrue(analysis().totalParams() > params);
        assertEquals("Undo Change " + conv.id(), model.undoTextProperty().get());

        LayerGraph kept = graph();
        model.changeSelectedSetting("filters", 2.5);
        assertEquals("Not changed: a whole number is needed, got 2.5", model.refusalProperty().get());
        assertEquals(kept, graph());
        model.changeSelectedSetting("filters", -3);
        assertTrue(model.refusalProperty().get().startsWith("Not changed: "), model.refusalProperty().get());
        assertEquals(kept, graph());
        model.selectedProperty().set(Optional.empty());
        assertEquals("", model.refusalProperty().get(), "another selection clears the reason");

        select(conv);
        model.changeSelectedSetting("kernel", 99);
        assertFalse(analysis().ok(), "a kernel larger than its input is accepted but reported");
        assertFalse(analysis().issuesAt(conv.id()).isEmpty(), analysis().issues().toString());
        model.renameSelected("first conv");
        assertEquals("first conv", graph().node(conv.id()).orElseThrow().name());
        assertEquals(List.of(), errors);
    }

    @Test
    void undoAndRedoWalkEditsAndTheStoreFollows() {
        model.create(template("MLP"));
        LayerGraph original = graph();
        model.addLayer(new LayerSpec.Dropout(0.25));
        model.renameCurrent("Baseline");
        assertEquals(List.of("Baseline"), new ArchitectureStore(store).names());
        assertEquals("Undo Rename to Baseline", model.undoTextProperty().get());
        model.undo();
        assertEquals(List.of("MLP"), new ArchitectureStore(store).names());
        model.undo();
        assertEquals(original, graph());
        assertEquals(original, new ArchitectureStore(store).load("MLP").orElseThrow().network());
        assertEquals("Redo Add Dropout", model.redoTextProperty().get());
        model.redo();
        assertEquals(original.nodes().size() + 1, graph().nodes().size());
        model.undo();
        model.undo();
        assertTrue(model.currentProperty().get().isEmpty(), "undoing the creation removes it");
        assertEquals(List.of(), new ArchitectureStore(store).names());
        model.redo();
        assertEquals(List.of("MLP"), List.copyOf(model.names()));
    }

    @Test
    void aNameTakenOrBlankIsRefused() {
        model.create(template("MLP"));
        model.create(template("LeNet"));
        model.renameCurrent("MLP");
        model.renameCurrent("  ");
        assertEquals(List.of("Cannot rename: \"MLP\" is taken.", "Cannot rename: A name is needed."), errors);
        assertEquals(List.of("LeNet", "MLP"), new ArchitectureStore(store).names().stream().sorted().toList());
    }

    @Test
    void whatWasSavedIsWhatAnotherEditorOpens() {
        model.create(template("LeNet"));
        select(firstOf(LayerSpec.Conv2D.class));
        model.changeSelectedSetting("filters", 48);
        model.duplicate();
        Architecture copy = model.currentProperty().get().orElseThrow();
        store.close();
        store = ProjectStore.open(folder);
        services = new ProjectArchitectures(store);
        ArchitectureEditorViewModel reopened = editor();
        assertEquals(List.of("LeNet", "LeNet copy"), List.copyOf(reopened.names()));
        reopened.open("LeNet copy");
        assertEquals(Optional.of(copy), reopened.currentProperty().get());
        assertEquals(48, ((LayerSpec.Conv2D) reopened.graph().orElseThrow().nodes().stream()
                .filter(n -> n.spec() instanceof LayerSpec.Conv2D).findFirst().orElseThrow().spec()).filters());
        assertEquals("", reopened.undoTextProperty().get(), "the undo history is not saved");
        reopened.deleteCurrent();
        assertEquals(List.of("LeNet"), new ArchitectureStore(store).names());
    }

    @Test
    void aGanShowsEitherNetworkAndEditsTheOneShown() {
        model.create(template("DCGAN"));
        Architecture gan = model.currentProperty().get().orElseThrow();
        assertEquals(ModelKind.GAN, gan.kind());
        assertEquals(gan.network(), graph());
        assertTrue(analysis().ok(), "the generator is checked against the discriminator's input: " + analysis().issues());

        model.addLayer(new LayerSpec.Dropout(0.1));
        model.partProperty().set(Part.DISCRIMINATOR);
        assertTrue(model.selectedProperty().get().isEmpty(), "switching part drops the selection");
        assertEquals(gan.discriminator().orElseThrow(), graph());
        model.addLayer(new LayerSpec.Dropout(0.3));
        Architecture saved = new ArchitectureStore(store).load(gan.name()).orElseThrow();
        assertEquals(gan.discriminator().orElseThrow().nodes().size() + 1, saved.discriminator().orElseThrow().nodes().size());
        assertEquals(gan.network().nodes().size() + 1, saved.network().nodes().size());
        assertTrue(analysis().ok(), analysis().issues().toString());

        model.undo();
        assertEquals(gan.discriminator().orElseThrow(), graph());
        model.create(template("MLP"));
        assertEquals(Part.NETWORK, model.partProperty().get(), "an architecture with one network shows it");
        model.open(gan.name());
        assertEquals(Part.NETWORK, model.partProperty().get());
    }
}
