package org.whiskerstudio.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.settings.ThemeChoice;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.exchange.ExchangeDialogs;
import org.whiskerstudio.ui.library.LibraryView;

/** The main window's menu bar: File, View (one item per stage, the theme) and Help, with their accelerators. */
final class ShellMenu {
    /** What the menus ask of the window, beyond its view model. */
    interface Actions {
        void newProject();

        void openProject();

        void quit();
    }

    private final ShellViewModel model;
    private final Stage stage;
    private final Supplier<LibraryView> library;
    private final Actions actions;

    ShellMenu(ShellViewModel model, Stage stage, Supplier<LibraryView> library, Actions actions) {
        this.model = model;
        this.stage = stage;
        this.library = library;
        this.actions = actions;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), view(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        MenuItem newProject = item("New project...", "Shortcut+N", Material2AL.ADD_BOX, actions::newProject);
        MenuItem open = item("Open project...", "Shortcut+O", Material2AL.FOLDER_OPEN, actions::openProject);
        Menu recent = new Menu("Open recent");
        model.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        Menu samples = new Menu("Open sample");
        samples.setId("menu-samples");
        for (SampleProjects.Sample sample : SampleProjects.ALL) {
            MenuItem m = item(sample.title(), null, null, () -> model.openSample(sample));
            m.setId("menu-sample-" + sample.id());
            samples.getItems().add(m);
        }
        MenuItem close = item("Close project", "Shortcut+W", null, model::closeProject);
        MenuItem importFiles = item("Import images...", "Shortcut+I", Material2AL.ADD_PHOTO_ALTERNATE,
                () -> library.get().importFiles());
        MenuItem importFolder = item("Import folder...", "Shortcut+Shift+I", Material2AL.CREATE_NEW_FOLDER,
                () -> library.get().importFolder(false));
        MenuItem importByClass = item("Import folder-per-class dataset...", null, Material2AL.ACCOUNT_TREE,
                () -> library.get().importFolder(true));
        MenuItem importLabels = item("Import labelled dataset (COCO, VOC, YOLO, ...)...", "Shortcut+Shift+L", null,
                () -> ExchangeDialogs.importLabels(stage, model.exchange()));
        MenuItem export = item("Export dataset...", "Shortcut+E", null, () -> ExchangeDialogs.export(stage, model.exchange()));
        for (MenuItem m : List.of(close, importFiles, importFolder, importByClass, importLabels, export)) {
            m.disableProperty().bind(model.sessionProperty().isNull());
        }
        MenuItem quit = item("Quit", "Shortcut+Q", null, actions::quit);
        return new Menu("File", null, newProject, open, recent, samples, close, new SeparatorMenuItem(),
                importFiles, importFolder, importByClass, importLabels, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
    }

    private Menu view() {
        Menu view = new Menu("View");
        int key = 1;
        for (PipelineStage s : PipelineStage.values()) {
            MenuItem m = item(s.title(), "Shortcut+" + key++, s.icon(), () -> model.showStage(s));
            m.disableProperty().bind(model.sessionProperty().isNull());
            view.getItems().add(m);
        }
        MenuItem find = item("Search file names", "Shortcut+F", Material2MZ.SEARCH, () -> {
            model.showStage(PipelineStage.DATA);
            library.get().focusSearch();
        });
        find.disableProperty().bind(model.sessionProperty().isNull());
        view.getItems().addAll(new SeparatorMenuItem(), find, new SeparatorMenuItem(), theme());
        return view;
    }

    /** Light, Dark or Follow the desktop, one of them ticked. */
    private Menu theme() {
        Menu menu = new Menu("Theme");
        menu.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem m = new RadioMenuItem(switch (choice) {
                case LIGHT -> "Light";
                case DARK -> "Dark";
                case SYSTEM -> "Follow the desktop";
            });
            m.setId("menu-theme-" + choice.name().toLowerCase(Locale.ROOT));
            m.setToggleGroup(group);
            m.setSelected(model.theme().choiceProperty().get() == choice);
            model.theme().choiceProperty().addListener((obs, old, now) -> m.setSelected(now == choice));
            m.setOnAction(e -> model.theme().choose(choice));
            menu.getItems().add(m);
        }
        return menu;
    }

    private Menu help() {
        MenuItem tour = item("Take the tour", null, Material2MZ.TOUR, () -> model.tour().start());
        tour.setId("menu-tour");
        return new Menu("Help", null, item("Keyboard shortcuts", "F1", Material2AL.KEYBOARD,
                () -> ShortcutsDialog.show(stage)), tour);
    }

    private static MenuItem item(String text, String accelerator, Ikon icon, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : Icons.of(icon));
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : model.recentProjects()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> model.openProject(p));
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }
}
