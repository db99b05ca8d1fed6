/** The Deploy screen: try a model on images, predict a folder into a CSV, export and import model bundles. */
package org.whiskerstudio.ui.deploy;
