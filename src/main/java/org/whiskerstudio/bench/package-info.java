/**
 * {@code whisker bench ...}: benchmarks that print figures, kept apart from the product. They may drive screens
 * (the grid and labelling benchmarks build JavaFX views); only the CLI's registration of the command reaches in here.
 */
package org.whiskerstudio.bench;
