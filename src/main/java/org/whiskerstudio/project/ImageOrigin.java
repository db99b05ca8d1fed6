package org.whiskerstudio.project;

/**
 * Where a batch of new images came from. The class tags the batch brings carry it as their label provenance
 * (written in the same transaction as the tags), so a model trained on them can be told apart from one trained on
 * labels a person typed.
 */
public sealed interface ImageOrigin {
    /** Files a person brought in; {@code format} names the import ("folders", "series", "text", "sample"). */
    record Imported(String format) implements ImageOrigin {
    }

    /** Images a run's generator made; they are kept out of validation and test. */
    record Generated(long runId) implements ImageOrigin {
    }
}
