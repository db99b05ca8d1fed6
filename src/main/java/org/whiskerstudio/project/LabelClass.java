package org.whiskerstudio.project;

/** A class that images (and later boxes) can be labelled with, e.g. "cat". Colour is a CSS hex string. */
public record LabelClass(long id, String name, String color) {
}
