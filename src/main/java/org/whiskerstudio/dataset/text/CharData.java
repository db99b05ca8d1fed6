package org.whiskerstudio.dataset.text;

import java.util.Optional;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.SequenceUnreadable;

/**
 * A project's text made ready for a next-character model: the vocabulary fitted on the whole corpus, the first
 * {@code 1 - VALIDATION_SHARE} of it as training windows, the tail as validation windows (when it is long enough
 * for one). The template and the trainer fit the vocabulary the same way, so the template's input matches.
 *
 * @param validation empty when the tail is shorter than one window
 */
public record CharData(CharVocabulary vocabulary, CharWindows train, Optional<CharWindows> validation,
                       int corpusChars, int examples, long unknownChars) {
    /** Characters seen fewer times than this become the unknown symbol (typos, stray accents). */
    public static final int MIN_COUNT = 5;
    /** Characters per window, Karpathy's char-rnn default. */
    public static final int STEPS = 100;
    /** The tail of the corpus kept for the validation loss. */
    public static final double VALIDATION_SHARE = 0.05;
    /** The template's vocabulary when the project has no text yet: printable ASCII, newline and unknown. */
    static final int FALLBACK_VOCABULARY = 97;

    /**
     * @throws IllegalArgumentException when there is no text, or too little for one window of {@code steps}
     * @throws SequenceUnreadable       naming a stored text that cannot be read
     */
    public static CharData prepare(ProjectStore store, Optional<String> className, int steps)
            throws SequenceUnreadable {
        return of(CharCorpus.read(store, className), steps);
    }

    /** As {@link #prepare}, for a corpus already read. */
    public static CharData of(CharCorpus corpus, int steps) {
        CharVocabulary vocabulary = CharVocabulary.fit(corpus.text(), MIN_COUNT);
        int cut = corpus.validationStart(VALIDATION_SHARE);
        int[] head = vocabulary.encode(corpus.text().substring(0, cut));
        int[] tail = vocabulary.encode(corpus.text().substring(cut));
        CharWindows train = new CharWindows(head, steps, "The training text (the first "
                + Math.round(100 * (1 - VALIDATION_SHARE)) + "% of the project's texts)");
        Optional<CharWindows> validation = tail.length > steps ? Optional.of(new CharWindows(tail, steps, "")) : Optional.empty();
        return new CharData(vocabulary, train, validation, corpus.text().length(), corpus.examples(),
                vocabulary.unknownCount(corpus.text()));
    }

    /** The vocabulary size of the project's texts, or a printable-ASCII size when it has none (or they are unreadable). */
    public static int vocabularySize(ProjectStore store) {
        try {
            return CharVocabulary.fit(CharCorpus.read(store, Optional.empty()).text(), MIN_COUNT).size();
        } catch (IllegalArgumentException | SequenceUnreadable e) {
            return FALLBACK_VOCABULARY;
        }
    }
}
