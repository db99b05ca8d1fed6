/**
 * The Train screen: the run settings form, live loss and accuracy charts fed from the training thread at about ten
 * updates a second, pause/resume/stop, and the project's run history with overlaid curves.
 */
package org.whiskerstudio.ui.training;
