package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.project.LabelClass;

/** The project's classes with their counts, in key order (key 1 is the first), and the class new shapes get. */
final class ClassList {
    private final ObservableList<ClassUsage> usage = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<LabelClass>> active = new SimpleObjectProperty<>(Optional.empty());

    /** Takes fresh counts; the active class stays (with its new name or colour) unless it is gone, then the first one is. */
    void setUsage(List<ClassUsage> next) {
        usage.setAll(next);
        Optional<LabelClass> still = active.get().flatMap(c -> usageOf(c.id())).map(ClassUsage::labelClass);
        active.set(still.or(() -> usage.stream().findFirst().map(ClassUsage::labelClass)));
    }

    void clear() {
        usage.clear();
    }

    /** The class on a number key, or why there is none. */
    Optional<LabelClass> byKey(int number) {
        return number >= 1 && number <= usage.size() ? Optional.of(usage.get(number - 1).labelClass()) : Optional.empty();
    }

    String noClassForKey(int number) {
        return usage.isEmpty() ? "Create a class first (+ in the class panel)."
                : "No class has key " + number + "; there are " + usage.size() + ".";
    }

    Optional<ClassUsage> usageOf(long classId) {
        return usage.stream().filter(u -> u.labelClass().id() == classId).findFirst();
    }

    ObservableList<ClassUsage> usage() {
        return usage;
    }

    ObjectProperty<Optional<LabelClass>> activeProperty() {
        return active;
    }
}
