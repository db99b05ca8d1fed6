/** Labelling edits as undoable commands, each saved to the store at once. */
package org.whiskerstudio.labelling.edit;
