package org.whiskerstudio.ui.detection;

/** A trained detector run the screens can offer: its id, name and the words a chooser shows. */
public record DetectorRun(long id, String name, String label) {
    @Override
    public String toString() {
        return label;
    }
}
