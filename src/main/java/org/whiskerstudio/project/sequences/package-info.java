/**
 * Sequence examples stored in a project next to images: numeric series (one CSV file per labelled sequence) and
 * texts. They live in the {@code image} table like images (content-hash names, tags, parts); their {@code format}
 * column says which kind they are ({@link org.whiskerstudio.project.sequences.MediaKind}).
 */
package org.whiskerstudio.project.sequences;
