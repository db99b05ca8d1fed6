package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Train screen's architecture: the project's architectures and the chosen one (remembered in the project), why
 * the screen cannot train at all, and the data warnings, kind and classes of the chosen architecture, read off the FX
 * thread. The kind and classes go to the GAN form, which shows the settings of the kind.
 */
final class ArchitectureChoice {
    static final String NO_PROJECT = "Open a project to train.";
    private final UiTasks tasks;
    private final GanForm ganForm;
    private final AgentForm agentForm;
    private final ObservableList<String> architectures = FXCollections.observableArrayList();
    // One read-only view, kept: the wrapper listens to the list weakly, so a fresh one per call would lose listeners.
    private final ObservableList<String> architecturesView = FXCollections.unmodifiableObservableList(architectures);
    private final StringProperty architecture = new SimpleStringProperty("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(NO_PROJECT);
    private final ReadOnlyBooleanWrapper augments = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper resizes = new ReadOnlyBooleanWrapper(true);
    private Optional<TrainingProject> project = Optional.empty();

    ArchitectureChoice(UiTasks tasks, GanForm ganForm, AgentForm agentForm) {
        this.tasks = tasks;
        this.ganForm = ganForm;
        this.agentForm = agentForm;
        architecture.addListener((o, before, now) -> loadWarnings(now == null ? "" : now));
    }

    /** Another project (or none): nothing is chosen until its architectures are read. */
    void projectOpened(Optional<TrainingProject> next) {
        warnings.clear();
        architectures.clear();
        architecture.set("");
        project = next;
        emptyMessage.set(next.isEmpty() ? NO_PROJECT : "");
    }

    /** Re-reads the project's architectures and whether the chosen one can train. */
    void refresh() {
        String current = chosen();
        project.ifPresent(p -> tasks.submit(() -> ProjectState.read(p, current), state -> {
            if (project.orElse(null) == p) {
                apply(p, state);
            }
        }, "Cannot read the project"));
    }

    private record ProjectState(List<String> names, Optional<String> notReady, Optional<String> last) {
        /** Readiness is asked of the architecture {@link #apply} chooses: the current, else the last, else the first. */
        static ProjectState read(TrainingProject p, String current) {
            List<String> names = p.architectureNames();
            Optional<String> last = p.lastArchitecture();
            String target = names.contains(current) ? current
                    : last.filter(names::contains).orElse(names.isEmpty() ? "" : names.get(0));
            return new ProjectState(names, p.notReady(target), last);
        }
    }

    private void apply(TrainingProject p, ProjectState state) {
        architectures.setAll(state.names());
        if (!state.names().contains(chosen())) {
            architecture.set(state.last().filter(state.names()::contains)
                    .orElse(state.names().isEmpty() ? "" : state.names().get(0)));
        }
        if (p.service().isEmpty()) {
            emptyMessage.set("Training is not available in this build of Whisker Studio: its training engine is not "
                    + "installed.");
        } else if (state.names().isEmpty()) {
            emptyMessage.set("No architecture yet. Pick a template in Architecture first (Ctrl+3), then come back to train it.");
        } else if (state.notReady().isPresent()) {
            emptyMessage.set(state.notReady().get());
        } else {
            emptyMessage.set("");
        }
    }

    private void loadWarnings(String name) {
        warnings.clear();
        if (name.isEmpty()) {
            return;
        }
        project.ifPresent(p -> tasks.submit(() -> {
            p.rememberArchitecture(name);
            return p.service().map(s -> new DataCheck(s.dataWarnings(name), s.kindOf(name), s.classNames(),
                    s.augments(name), s.resizes(name), s.agentEnvironment(name))).orElse(new DataCheck(List.of(),
                    ModelKind.CLASSIFIER, List.of(), true, true, Optional.empty()));
        }, found -> {
            if (name.equals(chosen())) {
                warnings.setAll(found.warnings());
                ganForm.setArchitecture(found.kind(), found.classes());
                agentForm.setArchitecture(found.kind(), found.environment());
                augments.set(found.augments());
                resizes.set(found.resizes());
            }
        }, "Cannot check the data"));
    }

    private record DataCheck(List<String> warnings, ModelKind kind, List<String> classes, boolean augments,
                             boolean resizes, Optional<AgentEnvironment> environment) {
    }

    /** The chosen architecture, "" for none (a combo box may set null). */
    String chosen() {
        String name = architecture.get();
        return name == null ? "" : name;
    }

    /** Chooses {@code name} if the project has it. */
    void choose(String name) {
        if (architectures.contains(name)) {
            architecture.set(name);
        }
    }

    ObservableList<String> architectures() {
        return architecturesView;
    }

    StringProperty architectureProperty() {
        return architecture;
    }

    ObservableList<String> dataWarnings() {
        return warningsView;
    }

    ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty augmentsProperty() {
        return augments.getReadOnlyProperty();
    }

    /** Whether the chosen architecture takes pictures that a Resize setting brings to its input size. */
    ReadOnlyBooleanProperty resizesProperty() {
        return resizes.getReadOnlyProperty();
    }
}
