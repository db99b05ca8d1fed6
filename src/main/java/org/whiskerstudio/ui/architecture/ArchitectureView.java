package org.whiskerstudio.ui.architecture;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.ui.common.Dialogs;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.Screen;
import org.whiskerstudio.ui.common.ToolStrip;

/** The Architecture screen: templates and named architectures on top, palette, canvas, inspector. */
public final class ArchitectureView implements Screen {
    /** The editor's keys, for the help panel. */
    public static final String KEYS = String.join("\n",
            "Double-click or drag a palette block   add it after the selected block",
            "Connect (inspector)   feed the selected block into another, for branches, Concat and Add",
            "Delete          delete the selected block (its neighbours are joined)",
            "Alt+Up/Down     move the selected block up or down the chain",
            "Ctrl+Z / Ctrl+Shift+Z   undo / redo");
    private static final String PALETTE_DRAG = "whisker-palette:";
    private final ArchitectureEditorViewModel model;
    private final ArchitectureServices services;
    private final BorderPane root = new BorderPane();
    private final GraphCanvas canvas;
    private final Label empty = new Label("No architecture yet: press New... to choose what the model learns and a template to start from.");

    public ArchitectureView(ArchitectureEditorViewModel model, ArchitectureServices services) {
        this.model = model;
        this.services = services;
        this.canvas = new GraphCanvas(id -> model.selectedProperty().set(id.isEmpty() ? Optional.empty() : Optional.of(id)));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        root.setTop(toolbar());
        root.setLeft(palette());
        root.setCenter(canvas.node());
        root.setRight(new Inspector(model).node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.currentProperty().addListener((o, a, b) -> redraw());
        model.analysisProperty().addListener((o, a, b) -> redraw());
        model.selectedProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    @Override
    public Node node() {
        return root;
    }

    private void redraw() {
        canvas.show(model.graph(), model.analysisProperty().get(), model.selectedProperty().get());
        root.setCenter(model.currentProperty().get().isPresent() ? canvas.node() : empty);
    }

    private Node toolbar() {
        // First what the model learns from, then the templates that fit (TemplateChooser).
        Button create = new Button("New...", Icons.of(Material2AL.ADD));
        create.setId("architecture-new");
        create.setOnAction(e -> TemplateChooser.ask(root.getScene().getWindow(),
                new TemplateChooserViewModel(services.templates())).ifPresent(t -> model.create(t.build().get())));
        ComboBox<String> choose = new ComboBox<>(model.names());
        choose.setId("architecture-choice");
        choose.setPrefWidth(220);
        // The box follows the open architecture from the start and after every change of the name list: replacing the
        // list's items (after any save) clears a ComboBox's selection, and the view may be built after one was opened.
        Runnable showCurrent = () -> choose.getSelectionModel().select(model.currentProperty().get().map(Architecture::name).orElse(null));
        model.currentProperty().addListener((o, a, b) -> showCurrent.run());
        model.names().addListener((ListChangeListener<String>) c -> showCurrent.run());
        showCurrent.run();
        choose.setOnAction(e -> {
            String name = choose.getValue();
            if (name != null && model.currentProperty().get().map(a -> !a.name().equals(name)).orElse(true)) {
                model.open(name);
            }
        });
        Button duplicate = button(Material2AL.CONTENT_COPY, "Duplicate to experiment", model::duplicate);
        Button rename = button(Material2AL.EDIT, "Rename", this::rename);
        Button delete = button(Material2AL.DELETE, "Delete this architecture (undo brings it back)", model::deleteCurrent);
        Button undo = button(Material2MZ.UNDO, "Undo (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        Button redo = button(Material2MZ.REDO, "Redo (Ctrl+Shift+Z)", model::redo);
        redo.disableProperty().bind(model.redoTextProperty().isEmpty());
        ToggleGroup parts = new ToggleGroup();
        ToggleButton generator = new ToggleButton("Generator");
        ToggleButton discriminator = new ToggleButton("Discriminator");
        generator.setToggleGroup(parts);
        discriminator.setToggleGroup(parts);
        generator.setSelected(true);
        generator.setOnAction(e -> model.partProperty().set(ArchitectureEditorViewModel.Part.NETWORK));
        discriminator.setOnAction(e -> model.partProperty().set(ArchitectureEditorViewModel.Part.DISCRIMINATOR));
        HBox ganParts = new HBox(generator, discriminator);
        ganParts.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.currentProperty().get().map(Architecture::isGan).orElse(false), model.currentProperty()));
        ganParts.managedProperty().bind(ganParts.visibleProperty());
        model.partProperty().addListener((o, a, b) -> parts.selectToggle(b == ArchitectureEditorViewModel.Part.NETWORK
                ? generator : discriminator));
        Button exportJson = button(Material2AL.GET_APP, "Export as JSON", this::exportJson);
        Button importJson = button(Material2AL.FILE_UPLOAD, "Import JSON", this::importJson);
        Button exportPng = button(Material2MZ.PHOTO_CAMERA, "Save a PNG picture of the diagram", this::exportPng);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A separator is horizontal unless told: in a tool bar it showed as a dash, not a line between groups.
        return new ToolBar(create, choose, duplicate, rename, delete, ToolStrip.separator(), undo, redo,
                ToolStrip.separator(), ganParts, spacer, importJson, exportJson, exportPng);
    }

    private Node palette() {
        ListView<LayerSpec> list = new ListView<>();
        list.setId("architecture-palette");
        list.getItems().setAll(Palette.blocks(services.classes()));
        list.setCellFactory(l -> {
            ListCell<LayerSpec> cell = new ListCell<>() {
                @Override
                protected void updateItem(LayerSpec item, boolean isEmpty) {
                    super.updateItem(item, isEmpty);
                    setText(isEmpty || item == null ? null : item.kind());
                }
            };
            // Drag a block onto the canvas to add it after the selected block.
            cell.setOnDragDetected(e -> {
                if (cell.getItem() != null) {
                    Dragboard board = cell.startDragAndDrop(TransferMode.COPY);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(PALETTE_DRAG + cell.getIndex());
                    board.setContent(content);
                    e.consume();
                }
            });
            return cell;
        });
        Node target = canvas.node();
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(PALETTE_DRAG)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            String text = e.getDragboard().hasString() ? e.getDragboard().getString() : "";
            boolean ok = text.startsWith(PALETTE_DRAG);
            if (ok) {
                model.addLayer(list.getItems().get(Integer.parseInt(text.substring(PALETTE_DRAG.length()))));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.addLayer(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.addLayer(list.getSelectionModel().getSelectedItem());
            }
        });
        Label heading = new Label("Blocks");
        heading.getStyleClass().add("title-4");
        Label hint = new Label("Double-click or Enter: add after the selected block.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(6, heading, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        box.setPrefWidth(180);
        return box;
    }

    private static Button button(Ikon icon, String tip, Runnable action) {
        Button b = new Button("", Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                model.redo();
            } else {
                model.undo();
            }
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
            model.redo();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.deleteSelected();
            e.consume();
        } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            model.moveSelected(e.getCode() == KeyCode.UP);
            e.consume();
        }
    }

    private void rename() {
        model.currentProperty().get().ifPresent(a -> {
            TextInputDialog d = new TextInputDialog(a.name());
            d.initOwner(root.getScene().getWindow());
            d.setTitle("Rename architecture");
            d.setHeaderText("New name for \"" + a.name() + "\"");
            d.showAndWait().ifPresent(model::renameCurrent);
        });
    }

    private void exportJson() {
        model.currentProperty().get().ifPresent(a -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(a.name() + ".json");
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                try {
                    AtomicFiles.write(file.toPath(), services.toJson(a).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    Dialogs.error(root.getScene().getWindow(), "Cannot save", file + ": " + e.getMessage());
                }
            }
        });
    }

    private void importJson() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Architecture JSON", "*.json"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            if (Files.size(file.toPath()) > 10_000_000) {
                throw new IllegalArgumentException("the file is larger than 10 MB; an architecture file is a few kB");
            }
            model.create(services.fromJson(Files.readString(file.toPath(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            Dialogs.error(root.getScene().getWindow(), "Cannot import " + file.getName(), e.getMessage());
        }
    }

    private void exportPng() {
        model.currentProperty().get().ifPresent(a -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(a.name() + ".png");
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                try {
                    var image = canvas.drawing().snapshot(new SnapshotParameters(), null);
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
                } catch (IOException e) {
                    Dialogs.error(root.getScene().getWindow(), "Cannot save", file + ": " + e.getMessage());
                }
            }
        });
    }
}
