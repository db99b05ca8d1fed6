/** The Label screen: tags, boxes and polygons drawn on a zoomable canvas, driven by keys, every edit undoable. */
package org.whiskerstudio.ui.labelling;
