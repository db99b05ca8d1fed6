package org.whiskerstudio.ui.training;

import java.util.Random;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.SampleGrid;

/**
 * The Generate panel: pick a GAN run, how many images and a seed, make them, look at them, and add them to the
 * project with a class (marked synthetic). Says plainly when there is no GAN run to make images with.
 */
public final class GenerateView {
    private final StackPane root = new StackPane();

    public GenerateView(GenerateViewModel model) {
        ComboBox<TrainingRun> run = new ComboBox<>(model.runs());
        run.setId("generate-run");
        run.valueProperty().bindBidirectional(model.runProperty());
        run.setCellFactory(l -> new RunCell());
        run.setButtonCell(new RunCell());
        run.setPrefWidth(220);
        TextField count = field("generate-count", model, 60);
        count.textProperty().bindBidirectional(model.countProperty());
        count.setTooltip(new Tooltip("How many images to make (1 to 1,000)."));
        TextField seed = field("generate-seed", model, 80);
        seed.textProperty().bindBidirectional(model.seedProperty());
        seed.setTooltip(new Tooltip("The noise's seed: the same seed makes the same images; another seed, others."));
        Button dice = new Button("", Icons.of(Material2AL.AUTORENEW));
        dice.setTooltip(new Tooltip("Another seed"));
        dice.disableProperty().bind(model.busyProperty());
        dice.setOnAction(e -> model.seedProperty().set(Integer.toString(new Random().nextInt(1_000_000))));
        Button make = new Button("Generate", Icons.of(Material2MZ.PLAY_ARROW));
        make.setId("generate-make");
        make.getStyleClass().add("accent");
        make.disableProperty().bind(model.canGenerateProperty().not());
        make.setOnAction(e -> model.generate());
        HBox runRow = new HBox(8, new Label("Run"), run);
        runRow.setAlignment(Pos.CENTER_LEFT);
        HBox makeRow = new HBox(8, new Label("Images"), count, new Label("Seed"), seed, dice, make);
        makeRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, runRow, makeRow);
        for (HBox r : new HBox[] {runRow, makeRow}) {
            r.getChildren().forEach(n -> {
                if (n instanceof Label l) {
                    l.setMinWidth(Region.USE_PREF_SIZE);
                }
            });
        }
        make.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(180);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("generate-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Label message = new Label();
        message.setId("generate-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox status = new HBox(8, bar, cancel, message);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);

        ImageView preview = new ImageView();
        preview.setId("generate-preview");
        preview.setPreserveRatio(true);
        preview.setSmooth(false);
        preview.setFitWidth(360);
        preview.setFitHeight(360);
        model.previewProperty().addListener((o, before, now) -> preview.setImage(now.map(g ->
                (Image) SampleGrid.of(g.images(), g.width(), g.height(), g.channels())).orElse(null)));
        Label hint = new Label("Press Generate to make images with the run's generator.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(300);
        hint.visibleProperty().bind(preview.imageProperty().isNull());
        StackPane previewBox = new StackPane(preview, hint);
        previewBox.setMinHeight(200);
        VBox.setVgrow(previewBox, Priority.ALWAYS);

        ComboBox<String> target = new ComboBox<>(model.classes());
        target.setId("generate-class");
        target.setEditable(true);
        target.valueProperty().bindBidirectional(model.classNameProperty());
        target.setTooltip(new Tooltip("The class the images get; by default the one the GAN learned. A new name makes "
                + "a new class."));
        Button add = new Button("Add to project", Icons.of(Material2AL.ADD_PHOTO_ALTERNATE));
        add.setId("generate-add");
        add.disableProperty().bind(model.canAddProperty().not());
        add.setOnAction(e -> model.addToProject());
        Label synthetic = new Label("Added images are marked synthetic: they join the training part only, never "
                + "validation or test.");
        synthetic.setWrapText(true);
        synthetic.getStyleClass().add("text-muted");
        Label classLabel = new Label("Class");
        classLabel.setMinWidth(Region.USE_PREF_SIZE);
        target.setPrefWidth(160);
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox addRow = new HBox(8, classLabel, target, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, addRow, synthetic);

        VBox problems = new VBox(2);
        problems.setId("generate-problems");
        Runnable fill = () -> problems.getChildren().setAll(model.problems().stream().map(p -> {
            Label l = new Label(p, Icons.of(Material2AL.ERROR_OUTLINE));
            l.getStyleClass().add("danger");
            return (Node) l;
        }).toList());
        model.problems().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();

        VBox content = new VBox(10, top, problems, status, previewBox, bottom);
        content.setPadding(new Insets(10));
        Label empty = new Label();
        empty.setId("generate-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.textProperty().bind(model.emptyMessageProperty());
        VBox emptyBox = new VBox(empty);
        emptyBox.setAlignment(Pos.CENTER);
        emptyBox.setPadding(new Insets(30));
        Runnable show = () -> root.getChildren().setAll(model.emptyMessageProperty().get().isEmpty() ? content : emptyBox);
        model.emptyMessageProperty().addListener((o, a, b) -> show.run());
        show.run();
    }

    private static TextField field(String id, GenerateViewModel model, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        f.disableProperty().bind(model.busyProperty());
        return f;
    }

    public Node node() {
        return root;
    }

    /** A GAN run as "DCGAN #2 · Completed". */
    private static final class RunCell extends ListCell<TrainingRun> {
        @Override
        protected void updateItem(TrainingRun item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.name() + " · " + item.status().label());
        }
    }
}
