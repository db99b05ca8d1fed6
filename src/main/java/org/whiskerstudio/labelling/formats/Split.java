package org.whiskerstudio.labelling.formats;

/** Which part of a dataset an image belongs to when exporting with splits; NONE when not splitting. */
public enum Split {
    NONE(""), TRAIN("train"), VAL("val"), TEST("test");

    private final String folderName;

    Split(String folderName) {
        this.folderName = folderName;
    }

    /** The name formats use for this split's folders and files ("train", "val", "test"; "" for NONE). */
    public String folderName() {
        return folderName;
    }
}
