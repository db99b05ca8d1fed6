/** Undoable edits: commands on a stack, shared by the label canvas and the layer editor (as Scene Builder's jobs). */
package org.whiskerstudio.common.edit;
