/**
 * Bringing examples into a project: images (scanning files and folders, decoding safely, hashing, thumbnails),
 * CSV time series (one per file, or windows cut from a long labelled series) and texts (.txt files or CSV/TSV
 * records), all stored by content hash and recorded in batches.
 */
package org.whiskerstudio.project.imports;
