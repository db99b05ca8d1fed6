package org.whiskerstudio.ui.labelling;

/** Where an image stands in labelling. */
public enum ImageStatus {
    UNLABELLED("Unlabelled"), LABELLED("Labelled"), REVIEWED("Labelled and reviewed");

    private final String title;

    ImageStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
