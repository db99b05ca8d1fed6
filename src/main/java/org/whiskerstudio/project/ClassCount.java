package org.whiskerstudio.project;

/** How many images carry a class as an image-level tag. */
public record ClassCount(LabelClass labelClass, int images) {
}
