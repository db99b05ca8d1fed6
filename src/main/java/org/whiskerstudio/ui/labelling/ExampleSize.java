package org.whiskerstudio.ui.labelling;

import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.sequences.MediaKind;

/** An example's size on the Label screen, as its kind measures it (its width and height mean different things). */
final class ExampleSize {
    private ExampleSize() {
    }

    /** A picture's pixels, a series' steps and features, a text's characters and lines. */
    static String of(ImageAsset a) {
        return switch (MediaKind.of(a.format())) {
            case IMAGE -> a.width() + " x " + a.height();
            case SERIES -> a.height() + (a.height() == 1 ? " step, " : " steps, ") + a.width()
                    + (a.width() == 1 ? " feature" : " features");
            case TEXT -> a.width() + (a.width() == 1 ? " character, " : " characters, ") + a.height()
                    + (a.height() == 1 ? " line" : " lines");
        };
    }
}
