package org.whiskerstudio.dataset;

/** How an image of another size is brought to the network's input size. */
public enum ResizeMode {
    /** Scale each axis on its own; fills the input, distorts the aspect ratio. */
    STRETCH("Stretch"),
    /** Scale to fit inside and pad the rest with black; keeps the aspect ratio and the whole image. */
    LETTERBOX("Letterbox"),
    /** Scale to cover and cut the overflow evenly from both sides; keeps the aspect ratio, loses the edges. */
    CENTER_CROP("Centre crop");

    private final String label;

    ResizeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
