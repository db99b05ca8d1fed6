/**
 * Turns a validated {@link org.whiskerstudio.architecture.LayerGraph} into a DeepLearning4J configuration: a
 * MultiLayerConfiguration for chains, a ComputationGraphConfiguration for graphs with merges. The only place in the
 * architecture feature that imports DL4J.
 */
package org.whiskerstudio.architecture.dl4j;
