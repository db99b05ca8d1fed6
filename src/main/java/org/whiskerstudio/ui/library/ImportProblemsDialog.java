package org.whiskerstudio.ui.library;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.whiskerstudio.common.Problem;

/** Lists the files an import could not take, each with the reason; the list can be copied. */
final class ImportProblemsDialog {
    private ImportProblemsDialog() {
    }

    static void show(Window owner, List<Problem> problems) {
        TableView<Problem> table = new TableView<>();
        TableColumn<Problem, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        file.setPrefWidth(420);
        TableColumn<Problem, String> reason = new TableColumn<>("Problem");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(420);
        table.getColumns().add(file);
        table.getColumns().add(reason);
        table.getItems().setAll(problems);
        table.setPrefSize(900, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button copy = new Button("Copy list");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(content);
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import problems");
        dialog.setHeaderText(problems.size() + " file" + (problems.size() == 1 ? " was" : "s were")
                + " not imported. Everything else was.");
        dialog.getDialogPane().setContent(new VBox(8, table, copy));
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }
}
