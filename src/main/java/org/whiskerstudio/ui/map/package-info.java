/**
 * The map of a project as a self-contained component, hosted by the Data screen and as a tab of Evaluate: points on
 * a canvas coloured by label, suggested class or cluster, pan and zoom, hover thumbnails, click to label, lasso to
 * select, and the selection labelled in one undoable edit or shown in the Data grid.
 */
package org.whiskerstudio.ui.map;
