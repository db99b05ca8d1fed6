package org.whiskerstudio.labelling;

/**
 * Where a label came from. Evaluation needs it (test labels accepted from a model's suggestions flatter that model)
 * and exports keep it.
 */
public sealed interface LabelSource {
    /** The stored key ({@code annotation.source}). */
    String key();

    /** Typed (or drawn) by a person. */
    record Typed() implements LabelSource {
        @Override
        public String key() {
            return "typed";
        }
    }

    /** A run's suggestion that a person accepted, with the probability the run gave it. */
    record Suggested(long runId, double probability) implements LabelSource {
        @Override
        public String key() {
            return "suggested";
        }
    }

    /** Read from an interchange format (its id, e.g. {@code coco}). */
    record Imported(String format) implements LabelSource {
        @Override
        public String key() {
            return "imported";
        }
    }

    /** Given by the run that generated the image. */
    record Generated(long runId) implements LabelSource {
        @Override
        public String key() {
            return "generated";
        }
    }

    /** Made before the studio recorded provenance. */
    record Unknown() implements LabelSource {
        @Override
        public String key() {
            return "unknown";
        }
    }
}
