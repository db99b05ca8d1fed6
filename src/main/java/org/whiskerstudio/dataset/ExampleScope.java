package org.whiskerstudio.dataset;

/** Which of a project's examples a run learns from. */
public enum ExampleScope {
    /** The examples with exactly one class: what a classifier (or an autoencoder of one normal class) learns. */
    LABELLED,
    /** Every example, labels or not: what an autoencoder learning the whole project learns. */
    ALL;

    /** The project read as this scope says. */
    public ClassificationData read(ClassificationDataReader reader) {
        return this == ALL ? reader.readAll() : reader.read();
    }
}
