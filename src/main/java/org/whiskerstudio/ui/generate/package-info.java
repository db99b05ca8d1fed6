/** The Generate panel: images from a GAN run's generator, previewed and added to the project as synthetic images. */
package org.whiskerstudio.ui.generate;
