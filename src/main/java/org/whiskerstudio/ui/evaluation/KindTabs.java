package org.whiskerstudio.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Evaluate screen's faces by what its runs learnt: classifier runs as ever, and once the project has detector or
 * agent runs, a tab for each kind it has beside the classes' one (the first kind with runs in front when no
 * classifier run is there to evaluate).
 */
final class KindTabs {
    private final TabPane tabs = new TabPane();
    private final Tab classes = new Tab("Classes");
    private final Tab boxes = new Tab("Boxes (detectors)");
    private final Tab agents = new Tab("Agents (rewards)");

    KindTabs(Node detection, Node agent) {
        classes.setId("evaluation-classes-tab");
        boxes.setId("evaluation-boxes-tab");
        agents.setId("evaluation-agents-tab");
        boxes.setContent(detection);
        agents.setContent(agent);
        tabs.getTabs().setAll(classes, boxes);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("evaluation-kinds");
    }

    /** Which kinds of run the project has. */
    record Present(boolean classifiers, boolean detectors, boolean agents) {
    }

    /** What the screen shows: {@code classifier} alone, or in its tab beside the other kinds' tabs. */
    Node around(Node classifier, Present present) {
        if (!present.detectors() && !present.agents()) {
            classes.setContent(null); // a node has one parent: the screen takes it back
            return classifier;
        }
        boolean first = classes.getContent() == null;
        classes.setContent(classifier);
        List<Tab> shown = new ArrayList<>(List.of(classes));
        if (present.detectors()) {
            shown.add(boxes);
        }
        if (present.agents()) {
            shown.add(agents);
        }
        if (!tabs.getTabs().equals(shown)) {
            tabs.getTabs().setAll(shown);
        }
        if (first) {
            tabs.getSelectionModel().select(present.classifiers() ? classes : shown.get(1));
        }
        return tabs;
    }

    TabPane tabs() {
        return tabs;
    }
}
