package org.whiskerstudio.labelling;

/** How far labelling has come: images in all, with at least one label, and marked reviewed. */
public record LabellingProgress(int images, int labelled, int reviewed) {
    public double labelledFraction() {
        return images == 0 ? 0 : (double) labelled / images;
    }
}
