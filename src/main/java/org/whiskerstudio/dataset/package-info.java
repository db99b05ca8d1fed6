/**
 * From the project store to training examples: the stored train/validation/test split, preprocessing (resize,
 * channels, normalisation), augmentation and the tensor cache. Free of DL4J; iterators live in {@code dataset.dl4j}.
 */
package org.whiskerstudio.dataset;
