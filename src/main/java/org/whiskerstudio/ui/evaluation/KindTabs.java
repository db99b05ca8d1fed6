package org.whiskerstudio.ui.evaluation;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Evaluate screen's faces by what its runs learnt: classifier runs as ever, and once the project has detector
 * runs, two tabs, classes and boxes (the boxes' tab in front when no classifier run is there to evaluate).
 */
final class KindTabs {
    private final TabPane tabs = new TabPane();
    private final Tab classes = new Tab("Classes");
    private final Tab boxes = new Tab("Boxes (detectors)");

    KindTabs(Node detection) {
        classes.setId("evaluation-classes-tab");
        boxes.setId("evaluation-boxes-tab");
        boxes.setContent(detection);
        tabs.getTabs().setAll(classes, boxes);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("evaluation-kinds");
    }

    /** What the screen shows: {@code classifier} alone, or in its tab beside the boxes' one. */
    Node around(Node classifier, boolean detectors, boolean classifiers) {
        if (!detectors) {
            classes.setContent(null); // a node has one parent: the screen takes it back
            return classifier;
        }
        boolean first = classes.getContent() == null;
        classes.setContent(classifier);
        if (first) {
            tabs.getSelectionModel().select(classifiers ? classes : boxes);
        }
        return tabs;
    }

    TabPane tabs() {
        return tabs;
    }
}
