package org.whiskerstudio.ui.map;

/** What the map's colours say. */
public enum ColourBy {
    LABEL("Label"),
    SUGGESTION("Suggested class"),
    CLUSTER("Cluster"),
    ANOMALY("Anomaly score");

    private final String label;

    ColourBy(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
