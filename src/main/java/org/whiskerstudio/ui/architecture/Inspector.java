package org.whiskerstudio.ui.architecture;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerReport;

/**
 * The selected block's settings (a ControlsFX PropertySheet built from the spec's record components), its output,
 * cost and mistakes, and the whole network's summary. A setting that makes no sense is refused with the reason.
 */
final class Inspector {
    private final ArchitectureEditorViewModel model;
    private final VBox root = new VBox(8);
    private final Label heading = new Label();
    private final TextField name = new TextField();
    private final PropertySheet sheet = new PropertySheet();
    private final Label refusal = new Label();
    private final Label layerFacts = new Label();
    private final Label summary = new Label();
    private final TextField batch = new TextField("32");
    private final ComboBox<LayerNode> connectTo = new ComboBox<>();
    private final VBox connections = new VBox(4);

    Inspector(ArchitectureEditorViewModel model) {
        this.model = model;
        heading.getStyleClass().add("title-4");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setId("layer-properties");
        // The sheet's text editors commit when they lose the focus (Tab), not on Enter: Enter takes the focus off
        // the editor so that it commits too (the sheet is rebuilt with the new value either way).
        sheet.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof TextInputControl) {
                root.requestFocus();
            }
        });
        refusal.getStyleClass().add("danger");
        refusal.setWrapText(true);
        refusal.setId("property-refusal");
        refusal.textProperty().bind(model.refusalProperty());
        layerFacts.setWrapText(true);
        summary.setWrapText(true);
        summary.setId("architecture-summary");
        name.setPromptText("block name");
        name.setOnAction(e -> model.renameSelected(name.getText()));
        name.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                model.renameSelected(name.getText());
            }
        });
        batch.setPrefColumnCount(5);
        batch.textProperty().addListener((o, a, b) -> refresh());
        Label summaryHeading = new Label("Network");
        summaryHeading.getStyleClass().add("title-4");
        Label batchLabel = new Label("Batch size for the memory estimate");
        connectTo.setPromptText("feed into...");
        connectTo.setId("connect-to");
        connectTo.setConverter(new StringConverter<>() {
            @Override
            public String toString(LayerNode node) {
                return node == null ? "" : node.name();
            }

            @Override
            public LayerNode fromString(String text) {
                return null; // not editable
            }
        });
        Button connect = new Button("Connect");
        connect.setId("connect-button");
        connect.setOnAction(e -> model.selectedProperty().get().ifPresent(id -> {
            if (connectTo.getValue() != null) {
                model.connect(id, connectTo.getValue().id());
            }
        }));
        HBox connectRow = new HBox(6, connectTo, connect);
        connections.getChildren().add(connectRow);
        root.getChildren().addAll(heading, name, sheet, refusal, layerFacts, connections, summaryHeading, summary, batchLabel, batch);
        root.setPadding(new Insets(8));
        root.setPrefWidth(300);
        model.selectedProperty().addListener((o, a, b) -> refresh());
        model.analysisProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    Node node() {
        return root;
    }

    private void refresh() {
        Optional<LayerNode> node = model.selectedNode();
        Optional<Analysis> analysis = model.analysisProperty().get();
        heading.setText(node.map(n -> n.spec().kind()).orElse("No block selected"));
        name.setVisible(node.isPresent());
        name.setText(node.map(LayerNode::name).orElse(""));
        sheet.getItems().setAll(node.map(n -> FXCollections.observableArrayList(items(n))).orElse(FXCollections.observableArrayList()));
        layerFacts.setText(node.map(n -> facts(n, analysis)).orElse("Pick a block on the canvas, or add one from the palette."));
        summary.setText(analysis.map(this::summaryText).orElse(""));
        refreshConnections(node);
    }

    /** Branches: feed the selected block into another (merge/add), or cut one of its outgoing edges. */
    private void refreshConnections(Optional<LayerNode> node) {
        connections.setVisible(node.isPresent());
        connections.setManaged(node.isPresent());
        connections.getChildren().remove(1, connections.getChildren().size());
        if (node.isEmpty()) {
            return;
        }
        var graph = model.graph().orElseThrow();
        connectTo.getItems().setAll(graph.nodes().stream()
                .filter(n -> !n.id().equals(node.get().id())).toList());
        for (LayerNode out : graph.outputsOf(node.get().id())) {
            Button cut = new Button("Disconnect from " + out.name());
            cut.getStyleClass().add("flat");
            cut.setOnAction(e -> model.disconnect(node.get().id(), out.id()));
            connections.getChildren().add(cut);
        }
    }

    private List<PropertySheet.Item> items(LayerNode node) {
        return SpecProperties.settings(node.spec()).stream().map(s -> (PropertySheet.Item) new SettingItem(node, s)).toList();
    }

    private static String facts(LayerNode n, Optional<Analysis> analysis) {
        StringBuilder text = new StringBuilder();
        analysis.flatMap(a -> a.report(n.id())).ifPresent((LayerReport r) -> text.append("Output ").append(r.output().label())
                .append("\n").append(SummaryText.count(r.params())).append(" parameters, ")
                .append(SummaryText.count(r.macs())).append(" multiply-adds per example"));
        analysis.map(a -> a.issuesAt(n.id())).orElse(List.of())
                .forEach(i -> text.append("\n\nProblem: ").append(i.message()));
        return text.toString();
    }

    private String summaryText(Analysis a) {
        int b;
        try {
            b = Math.max(1, Integer.parseInt(batch.getText().strip()));
        } catch (NumberFormatException e) {
            b = 32;
        }
        String state = a.ok() ? "Ready to train." : a.issues().size() + " problem" + (a.issues().size() == 1 ? "" : "s")
                + " to fix before training:\n- " + String.join("\n- ", a.issues().stream().map(i ->
                (i.nodeId().isEmpty() ? "" : blockName(i.nodeId()) + ": ") + i.message()).toList());
        return SummaryText.count(a.totalParams()) + " parameters\n" + SummaryText.count(a.totalMacs())
                + " multiply-adds per example\n~" + SummaryText.bytes(a.trainingBytes(b)) + " to train with batch " + b
                + "\n\n" + state;
    }

    /** A block as the canvas titles it, not by its internal id ("conv2d1"); the id when no block has it. */
    private String blockName(String id) {
        return model.graph().flatMap(g -> g.node(id)).map(LayerNode::name).orElse(id);
    }

    /** One record component as a PropertySheet row; setting it rebuilds the spec or shows why not. */
    private final class SettingItem implements PropertySheet.Item {
        private final LayerNode node;
        private final SpecProperties.Setting setting;

        SettingItem(LayerNode node, SpecProperties.Setting setting) {
            this.node = node;
            this.setting = setting;
        }

        @Override
        public Class<?> getType() {
            return setting.type() == int.class ? Integer.class : setting.type() == double.class ? Double.class
                    : setting.type() == boolean.class ? Boolean.class : setting.type();
        }

        @Override
        public String getCategory() {
            return node.spec().kind();
        }

        @Override
        public String getName() {
            return SpecProperties.label(setting.name());
        }

        @Override
        public String getDescription() {
            return SpecProperties.explanation(setting.name()).orElse(setting.name() + " of " + node.name());
        }

        @Override
        public Object getValue() {
            return setting.value();
        }

        @Override
        public void setValue(Object value) {
            if (value == null || value.equals(setting.value())) {
                return;
            }
            // Later: applying the change rebuilds this sheet, which must not happen inside its own commit.
            Platform.runLater(() -> model.changeSelectedSetting(setting.name(), value));
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
