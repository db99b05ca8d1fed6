package org.whiskerstudio.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/** The layer editor as a user drives it: template, widen a layer, a mistake shown at its block, undo, saved. */
@ExtendWith(ApplicationExtension.class)
class ArchitectureEditorTest {
    @TempDir
    static Path temp;
    private ProjectStore store;
    private ArchitectureEditorViewModel model;
    private ProjectArchitectures services;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) {
        store = LabellingFixture.projectWithImages(temp.resolve("p" + System.nanoTime()), 3);
        for (int i = 0; i < 10; i++) {
            store.ensureLabelClass("class " + i);
        }
        services = new ProjectArchitectures(store);
        model = new ArchitectureEditorViewModel(services::analyse, Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)));
        model.projectOpened(Optional.of(new ArchitectureStore(store)));
        Scene scene = new Scene((Parent) new ArchitectureView(model, services).node(), 1280, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Analysis analysis() {
        return model.analysisProperty().get().orElseThrow();
    }

    private LayerNode firstOf(Class<? extends LayerSpec> kind) {
        return model.graph().orElseThrow().nodes().stream().filter(n -> kind.isInstance(n.spec())).findFirst().orElseThrow();
    }

    @Test
    void theNameBoxShowsTheOpenArchitectureAfterAnEditAndInAViewBuiltLater(FxRobot robot) {
        robot.interact(() -> model.create(services.templates().get(1).build().get()));
        String name = model.currentProperty().get().orElseThrow().name();
        LayerNode conv = firstOf(LayerSpec.Conv2D.class);
        robot.interact(() -> {
            model.selectedProperty().set(Optional.of(conv.id()));
            model.updateSelected(SpecProperties.with(conv.spec(), "filters", 48));
        });

        ComboBox<?> shown = robot.lookup("#architecture-choice").queryComboBox();
        assertEquals(name, shown.getValue());
        ComboBox<?>[] later = new ComboBox<?>[1];
        robot.interact(() -> {
            Parent view = (Parent) new ArchitectureView(model, services).node();
            new Scene(view, 1280, 800);
            view.applyCss(); // creates the tool bar's skin, which holds the box
            later[0] = (ComboBox<?>) view.lookup("#architecture-choice");
        });
        assertEquals(name, later[0].getValue());
    }

    @Test
    void widenALayerMakeAMistakeSeeItAtTheBlockUndoAndFindItSaved(FxRobot robot) {
        robot.interact(() -> model.create(services.templates().get(1).build().get()));
        assertTrue(analysis().ok(), analysis().issues().toString());
        long before = analysis().totalParams();
        LayerNode conv = firstOf(LayerSpec.Conv2D.class);

        robot.interact(() -> {
            model.selectedProperty().set(Optional.of(conv.id()));
            model.updateSelected(SpecProperties.with(conv.spec(), "filters", 64));
        });
        assertTrue(analysis().totalParams() > before, "wider layer, more parameters");

        robot.interact(() -> model.updateSelected(SpecProperties.with(firstOf(LayerSpec.Conv2D.class).spec(), "kernel", 99)));
        assertFalse(analysis().ok());
        assertFalse(analysis().issuesAt(conv.id()).isEmpty(), "the mistake is reported at the layer: " + analysis().issues());
        Label issue = robot.lookup("#block-" + conv.id() + " .block-issue").queryAs(Label.class);
        assertTrue(issue.getText().toLowerCase().contains("kernel"), issue.getText());

        robot.interact(model::undo);
        assertTrue(analysis().ok());
        assertEquals(64, ((LayerSpec.Conv2D) firstOf(LayerSpec.Conv2D.class).spec()).filters());

        ArchitectureStore reopened = new ArchitectureStore(store);
        assertEquals(List.of("LeNet"), reopened.names());
        assertEquals(model.currentProperty().get(), reopened.load("LeNet"), "every edit is saved at once");
        assertEquals(List.of(), errors);
    }

    @Test
    void enterAppliesAnInspectorEditAndAProblemLeavesRoomForTheNextBlock(FxRobot robot) {
        robot.interact(() -> model.create(services.templates().get(1).build().get()));
        LayerNode conv = firstOf(LayerSpec.Conv2D.class);
        int filters = ((LayerSpec.Conv2D) conv.spec()).filters();
        robot.interact(() -> model.selectedProperty().set(Optional.of(conv.id())));
        TextField field = robot.lookup("#layer-properties .text-field")
                .match(n -> n instanceof TextField t && t.getText().equals(Integer.toString(filters)))
                .queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText("48"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(48, ((LayerSpec.Conv2D) firstOf(LayerSpec.Conv2D.class).spec()).filters(), "applied on Enter");

        robot.interact(() -> model.updateSelected(SpecProperties.with(firstOf(LayerSpec.Conv2D.class).spec(), "kernel", 99)));
        Node broken = robot.lookup("#block-" + conv.id()).query();
        LayerNode after = model.graph().orElseThrow().outputsOf(conv.id()).get(0);
        Node next = robot.lookup("#block-" + after.id()).query();
        assertTrue(broken.getBoundsInParent().getMaxY() < next.getBoundsInParent().getMinY(),
                "the message stays above the next block");
        String summary = robot.lookup("#architecture-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains(conv.name() + ": "), "problems name the block: " + summary);
        assertFalse(summary.contains(conv.id() + ": "), "not its internal id: " + summary);
    }

    @Test
    void nonsenseSettingsAreRefusedWithTheReason() {
        LayerSpec dropout = new LayerSpec.Dropout(0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecProperties.with(dropout, "rate", 1.5));
        assertTrue(e.getMessage().contains("below 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpecProperties.with(new LayerSpec.Dense(8,
                Activation.RELU), "units", 2.5));
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class, () -> SpecProperties.with(
                new LayerSpec.Dense(8, Activation.RELU), "units", 2_000_000_000));
        assertTrue(huge.getMessage().contains("at most"), huge.getMessage());
    }

    @Test
    void addDeleteAndDuplicateAreUndoable(FxRobot robot) {
        robot.interact(() -> model.create(services.templates().get(0).build().get()));
        int blocks = model.graph().orElseThrow().nodes().size();
        robot.interact(() -> model.addLayer(new LayerSpec.Dropout(0.25)));
        assertEquals(blocks + 1, model.graph().orElseThrow().nodes().size());
        assertTrue(analysis().ok(), analysis().issues().toString());
        robot.interact(model::deleteSelected);
        assertEquals(blocks, model.graph().orElseThrow().nodes().size());
        robot.interact(model::duplicate);
        assertEquals(List.of("MLP", "MLP copy"), List.copyOf(model.names()));
        robot.interact(model::undo);
        assertEquals(List.of("MLP"), List.copyOf(model.names()));
    }

    @Test
    void aResidualBranchIsBuiltWithTheConnectControl(FxRobot robot) {
        robot.interact(() -> model.create(services.templates().get(0).build().get()));
        LayerNode dense = firstOf(LayerSpec.Dense.class);
        robot.interact(() -> {
            model.selectedProperty().set(Optional.of(dense.id()));
            model.addLayer(new LayerSpec.Dense(((LayerSpec.Dense) dense.spec()).units(), Activation.RELU));
        });
        String second = model.selectedProperty().get().orElseThrow();
        robot.interact(() -> model.addLayer(new LayerSpec.Merge(LayerSpec.MergeKind.ADD)));
        String add = model.selectedProperty().get().orElseThrow();
        robot.interact(() -> model.selectedProperty().set(Optional.of(dense.id())));
        // The list names blocks as the canvas does, not by id.
        String addName = model.graph().orElseThrow().node(add).orElseThrow().name();
        robot.clickOn("#connect-to");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> n instanceof ListCell<?> c && addName.equals(c.getText()))
                .queryAs(ListCell.class));
        robot.clickOn("#connect-button");
        assertTrue(model.graph().orElseThrow().outputsOf(dense.id()).stream().anyMatch(n -> n.id().equals(add)));
        assertTrue(analysis().ok(), "dense -> dense -> add(+dense) is a valid residual block: " + analysis().issues());
        assertEquals(2, model.graph().orElseThrow().inputsOf(add).size());
        assertTrue(model.graph().orElseThrow().node(second).isPresent());
    }

    @Test
    void everyTemplateIsValidForTheProject(FxRobot robot) {
        for (ArchitectureServices.Template t : services.templates()) {
            robot.interact(() -> model.create(t.build().get()));
            assertTrue(analysis().ok(), t.title() + ": " + analysis().issues());
        }
    }
}
