package org.whiskerstudio.ui.welcome;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.Screen;

/** What a person sees before any project is open: start something, reopen something (cards), or try a sample (cards). */
public final class WelcomeView implements Screen {
    /** What the welcome screen can ask the shell to do. */
    public interface Actions {
        void newProject();

        void openProject();

        void openRecent(Path project);

        void forgetRecent(Path project);

        void openSample(SampleProjects.Sample sample);

        /** Shows the guided tour of the pipeline. */
        void takeTour();
    }

    private static final double GAP = 12;
    private final ScrollPane root;
    private final FlowPane recentCards = cards("welcome-recent");

    public WelcomeView(Actions actions, ObservableList<Path> recent, TaskExecutor executor) {
        Label title = new Label("Whisker Studio");
        title.getStyleClass().add("title-1");
        title.setId("welcome-title");
        Label tagline = new Label("From a pile of photos to a trained, evaluated, exported neural network - without code.");
        tagline.getStyleClass().add("text-muted");
        tagline.setWrapText(true);

        Button newProject = new Button("New project...", Icons.of(Material2AL.ADD_BOX, 20));
        newProject.setId("welcome-new");
        newProject.getStyleClass().add("accent");
        newProject.setOnAction(e -> actions.newProject());
        Button open = new Button("Open project...", Icons.of(Material2AL.FOLDER_OPEN, 20));
        open.setId("welcome-open");
        open.setOnAction(e -> actions.openProject());
        HBox start = new HBox(10, newProject, open);

        FlowPane samples = cards("welcome-samples");
        for (SampleProjects.Sample sample : SampleProjects.ALL) {
            samples.getChildren().add(SampleCard.of(sample, executor, () -> actions.openSample(sample)));
        }

        recent.addListener((ListChangeListener<Path>) c -> fillRecent(actions, recent));
        fillRecent(actions, recent);

        Label strip = new Label("Data  >  Label  >  Architecture  >  Train  >  Evaluate  >  Deploy");
        strip.getStyleClass().add("pipeline-strip");
        Button tour = new Button("Take the tour", Icons.of(Material2MZ.TOUR, 18));
        tour.setId("welcome-tour");
        tour.getStyleClass().add("flat");
        tour.setTooltip(new Tooltip("Six short steps through the pipeline on the left (Esc closes it)"));
        tour.setOnAction(e -> actions.takeTour());
        // In a small window (or beside the tour's callout) the strip wraps and the tour button keeps its words.
        strip.setWrapText(true);
        tour.setMinWidth(Region.USE_PREF_SIZE);
        HBox pipeline = new HBox(12, strip, tour);
        pipeline.setAlignment(Pos.CENTER_LEFT);
        Label drop = new Label("Tip: drop a project folder on this window to open it.");
        drop.getStyleClass().add("text-muted");

        VBox content = new VBox(18, title, tagline, pipeline, start, new VBox(8, heading("Recent projects"), recentCards),
                new VBox(8, heading("Sample projects"), samples), drop);
        content.setPadding(new Insets(32, 40, 32, 40));
        content.setMaxWidth(4 * (SampleCard.WIDTH + GAP) + 80);
        content.setAlignment(Pos.TOP_LEFT);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("welcome");
    }

    private static FlowPane cards(String id) {
        FlowPane pane = new FlowPane(GAP, GAP);
        pane.setId(id);
        return pane;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private void fillRecent(Actions actions, ObservableList<Path> recent) {
        recentCards.getChildren().clear();
        if (recent.isEmpty()) {
            Label none = new Label("None yet. Create a project or open a sample below.");
            none.getStyleClass().add("text-muted");
            recentCards.getChildren().add(none);
            return;
        }
        for (Path p : recent) {
            recentCards.getChildren().add(recentCard(actions, p));
        }
    }

    /** A recent project's card, with a small button in its corner that takes it off the list. */
    private static Node recentCard(Actions actions, Path p) {
        boolean exists = Files.isRegularFile(new ProjectLayout(p).database());
        String where = p.getParent() == null ? "" : p.getParent().toString();
        Button card = SampleCard.of(exists ? Material2AL.FOLDER_OPEN : Material2AL.ERROR_OUTLINE,
                String.valueOf(p.getFileName()), exists ? where : "missing: " + where, () -> actions.openRecent(p));
        card.setTooltip(new Tooltip(p.toString()));
        card.setDisable(!exists);
        card.getStyleClass().add("recent-card");
        Button forget = new Button("", Icons.of(Material2AL.CLOSE, 12));
        forget.getStyleClass().addAll("flat", "small");
        forget.setTooltip(new Tooltip("Remove from this list (the folder is not touched)"));
        forget.setAccessibleText("Remove " + p.getFileName() + " from the recent projects");
        forget.setOnAction(e -> actions.forgetRecent(p));
        StackPane withForget = new StackPane(card, forget);
        StackPane.setAlignment(forget, Pos.TOP_RIGHT);
        StackPane.setMargin(forget, new Insets(4));
        return withForget;
    }

    @Override
    public Node node() {
        return root;
    }
}
