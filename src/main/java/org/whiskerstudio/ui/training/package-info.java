/**
 * The Train screen: the run settings form, live loss and accuracy charts fed from the training thread at about ten
 * updates a second, pause/resume/stop, the project's run history with overlaid curves, and the Generate panel that
 * makes images with a GAN run's generator.
 */
package org.whiskerstudio.ui.training;
