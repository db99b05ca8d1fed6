package org.whiskerstudio.ui.architecture;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.whiskerstudio.architecture.LearningCriterion;

/**
 * Starting a new architecture: first what the model learns from ({@link LearningCriterion}), then one of the
 * templates that learn that way. A criterion none of the project's templates serves cannot be chosen.
 */
final class TemplateChooserViewModel {
    private final ObjectProperty<LearningCriterion> criterion =
            new SimpleObjectProperty<>(LearningCriterion.SUPERVISED);
    private final FilteredList<ArchitectureServices.Template> shown;
    private final List<ArchitectureServices.Template> templates;

    TemplateChooserViewModel(List<ArchitectureServices.Template> templates) {
        this.templates = List.copyOf(templates);
        ObservableList<ArchitectureServices.Template> all = FXCollections.observableArrayList(templates);
        shown = new FilteredList<>(all, t -> t.criterion() == criterion.get());
        criterion.addListener((o, a, b) -> shown.setPredicate(t -> t.criterion() == b));
    }

    ObjectProperty<LearningCriterion> criterionProperty() {
        return criterion;
    }

    /** The templates of the chosen criterion, in the project's order. */
    ObservableList<ArchitectureServices.Template> shown() {
        return shown;
    }

    /** Whether the criterion can be chosen: some template learns that way. */
    boolean choosable(LearningCriterion c) {
        return templates.stream().anyMatch(t -> t.criterion() == c);
    }
}
