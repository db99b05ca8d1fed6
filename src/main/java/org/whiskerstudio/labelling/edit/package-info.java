/** Edits as undoable commands on a stack, each saved to the store at once (as in Scene Builder's JobManager). */
package org.whiskerstudio.labelling.edit;
