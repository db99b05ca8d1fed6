package org.whiskerstudio.ui.labelling;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.labelling.LabellingProgress;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.ToolStrip;
import org.whiskerstudio.ui.common.Screen;

/** The Label screen: image list, canvas, classes; the keyboard does nearly everything (F1 lists the keys). */
public final class LabelView implements Screen {
    /** The screen's keys, for the help panel. */
    public static final String KEYS = KeyBindings.HELP;
    private final LabelViewModel model;
    private final BorderPane root = new BorderPane();
    private final AnnotationCanvas canvas;
    private final ImageCache cache = new ImageCache();
    private final ListView<ImageAsset> imageList;
    private final Label empty = new Label();
    private final SequenceViewer sequences = new SequenceViewer();
    private final BooleanProperty sequenceShown = new SimpleBooleanProperty();

    public LabelView(LabelViewModel model) {
        this.model = model;
        canvas = new AnnotationCanvas(new AnnotationCanvas.Listener() {
            @Override
            public void select(long annotationId) {
                model.selectedProperty().set(annotationId);
            }

            @Override
            public void regionDrawn(Shape.Region region) {
                model.addRegion(region);
            }

            @Override
            public void polygonDrawn(List<Point> points) {
                model.addPolygon(points);
            }

            @Override
            public void lineDrawn(List<Point> points) {
                model.addLine(points);
            }

            @Override
            public void reshaped(long annotationId, Shape shape, String description) {
                model.reshape(annotationId, shape, description);
            }

            @Override
            public void proposalClicked(Detection detection, boolean accept) {
                if (accept) {
                    model.boxAssist().accept(detection);
                } else {
                    model.boxAssist().dismiss(detection);
                }
            }
        });
        canvas.setId("label-canvas");
        imageList = new ListView<>(model.images());
        imageList.setId("label-images");
        imageList.setFocusTraversable(false);
        imageList.setPrefWidth(220);
        imageList.setCellFactory(l -> new ImageCell(model));
        imageList.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && b.intValue() != model.indexProperty().get()) {
                model.goTo(b.intValue());
                focusShown();
            }
        });
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(480);

        SuggestionBar suggestions = new SuggestionBar(model.suggestions(), this::focusShown);
        root.setTop(new VBox(toolbar(), suggestions.node(), new BoxAssistBar(model, canvas, this::focusShown).node()));
        root.setLeft(imageList);
        // Top right: clear of a series' or text's header, which reads from the left.
        StackPane.setAlignment(suggestions.chip(), Pos.TOP_RIGHT);
        StackPane.setMargin(suggestions.chip(), new Insets(6, 12, 0, 0));
        StackPane shownArea = new StackPane(canvas, sequences.node(), empty, suggestions.chip());
        VBox.setVgrow(shownArea, Priority.ALWAYS);
        root.setCenter(new VBox(new TagLine(model, this::focusShown).node(), shownArea));
        sequences.node().visibleProperty().bind(sequenceShown);
        // Classes above, the shown image's regions below: both in sight, the divider theirs to move.
        SplitPane side = new SplitPane(new ClassPanel(model).node(), new RegionsPanel(model, sequenceShown, this::focusShown).node());
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.6);
        side.setPrefWidth(250);
        root.setRight(side);
        root.setBottom(statusLine());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                canvas.setPanKeyDown(false);
            }
        });

        model.currentProperty().addListener((o, a, b) -> showImage(b));
        model.annotations().addListener((ListChangeListener<Annotation>) c -> redrawShapes());
        model.selectedProperty().addListener((o, a, b) -> redrawShapes());
        model.classes().addListener((ListChangeListener<ClassUsage>) c -> {
            redrawShapes();
            imageList.refresh();
        });
        model.toolProperty().addListener((o, a, b) -> {
            if (sequenceShown.get() && b != Tool.SELECT) {
                model.toolProperty().set(Tool.SELECT); // nothing to draw on a series or a text
                return;
            }
            canvas.setTool(b);
        });
        model.statusVersionProperty().addListener((o, a, b) -> imageList.refresh());
        model.indexProperty().addListener((o, a, b) -> {
            imageList.getSelectionModel().select(b.intValue());
            if (b.intValue() >= 0) {
                imageList.scrollTo(Math.max(0, b.intValue() - 3));
            }
        });
        showImage(model.currentProperty().get());
    }

    public Node node() {
        return root;
    }

    /** Called when the screen is shown: images may have been imported meanwhile. */
    public void activate() {
        model.refresh();
        model.boxAssist().readRuns();
        focusShown();
    }

    private Node toolbar() {
        ToggleGroup tools = new ToggleGroup();
        ToggleButton select = toolButton(Tool.SELECT, Material2MZ.NEAR_ME, tools, "tool-select");
        ToggleButton box = toolButton(Tool.BOX, Material2AL.CROP_FREE, tools, "tool-box");
        ToggleButton polygon = toolButton(Tool.POLYGON, Material2AL.CHANGE_HISTORY, tools, "tool-polygon");
        ToggleButton point = toolButton(Tool.POINT, Material2AL.ADD_LOCATION, tools, "tool-point");
        ToggleButton line = toolButton(Tool.LINE, Material2MZ.SHOW_CHART, tools, "tool-line");
        ToggleButton circle = toolButton(Tool.CIRCLE, Material2MZ.RADIO_BUTTON_UNCHECKED, tools, "tool-circle");
        tools.selectToggle(select);
        for (ToggleButton drawing : List.of(box, polygon, point, line, circle)) {
            drawing.disableProperty().bind(sequenceShown);
        }
        Label sequenceNote = new Label("Series/text: tag with keys 1-9");
        sequenceNote.setId("label-sequence-note");
        sequenceNote.getStyleClass().add("text-muted");
        sequenceNote.setTooltip(new Tooltip("Regions are for images; a series or a text gets class tags"));
        sequenceNote.visibleProperty().bind(sequenceShown);
        sequenceNote.managedProperty().bind(sequenceShown);
        model.toolProperty().addListener((o, a, b) -> tools.selectToggle(switch (b) {
            case SELECT -> select;
            case BOX -> box;
            case POLYGON -> polygon;
            case POINT -> point;
            case LINE -> line;
            case CIRCLE -> circle;
        }));
        Button undo = action(Material2MZ.UNDO, "Undo (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        Button redo = action(Material2MZ.REDO, "Redo (Ctrl+Shift+Z)", model::redo);
        redo.disableProperty().bind(model.redoTextProperty().isEmpty());
        Button previous = action(Material2MZ.NAVIGATE_BEFORE, "Previous example (A or Page Up)", model::previous);
        Button next = action(Material2MZ.NAVIGATE_NEXT, "Next example (D or Page Down)", model::next);
        Button nextUnlabelled = action(Material2AL.FAST_FORWARD, "Next unlabelled example (N)", model::nextUnlabelled);
        Button fit = action(Material2MZ.ZOOM_OUT_MAP, "Fit (F)", canvas::fit);
        Button zoomIn = action(Material2MZ.ZOOM_IN, "Zoom in (+)", () -> canvas.zoom(1.25));
        Button zoomOut = action(Material2MZ.ZOOM_OUT, "Zoom out (-)", () -> canvas.zoom(0.8));
        CheckBox multi = new CheckBox("Multi-label");
        multi.setTooltip(new Tooltip("Off: an example has one class (a new tag replaces the old). On: keys toggle tags."));
        multi.selectedProperty().bindBidirectional(model.multiLabelProperty());
        multi.setFocusTraversable(false);
        CheckBox advance = new CheckBox("Auto-advance");
        advance.setTooltip(new Tooltip("Move to the next example after tagging with a key"));
        advance.selectedProperty().bindBidirectional(model.autoAdvanceProperty());
        advance.setFocusTraversable(false);
        CheckBox review = new CheckBox("Review mode");
        review.setTooltip(new Tooltip("Walk through labelled examples only; R marks reviewed and moves on"));
        review.selectedProperty().bindBidirectional(model.reviewModeProperty());
        review.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The modes wrap onto two rows in a narrow window rather than hiding in an overflow menu.
        FlowPane modes = new FlowPane(8, 2, multi, advance, review);
        modes.setAlignment(Pos.CENTER_RIGHT);
        // Six drawing tools and the rest fit a 1024 px window with the theme's icon buttons made narrower (studio.css).
        HBox strip = ToolStrip.of(select, box, polygon, point, line, circle, newBoxes(), sequenceNote,
                ToolStrip.separator(), undo, redo, ToolStrip.separator(), previous, next, nextUnlabelled,
                ToolStrip.separator(), fit, zoomIn, zoomOut, spacer, modes);
        strip.getStyleClass().add("label-tools");
        return strip;
    }

    /** The class a new region gets, in sight where the drawing tools are, so it is never a surprise. */
    private Node newBoxes() {
        Label chip = new Label();
        chip.getStyleClass().add("class-chip");
        Label text = new Label("New:", chip);
        text.setId("label-new-box-class");
        text.setContentDisplay(ContentDisplay.RIGHT);
        text.setTooltip(new Tooltip("The class a new box, polygon, point, line or circle gets: click a class in the "
                + "list, or press 1-9 "
                + "with a drawing tool and nothing selected (Esc unselects). A box just drawn is selected: 1-9 "
                + "then change its class."));
        Runnable show = () -> model.activeClassProperty().get().ifPresentOrElse(c -> {
            ClassChip.show(chip, c);
            chip.setVisible(true);
            text.setText("New:");
            canvas.setNewShapeLook(ClassLook.of(c));
        }, () -> {
            chip.setVisible(false);
            text.setText("New: no class yet");
        });
        model.activeClassProperty().addListener((o, a, b) -> show.run());
        show.run();
        text.visibleProperty().bind(sequenceShown.not());
        text.managedProperty().bind(sequenceShown.not());
        return text;
    }

    private ToggleButton toolButton(Tool tool, Ikon icon, ToggleGroup group, String id) {
        ToggleButton b = new ToggleButton("", Icons.of(icon));
        b.setId(id);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(tool.title()));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            model.toolProperty().set(tool);
            group.selectToggle(b);
            focusShown();
        });
        return b;
    }

    private Button action(Ikon icon, String tip, Runnable run) {
        Button b = new Button("", Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            run.run();
            focusShown();
        });
        return b;
    }

    private Node statusLine() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.progressProperty().get().labelledFraction(),
                model.progressProperty()));
        Label progress = new Label();
        progress.setId("label-progress");
        progress.textProperty().bind(Bindings.createStringBinding(() -> {
            LabellingProgress p = model.progressProperty().get();
            return String.format(Locale.ROOT, "%,d of %s labelled, %,d reviewed", p.labelled(),
                    model.kind().count(p.images()), p.reviewed());
        }, model.progressProperty()));
        Label position = new Label();
        position.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get()
                .map(i -> (model.indexProperty().get() + 1) + " / " + model.images().size() + "   " + i.fileName()
                        + "   " + ExampleSize.of(i)).orElse(""), model.currentProperty(), model.indexProperty()));
        Label status = new Label();
        status.setId("label-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("warning");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, bar, progress, status, spacer, position);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(4, 10, 4, 10));
        return line;
    }

    private void showImage(Optional<ImageAsset> image) {
        Optional<Path> root = model.session().map(s -> s.store().layout().root());
        if (image.isEmpty() || root.isEmpty()) {
            canvas.setVisible(false);
            sequenceShown.set(false);
            empty.setVisible(true);
            empty.setText(model.images().isEmpty()
                    ? (model.reviewModeProperty().get() ? "No labelled " + model.kind().plural() + " to review yet."
                    : "Nothing to label yet: import images, series or texts on the Data screen (Ctrl+1).")
                    : "");
            return;
        }
        empty.setVisible(false);
        ProjectLayout layout = new ProjectLayout(root.get());
        ImageAsset a = image.get();
        boolean hadFocus = canvas.isFocused() || sequences.hasFocus();
        sequenceShown.set(MediaKind.of(a.format()) != MediaKind.IMAGE);
        canvas.setVisible(!sequenceShown.get());
        if (hadFocus) {
            focusShown();
        }
        if (sequenceShown.get()) {
            model.toolProperty().set(Tool.SELECT);
            sequences.show(a.fileName(), a.format(), layout.resolveStored(a.storedPath()), currentClassNames());
            imageList.getSelectionModel().select(model.indexProperty().get());
            return;
        }
        canvas.setImage(cache.get(layout.resolveStored(a.storedPath()), a.width(), a.height()), a.width(), a.height());
        redrawShapes();
        int i = model.indexProperty().get();
        imageList.getSelectionModel().select(i);
        for (int n : new int[] {i + 1, i - 1, i + 2}) {
            if (n >= 0 && n < model.images().size()) {
                ImageAsset other = model.images().get(n);
                cache.prefetch(layout.resolveStored(other.storedPath()), other.width(), other.height());
            }
        }
    }

    /** Keys go to whichever viewer is shown (an invisible canvas cannot hold the focus). */
    private void focusShown() {
        if (sequenceShown.get()) {
            sequences.focus();
        } else {
            canvas.requestFocus();
        }
    }

    private List<String> currentClassNames() {
        return model.annotations().stream().map(Annotation::classId).distinct()
                .map(id -> model.usageOf(id).map(u -> u.labelClass().name()).orElse("?")).toList();
    }

    private void redrawShapes() {
        if (sequenceShown.get()) {
            sequences.showLabels(currentClassNames());
        }
        canvas.setAnnotations(model.annotations(), model.selectedProperty().get(), classId -> model.usageOf(classId)
                .map(u -> ClassLook.of(u.labelClass())).orElse(ClassLook.UNKNOWN));
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl input && input.isEditable()) {
            return;
        }
        if (KeyBindings.handle(e, model, canvas)) {
            e.consume();
        }
    }
}
