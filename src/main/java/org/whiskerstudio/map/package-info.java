/**
 * The map of a project: every example as a point in 2-D, from embeddings (a cheap descriptor, or a trained run's
 * activations at its embedding layer), reduced by PCA and laid out by UMAP, cached per source in the project's cache
 * folder; k-means clusters, the hit tests behind hover and lasso, labelling a selection in one undoable edit, and the
 * figures that say how well a map separates known classes. {@code map.dl4j} computes a run's embeddings.
 */
package org.whiskerstudio.map;
