package org.whiskerstudio.ui.library;

import atlantafx.base.controls.CustomTextField;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.TextAlignment;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SequenceImport;
import org.whiskerstudio.project.imports.ThumbnailCache;
import org.whiskerstudio.ui.map.MapView;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.ToolStrip;
import org.whiskerstudio.ui.common.Screen;
import org.whiskerstudio.ui.common.ThumbnailLoader;

/** The Data screen: toolbar with imports and search, class filter list, thumbnail grid, import bar. */
public final class LibraryView implements Screen {
    private final LibraryViewModel model;
    private final TaskExecutor executor;
    private final BorderPane root = new BorderPane();
    private final GridView<ImageAsset> grid = new GridView<>();
    private final CustomTextField search = new CustomTextField();
    private ThumbnailLoader<ImageAsset> thumbnails;
    /** The project whose thumbnails the grid loads. */
    private Optional<ProjectSession> thumbnailsFor = Optional.empty();

    public LibraryView(LibraryViewModel model, TaskExecutor executor) {
        this.model = model;
        this.executor = executor;
        root.getStyleClass().add("library");
        root.setTop(toolbar());
        root.setLeft(filterList());
        root.setCenter(centre());
        root.setBottom(importBar());
        activate(); // a project already open gets its thumbnails at once
        model.pendingSequenceImportProperty().addListener((o, was, now) -> {
            if (now != null) {
                // Later, so the drop or menu event that asked has finished before a modal dialog opens.
                Platform.runLater(() -> askSequenceOptions(now));
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    /** The screen is shown: a project opened since gets its own thumbnail cache. */
    @Override
    public void activate() {
        Optional<ProjectSession> open = model.session();
        if (open.isPresent() && !open.equals(thumbnailsFor)) {
            thumbnailsFor = open;
            thumbnails = ThumbnailCell.thumbnails(executor, new ThumbnailCache(open.get().store().layout()));
            grid.setCellFactory(g -> new ThumbnailCell(thumbnails, model));
        }
    }

    public void focusSearch() {
        search.requestFocus();
    }

    /**
     * Short labels under one "Import" heading. Not a ToolBar: at 1024 px a tool bar moved the search box into its
     * overflow menu; here the buttons keep their text and the search box gives up width instead.
     */
    private HBox toolbar() {
        Label importHeading = new Label("Import");
        importHeading.getStyleClass().add("text-muted");
        Button files = new Button("Images...", Icons.of(Material2AL.ADD_PHOTO_ALTERNATE));
        files.setTooltip(new Tooltip("Import image files (Ctrl+I)"));
        files.setOnAction(e -> chooseFiles());
        Button folder = new Button("Folder...", Icons.of(Material2AL.CREATE_NEW_FOLDER));
        folder.setTooltip(new Tooltip("Import every image in a folder and its sub-folders (Ctrl+Shift+I)"));
        folder.setOnAction(e -> chooseFolder(false));
        Button byClass = new Button("Folder per class...", Icons.of(Material2AL.ACCOUNT_TREE));
        byClass.setTooltip(new Tooltip("Import a folder with one sub-folder per class (cat/, dog/): "
                + "the images come in labelled"));
        byClass.setOnAction(e -> chooseFolder(true));
        MenuButton sequences = new MenuButton("Series or text", Icons.of(Material2MZ.SHOW_CHART));
        sequences.setTooltip(new Tooltip("Import CSV time series or texts"));
        sequences.setId("import-sequences");
        MenuItem sequenceFiles = new MenuItem("CSV, TSV or text files...");
        sequenceFiles.setOnAction(e -> chooseSequenceFiles());
        MenuItem sequenceFolder = new MenuItem("Folder-per-class of CSV or text files...");
        sequenceFolder.setOnAction(e -> chooseSequenceFolder());
        sequences.getItems().addAll(sequenceFiles, sequenceFolder);
        sequences.disableProperty().bind(model.importRunningProperty());
        for (Button b : List.of(files, folder, byClass)) {
            b.disableProperty().bind(model.importRunningProperty());
        }
        search.setPromptText("Search file names");
        search.setLeft(Icons.of(Material2MZ.SEARCH));
        search.setPrefWidth(260);
        search.setMinWidth(140);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setId("library-search");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return ToolStrip.of(importHeading, files, folder, byClass, sequences, spacer, search);
    }

    private Node filterList() {
        ListView<FilterChoice> list = new ListView<>(model.filters());
        list.setId("library-filters");
        list.setPrefWidth(220);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FilterChoice item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(item.toString());
                setGraphic(item.labelClass().map(c -> (Node) new Circle(6, Color.web(c.color()))).orElse(null));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedFilterProperty().set(now);
            }
        });
        // Keep the list's selection on the model's filter when the list is refilled with fresh counts.
        model.selectedFilterProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });
        Label heading = new Label("Show");
        heading.getStyleClass().add("title-4");
        // Beside the filters it counts, not in the tool bar: there it left no room for the search box at 1024 px.
        Label count = new Label();
        count.setId("library-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.images().size() + " shown of "
                + model.totalImagesProperty().get(), model.images(), model.totalImagesProperty()));
        count.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox headingRow = new HBox(8, heading, gap, count);
        headingRow.setAlignment(Pos.BASELINE_LEFT);
        // Offered under the filters, and only in a project that has synthetic images: the tool bar has no room left
        // for it (it pushed the search box into the overflow menu), and elsewhere it would mean nothing.
        CheckBox synthetic = new CheckBox("Show synthetic images");
        synthetic.setId("library-show-synthetic");
        synthetic.selectedProperty().bindBidirectional(model.showSyntheticProperty());
        synthetic.setTooltip(new Tooltip("Images a GAN made (marked \"synthetic\"): they only "
                + "ever train, never validate or test"));
        synthetic.visibleProperty().bind(model.hasSyntheticProperty());
        synthetic.managedProperty().bind(synthetic.visibleProperty());
        ToggleButton map = new ToggleButton("Map of the project");
        map.setId("library-map-toggle");
        map.setMaxWidth(Double.MAX_VALUE);
        map.setTooltip(new Tooltip("Every example as a point: similar ones close together. Lasso some to label them."));
        map.selectedProperty().bindBidirectional(model.dataMap().showingMapProperty());
        VBox box = new VBox(6, headingRow, list, synthetic, map);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /**
     * A wheel notch scrolls one row of thumbnails. The grid's flow scrolled by the wheel's pixel delta, about 40 px a
     * notch: a quarter of a row, so a long project took four notches a row.
     */
    private static void scrollRowsPerNotch(GridView<ImageAsset> grid) {
        grid.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0 || e.isShortcutDown() || !(grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
                return;
            }
            double notches = e.getMultiplierY() > 0 ? e.getDeltaY() / e.getMultiplierY() : Math.signum(e.getDeltaY());
            flow.scrollPixels(-notches * (grid.getCellHeight() + grid.getVerticalCellSpacing() * 2));
            e.consume();
        });
    }

    private Node centre() {
        grid.setItems(model.images());
        grid.setCellWidth(ThumbnailCell.SIZE);
        grid.setCellHeight(ThumbnailCell.SIZE);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setId("library-grid");
        scrollRowsPerNotch(grid);
        grid.setCellFactory(g -> new ThumbnailCell(thumbnails, model));

        Label emptyProject = emptyState(Material2AL.ADD_PHOTO_ALTERNATE, "No images yet",
                "Drop photos or folders anywhere on this window, or use Import above.\n"
                        + "A folder with one sub-folder per class (cat/, dog/) imports with its labels.");
        String pickAnother = "Change the search or pick another filter.";
        Label noMatch = emptyState(Material2MZ.SEARCH_OFF, "No images match", pickAnother);
        // Named as the project's examples are: "No series match".
        noMatch.textProperty().bind(Bindings.createStringBinding(() -> "No " + model.kindProperty().get().plural()
                + " match\n\n" + pickAnother, model.kindProperty()));
        emptyProject.visibleProperty().bind(model.loadedProperty().and(model.totalImagesProperty().isEqualTo(0))
                .and(model.importRunningProperty().not()));
        noMatch.visibleProperty().bind(model.loadedProperty().and(model.totalImagesProperty().greaterThan(0))
                .and(Bindings.isEmpty(model.images())));
        grid.visibleProperty().bind(Bindings.isNotEmpty(model.images()));
        StackPane gridPane = new StackPane(grid, emptyProject, noMatch);
        Node map = new MapView(model.dataMap().map(), executor).node();
        gridPane.visibleProperty().bind(model.dataMap().showingMapProperty().not());
        map.visibleProperty().bind(model.dataMap().showingMapProperty());
        model.dataMap().showingMapProperty().addListener((o, was, now) -> {
            if (now) {
                model.dataMap().map().refreshSources();
            }
        });
        return new StackPane(gridPane, map);
    }

    private static Label emptyState(Ikon icon, String title, String hint) {
        Label label = new Label(title + "\n\n" + hint, Icons.of(icon, 48));
        label.setContentDisplay(ContentDisplay.TOP);
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setAlignment(Pos.CENTER);
        label.setTextAlignment(TextAlignment.CENTER);
        label.getStyleClass().add("empty-state");
        return label;
    }

    private Node importBar() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.importProgressProperty());
        bar.setPrefWidth(280);
        bar.setMinWidth(200);
        bar.visibleProperty().bind(model.importRunningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("import-status");
        status.textProperty().bind(model.importStatusProperty());
        // The status takes the free width and the buttons sit at the right end: Cancel stays where it is while the
        // text under it changes length ("Looking for images..." to "Importing 1,200 files: ...").
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button cancel = new Button("Cancel", Icons.of(Material2AL.CANCEL));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> model.cancelImport());
        cancel.visibleProperty().bind(model.importRunningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button showProblems = new Button();
        showProblems.setId("import-problems");
        showProblems.textProperty().bind(Bindings.size(model.problems()).asString("Show %d problems..."));
        showProblems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        showProblems.managedProperty().bind(showProblems.visibleProperty());
        showProblems.setOnAction(e -> ImportProblemsDialog.show(root.getScene().getWindow(), List.copyOf(model.problems())));
        Button dismiss = new Button("", Icons.of(Material2AL.CLOSE));
        dismiss.setOnAction(e -> model.dismissReport());
        dismiss.visibleProperty().bind(model.lastReportProperty().isNotNull());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        HBox box = new HBox(10, bar, status, showProblems, cancel, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("import-bar");
        box.visibleProperty().bind(model.importRunningProperty().or(model.lastReportProperty().isNotNull()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import images");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images", "*.jpg", "*.jpeg", "*.png", "*.bmp", "*.gif", "*.tif", "*.tiff",
                        "*.JPG", "*.JPEG", "*.PNG"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            model.startImport(ImportRequest.of(chosen.stream().map(File::toPath).toList()));
        }
    }

    private void chooseFolder(boolean folderPerClass) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(folderPerClass ? "Import a folder-per-class dataset (sub-folder names become classes)"
                : "Import a folder of images (with its sub-folders)");
        Optional.ofNullable(chooser.showDialog(root.getScene().getWindow())).map(File::toPath).ifPresent(dir ->
                model.startImport(folderPerClass ? ImportRequest.folderPerClass(dir) : ImportRequest.of(List.<Path>of(dir))));
    }

    private void chooseSequenceFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import series or text");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV, TSV and text files", "*.csv", "*.tsv", "*.txt", "*.CSV", "*.TXT"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            model.askSequenceImport(ImportRequest.of(chosen.stream().map(File::toPath).toList()));
        }
    }

    private void chooseSequenceFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder with one sub-folder of CSV or text files per class");
        Optional.ofNullable(chooser.showDialog(root.getScene().getWindow())).map(File::toPath)
                .ifPresent(dir -> model.askSequenceImport(ImportRequest.folderPerClass(dir)));
    }

    private void askSequenceOptions(ImportRequest request) {
        if (model.pendingSequenceImportProperty().get() != request || root.getScene() == null) {
            return;
        }
        SequenceImportViewModel options = new SequenceImportViewModel(request, SequenceFiles.firstTable(request.sources()));
        Optional<SequenceImport> plan =
                new SequenceImportDialog(root.getScene().getWindow(), options).ask();
        model.pendingSequenceImportProperty().set(null);
        plan.ifPresent(model::startSequenceImport);
    }

    /** The series and text import, for the menu. */
    public void importSequences() {
        chooseSequenceFiles();
    }

    /** Menu entry points share the toolbar's choosers. */
    public void importFiles() {
        chooseFiles();
    }

    public void importFolder(boolean folderPerClass) {
        chooseFolder(folderPerClass);
    }

    /** For tests: the grid. */
    GridView<ImageAsset> grid() {
        return grid;
    }
}
