package org.whiskerstudio.ui.training;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.SampleGrid;

/**
 * The Train screen's centre for a GAN: health warnings as a banner on top, the discriminator's and generator's loss
 * per step beside the newest grid of samples (the same noise each time, so a person watches shapes form), then the
 * step's numbers and the run's status.
 */
final class GanLivePanel {
    private final VBox box;

    GanLivePanel(TrainingViewModel model) {
        GanLive gan = model.gan();
        VBox banner = new VBox(4);
        banner.setId("gan-warnings");
        banner.getStyleClass().add("gan-warnings");
        Runnable fill = () -> banner.getChildren().setAll(gan.warnings().stream().map(text -> {
            Label l = new Label(text, Icons.of(Material2MZ.WARNING));
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            return (Node) l;
        }).toList());
        gan.warnings().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        banner.visibleProperty().bind(Bindings.isNotEmpty(gan.warnings()));
        banner.managedProperty().bind(banner.visibleProperty());

        LineChart<Number, Number> chart = Charts.lineChart("gan-loss-chart", "Losses", "Step", "Loss");
        chart.getData().addAll(List.of(Charts.series("Discriminator (D)", gan.discriminatorLoss()),
                Charts.series("Generator (G)", gan.generatorLoss())));
        Node chartBox = Charts.withPlaceholder(chart, Bindings.when(model.activeProperty())
                        .then("Both losses appear with the first steps.")
                        .otherwise("Press Start to train the GAN: D learns to tell real from generated images, G learns "
                                + "to fool it."),
                Bindings.isEmpty(gan.discriminatorLoss()));
        ((Region) chartBox).setMinHeight(180);
        VBox.setVgrow(chartBox, Priority.ALWAYS);

        Label step = new Label();
        step.setId("gan-step");
        step.setWrapText(true);
        step.textProperty().bind(gan.stepTextProperty());
        Label status = new Label();
        status.setId("gan-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusTextProperty());
        status.getStyleClass().add("training-status");
        VBox facts = new VBox(6, step, status);
        HBox.setHgrow(facts, Priority.ALWAYS);
        facts.setMinWidth(120);
        // The chart takes the width; the samples and the step's numbers share the row below.
        HBox below = new HBox(12, samples(model, gan), facts);
        VBox live = new VBox(6, banner, chartBox, below);
        live.setPadding(new Insets(6, 10, 10, 10));
        Tab training = new Tab("Training", live);
        Tab generate = new Tab("Generate images", new GenerateView(model.generate()).node());
        generate.setId("gan-generate-tab");
        TabPane tabs = new TabPane(training, generate);
        tabs.setId("gan-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        generate.setOnSelectionChanged(e -> {
            if (generate.isSelected()) {
                model.generate().refresh();
            }
        });
        model.generate().showRequestsProperty().addListener((o, a, b) -> tabs.getSelectionModel().select(generate));
        // A new run brings its live view to the front.
        model.activeProperty().addListener((o, was, now) -> {
            if (now) {
                tabs.getSelectionModel().select(training);
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box = new VBox(tabs);
        box.setMinWidth(240); // as narrow as the classifier's charts it replaces: both fit a 1024 px window
    }

    /** The newest grid, drawn pixel for pixel larger (no smoothing: 28-pixel images stay crisp). */
    private static Node samples(TrainingViewModel model, GanLive gan) {
        ImageView view = new ImageView();
        view.setId("gan-samples");
        view.setPreserveRatio(true);
        view.setSmooth(false);
        view.setFitWidth(260);
        view.setFitHeight(260);
        gan.samplesProperty().addListener((o, before, now) -> view.setImage(now.map(s ->
                (Image) SampleGrid.of(s.images(), s.width(), s.height(), s.channels())).orElse(null)));
        Label title = new Label();
        title.getStyleClass().add("text-bold");
        title.textProperty().bind(Bindings.createStringBinding(() -> gan.samplesProperty().get()
                .map(s -> "Samples after step " + String.format("%,d", s.iteration())).orElse("Samples"),
                gan.samplesProperty()));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setMaxWidth(240);
        empty.getStyleClass().add("text-muted");
        empty.textProperty().bind(Bindings.createStringBinding(() -> "The generator's images from the same noise appear "
                + "every " + model.ganForm().sampleEveryProperty().get() + " steps and after every epoch.",
                model.ganForm().sampleEveryProperty()));
        empty.visibleProperty().bind(view.imageProperty().isNull());
        StackPane frame = new StackPane(view, empty);
        frame.setMinSize(260, 260);
        frame.setPrefSize(260, 260);
        VBox column = new VBox(6, title, frame);
        column.setAlignment(Pos.TOP_CENTER);
        return column;
    }

    Node node() {
        return box;
    }
}
