/** Labels on images: image-level tags, boxes and polygons; their storage, undoable edits and interchange formats. */
package org.whiskerstudio.labelling;
