package org.whiskerstudio.project;

/** Which images to list: a label filter and a case-insensitive file-name search. */
public record ImageQuery(LabelFilter filter, String nameContains) {
    public static final ImageQuery ALL = new ImageQuery(new LabelFilter.All(), "");

    public ImageQuery {
        nameContains = nameContains == null ? "" : nameContains.strip();
    }

    /** Which images pass by their labels. */
    public sealed interface LabelFilter {
        /** Every image. */
        record All() implements LabelFilter {
        }

        /** Images with no label at all (no tag, box or polygon). */
        record Unlabelled() implements LabelFilter {
        }

        /** Images with any label (tag, box or polygon) of one class. */
        record OfClass(long classId) implements LabelFilter {
        }
    }
}
