package org.whiskerstudio.dataset.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.TextExample;

/**
 * A project's text examples (all, or those of one class) joined in import order, one blank line between two
 * examples, so a book imported one chapter per example reads as the book.
 *
 * @param examples how many text examples were joined
 */
public record CharCorpus(String text, int examples) {
    /** 64 MB of text: far more than a desktop trains a character model on in a day. */
    public static final int MAX_CHARS = 64 << 20;
    static final String SEPARATOR = "\n\n";

    /**
     * @param className only the texts of this class; empty for all the project's texts
     * @throws IllegalArgumentException when the project has no text (of that class), or the class is unknown
     * @throws SequenceUnreadable       naming a stored text that cannot be read
     */
    public static CharCorpus read(ProjectStore store, Optional<String> className) throws SequenceUnreadable {
        ImageQuery query = ImageQuery.ALL;
        if (className.isPresent()) {
            LabelClass label = store.labelClasses().stream().filter(c -> c.name().equals(className.get())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The project has no class \"" + className.get()
                            + "\"; it has " + store.labelClasses().stream().map(LabelClass::name).toList() + "."));
            query = new ImageQuery(new ImageQuery.LabelFilter.OfClass(label.id()), "");
        }
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (ImageAsset asset : store.images(query)) {
            if (MediaKind.of(asset.format()) != MediaKind.TEXT) {
                continue;
            }
            String text = TextExample.read(store.layout().resolveStored(asset.storedPath()));
            chars += text.length() + SEPARATOR.length();
            if (chars > MAX_CHARS) {
                throw new IllegalArgumentException("The project's texts hold more than " + (MAX_CHARS >> 20)
                        + " million characters; train on one class of them.");
            }
            texts.add(text);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(className.map(c -> "The class \"" + c + "\" has no text examples.")
                    .orElse("The project has no text examples: import .txt files (or open the Moby Dick sample) "
                            + "to train a character model."));
        }
        return new CharCorpus(String.join(SEPARATOR, texts), texts.size());
    }

    /** Where the validation tail begins: the last {@code fraction} of the text, cut at a code-point boundary. */
    public int validationStart(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("the validation share must be at least 0 and below 1, not " + fraction);
        }
        int start = (int) Math.round(text.length() * (1 - fraction));
        return start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start)) ? start - 1 : start;
    }
}
