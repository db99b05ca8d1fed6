package org.whiskerstudio.ui.welcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.samples.SampleProjects;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.Screen;

/** What a person sees before any project is open: start something, reopen something, or try a sample. */
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

    private final ScrollPane root;
    private final VBox recentBox = new VBox(4);

    public WelcomeView(Actions actions, ObservableList<Path> recent) {
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

        VBox samples = new VBox(6, heading("Sample projects"));
        for (SampleProjects.Sample sample : SampleProjects.ALL) {
            Button b = new Button("Open the " + sample.title() + " sample", Icons.of(Material2MZ.PETS, 20));
            b.setId("sample-" + sample.id());
            b.setOnAction(e -> actions.openSample(sample));
            Label about = new Label(sample.description());
            about.getStyleClass().add("text-muted");
            about.setWrapText(true);
            samples.getChildren().addAll(b, about);
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

        VBox content = new VBox(18, title, tagline, pipeline, start, new VBox(6, heading("Recent projects"), recentBox),
                samples, drop);
        content.setPadding(new Insets(40, 48, 40, 48));
        content.setMaxWidth(820);
        content.setAlignment(Pos.TOP_LEFT);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("welcome");
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private void fillRecent(Actions actions, ObservableList<Path> recent) {
        recentBox.getChildren().clear();
        if (recent.isEmpty()) {
            Label none = new Label("None yet. Create a project or open a sample below.");
            none.getStyleClass().add("text-muted");
            recentBox.getChildren().add(none);
            return;
        }
        for (Path p : recent) {
            boolean exists = Files.isRegularFile(new ProjectLayout(p).database());
            Hyperlink link = new Hyperlink(p.getFileName() + "   " + p.getParent() + (exists ? "" : "   (missing)"));
            link.setTooltip(new Tooltip(p.toString()));
            link.setDisable(!exists);
            link.setOnAction(e -> actions.openRecent(p));
            Button forget = new Button("", Icons.of(Material2AL.CLOSE, 12));
            forget.getStyleClass().addAll("flat", "small");
            forget.setTooltip(new Tooltip("Remove from this list (the folder is not touched)"));
            forget.setOnAction(e -> actions.forgetRecent(p));
            HBox row = new HBox(4, link, forget);
            row.setAlignment(Pos.CENTER_LEFT);
            recentBox.getChildren().add(row);
        }
    }

    @Override
    public Node node() {
        return root;
    }
}
