package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionOrder;
import org.whiskerstudio.ui.common.Dialogs;
import org.whiskerstudio.ui.common.Icons;

/**
 * The Label screen's row for the model in the loop: Suggest... (choose a run, then progress and Cancel), the queue
 * toggle with its order and count, the threshold and button for accepting in bulk; and the chip that shows the shown
 * example's suggestion on top of it, drawn unlike a label (dashed, muted) so it never passes for one.
 */
final class SuggestionBar {
    private final SuggestionsViewModel model;
    private final Runnable refocus;
    private final HBox root = new HBox(8);
    private final Label chip = new Label();

    SuggestionBar(SuggestionsViewModel model, Runnable refocus) {
        this.model = model;
        this.refocus = refocus;
        root.getStyleClass().add("suggestion-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        // The round's words take what room is left and are cut short first: the controls keep their size.
        Node progress = progress();
        HBox.setHgrow(progress, Priority.ALWAYS);
        root.getChildren().addAll(suggestButton(), queueControls(), progress);
        root.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        ((Region) progress).setMinWidth(0);
        chip.setId("label-suggestion");
        chip.getStyleClass().add("suggestion-chip");
        chip.setMouseTransparent(true);
        chip.textProperty().bind(Bindings.createStringBinding(() -> model.shownSuggestionProperty().get()
                .map(SuggestionBar::chipText).orElse(""), model.shownSuggestionProperty()));
        chip.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.shownSuggestionProperty().get()
                .isPresent(), model.shownSuggestionProperty()));
    }

    Node node() {
        return root;
    }

    /** The chip over the example shown. */
    Node chip() {
        return chip;
    }

    static String chipText(Suggestion s) {
        return String.format(Locale.ROOT, "Suggested: %s %.0f%%   Enter accepts", s.className(), 100 * s.probability());
    }

    private Node suggestButton() {
        Button suggest = new Button("Suggest...", Icons.of(Material2AL.ASSISTANT));
        suggest.setId("label-suggest");
        suggest.setFocusTraversable(false);
        suggest.setTooltip(new Tooltip("A trained classifier run suggests a label for every unlabelled example"));
        suggest.disableProperty().bind(model.suggestingProperty());
        suggest.setOnAction(e -> model.readSuggestingRuns(this::chooseRun));
        return suggest;
    }

    private void chooseRun(List<SuggestRound.RunOption> runs) {
        if (runs.isEmpty()) {
            Dialogs.info(root.getScene().getWindow(), "Suggest labels", "No classifier run of this project can suggest "
                    + "yet: train one on the Train screen (Ctrl+4). Runs whose model reads another kind of example "
                    + "are left out.");
            return;
        }
        ChoiceDialog<SuggestRound.RunOption> d = new ChoiceDialog<>(runs.get(0), runs);
        d.initOwner(root.getScene().getWindow());
        d.setTitle("Suggest labels");
        d.setHeaderText("Which run suggests labels for the unlabelled examples?\n"
                + "Its suggestions replace the earlier ones; nothing is labelled until you accept.");
        Optional<SuggestRound.RunOption> chosen = d.showAndWait();
        chosen.ifPresent(model::suggest);
        refocus.run();
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.suggestProgressProperty());
        bar.visibleProperty().bind(model.suggestingProperty());
        bar.managedProperty().bind(model.suggestingProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("label-suggest-cancel");
        cancel.setFocusTraversable(false);
        cancel.visibleProperty().bind(model.suggestingProperty());
        cancel.managedProperty().bind(model.suggestingProperty());
        cancel.setOnAction(e -> model.cancelSuggesting());
        Label message = new Label();
        message.setId("label-suggest-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.suggestMessageProperty());
        message.setMinWidth(0);
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(message.textProperty());
        bar.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, bar, cancel, message);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node queueControls() {
        ToggleButton queue = new ToggleButton("Queue", Icons.of(Material2MZ.PLAYLIST_PLAY));
        queue.setId("label-queue");
        queue.setFocusTraversable(false);
        queue.setTooltip(new Tooltip("Walk the suggested examples only, in the chosen order (Q)"));
        queue.selectedProperty().bindBidirectional(model.queueProperty());
        queue.disableProperty().bind(model.suggestionsStoredProperty().isEqualTo(0).and(model.queueProperty().not()));
        ChoiceBox<SuggestionOrder> order = new ChoiceBox<>();
        order.getItems().setAll(SuggestionOrder.values());
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(SuggestionOrder o) {
                return o == null ? "" : switch (o) {
                    case UNCERTAIN -> "Least certain first";
                    case CERTAIN -> "Most certain first";
                    case CLASS -> "By suggested class";
                };
            }

            @Override
            public SuggestionOrder fromString(String s) {
                throw new UnsupportedOperationException("the order is chosen, not typed");
            }
        });
        order.setId("label-queue-order");
        order.setFocusTraversable(false);
        order.valueProperty().bindBidirectional(model.queueOrderProperty());
        Label count = new Label();
        count.setId("label-queue-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> count(model.suggestionsLeftProperty().get()),
                model.suggestionsLeftProperty()));
        Spinner<Double> threshold = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1.0,
                model.acceptThresholdProperty().get(), 0.01));
        threshold.setId("label-accept-threshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(80);
        threshold.setMinWidth(Region.USE_PREF_SIZE);
        threshold.setTooltip(new Tooltip("Shift+Enter accepts every suggestion in the queue at or above this probability"));
        threshold.valueProperty().addListener((o, a, b) -> model.acceptThresholdProperty().set(b));
        Button acceptAll = new Button("Accept all (Shift+Enter)");
        acceptAll.setId("label-accept-all");
        acceptAll.setFocusTraversable(false);
        acceptAll.setTooltip(new Tooltip("Accept every suggestion in the queue at or above the threshold, as one step "
                + "(Shift+Enter; Ctrl+Z takes them all back)"));
        acceptAll.setOnAction(e -> {
            model.acceptSuggestionsAbove();
            refocus.run();
        });
        Label atLeast = new Label("at or above");
        HBox controls = new HBox(6, order, count, new Separator(Orientation.VERTICAL), acceptAll, atLeast, threshold);
        controls.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.visibleProperty().bind(model.queueProperty());
        controls.managedProperty().bind(model.queueProperty());
        HBox box = new HBox(8, queue, controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String count(int left) {
        return left == 1 ? "1 suggestion left" : left + " suggestions left";
    }
}
