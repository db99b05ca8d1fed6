package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.rl.Sparring;
import org.whiskerstudio.training.AgentSettings;
import org.whiskerstudio.training.AgentSettings.Learner;

/**
 * The Train screen's settings of an agent, shown when the chosen architecture is one: how it learns, for how many
 * steps (DQN) or games (a table), the learning rate, the exploration schedule and, for noughts &amp; crosses, whom
 * it plays. Filled with the environment's defaults when an agent is chosen, and the learner's when it changes. The
 * seed and threads come from the {@link TrainingForm}.
 */
public final class AgentForm {
    private final ReadOnlyBooleanWrapper agent = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper board = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dqn = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Learner> learner = new SimpleObjectProperty<>(Learner.DQN);
    private final StringProperty steps = new SimpleStringProperty();
    private final StringProperty games = new SimpleStringProperty();
    private final StringProperty learningRate = new SimpleStringProperty();
    private final StringProperty epsilonStart = new SimpleStringProperty();
    private final StringProperty epsilonEnd = new SimpleStringProperty();
    private final StringProperty epsilonDecay = new SimpleStringProperty();
    private final ObjectProperty<Sparring> opponent = new SimpleObjectProperty<>(Sparring.MIXED);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private Optional<AgentEnvironment> environment = Optional.empty();
    private boolean loading;

    AgentForm() {
        load(AgentSettings.defaults(Learner.DQN));
        learner.addListener((o, before, now) -> {
            if (!loading && now != null && now != before) {
                load(AgentSettings.defaults(now));
            }
        });
        for (StringProperty p : List.of(steps, games, learningRate, epsilonStart, epsilonEnd, epsilonDecay)) {
            p.addListener(o -> check());
        }
        opponent.addListener(o -> check());
    }

    /** The chosen architecture is of this kind, acting in {@code acting} when it is an agent. */
    void setArchitecture(ModelKind kind, Optional<AgentEnvironment> acting) {
        boolean isAgent = kind == ModelKind.AGENT && acting.isPresent();
        if (isAgent && !acting.equals(environment)) {
            load(AgentSettings.defaults(acting.get()));
        }
        environment = isAgent ? acting : Optional.empty();
        agent.set(isAgent);
        board.set(acting.filter(e -> isAgent && e == AgentEnvironment.TICTACTOE).isPresent());
        check();
    }

    private void load(AgentSettings s) {
        loading = true;
        learner.set(s.learner());
        steps.set(Long.toString(s.steps()));
        games.set(Integer.toString(s.episodes()));
        learningRate.set(TrainingForm.plain(s.learningRate()));
        epsilonStart.set(TrainingForm.plain(s.epsilonStart()));
        epsilonEnd.set(TrainingForm.plain(s.epsilonEnd()));
        epsilonDecay.set(Long.toString(s.epsilonDecay()));
        opponent.set(s.opponent());
        loading = false;
        dqn.set(s.learner() == Learner.DQN);
        check();
    }

    private void check() {
        dqn.set(learner.get() == Learner.DQN);
        List<String> found = new ArrayList<>();
        settings(found);
        problems.setAll(agent.get() ? found : List.of());
    }

    private Optional<AgentSettings> settings(List<String> found) {
        Optional<AgentSettings> s = parse(found);
        s.ifPresent(valid -> environment.ifPresent(e -> found.addAll(valid.problems(e))));
        return found.isEmpty() ? s : Optional.empty();
    }

    private Optional<AgentSettings> parse(List<String> found) {
        try {
            return Optional.of(new AgentSettings(learner.get() == null ? Learner.DQN : learner.get(),
                    whole(steps, "Steps"), (int) Math.min(Integer.MAX_VALUE, whole(games, "Games")),
                    number(learningRate, "The learning rate"), number(epsilonStart, "Exploration from"),
                    number(epsilonEnd, "Exploration to"), whole(epsilonDecay, "Exploration over"),
                    opponent.get() == null ? Sparring.MIXED : opponent.get()));
        } catch (IllegalArgumentException e) {
            found.add(e.getMessage());
            return Optional.empty();
        }
    }

    private static long whole(StringProperty text, String name) {
        try {
            return Long.parseLong(text.get().strip().replace(",", ""));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(name + " must be a whole number (is \"" + text.get() + "\").");
        }
    }

    private static double number(StringProperty text, String name) {
        try {
            return Double.parseDouble(text.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(name + " must be a number (is \"" + text.get() + "\").");
        }
    }

    /** The settings when the form is valid. */
    public Optional<AgentSettings> settings() {
        return settings(new ArrayList<>());
    }

    /** Whether the chosen architecture is an agent. */
    public ReadOnlyBooleanProperty agentProperty() {
        return agent.getReadOnlyProperty();
    }

    /** Whether it plays noughts &amp; crosses (the opponent applies). */
    public ReadOnlyBooleanProperty boardProperty() {
        return board.getReadOnlyProperty();
    }

    /** Whether it learns by DQN (steps apply) rather than a table (games apply). */
    public ReadOnlyBooleanProperty dqnProperty() {
        return dqn.getReadOnlyProperty();
    }

    public ObjectProperty<Learner> learnerProperty() {
        return learner;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public StringProperty gamesProperty() {
        return games;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public StringProperty epsilonStartProperty() {
        return epsilonStart;
    }

    public StringProperty epsilonEndProperty() {
        return epsilonEnd;
    }

    public StringProperty epsilonDecayProperty() {
        return epsilonDecay;
    }

    public ObjectProperty<Sparring> opponentProperty() {
        return opponent;
    }

    /** What blocks Start for an agent; empty otherwise. */
    public ObservableList<String> problems() {
        return problemsView;
    }
}
