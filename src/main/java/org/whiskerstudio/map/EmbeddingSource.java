package org.whiskerstudio.map;

/** Where a map's embeddings come from: the cheap descriptor (works on a fresh import) or a trained run's layer. */
public sealed interface EmbeddingSource {
    /** Names the source in cache files and the CLI ("descriptor", "run-7"). */
    String key();

    /** Says it to a person. */
    String label();

    /** Downsampled grey pixels and a colour histogram, a resampled series, or hashed character n-grams. */
    record Descriptor() implements EmbeddingSource {
        @Override
        public String key() {
            return "descriptor";
        }

        @Override
        public String label() {
            return "Descriptor (no run)";
        }
    }

    /** A run's activations at its embedding layer ({@link EmbeddingLayer}). */
    record Run(long runId) implements EmbeddingSource {
        @Override
        public String key() {
            return "run-" + runId;
        }

        @Override
        public String label() {
            return "Run " + runId;
        }
    }
}
