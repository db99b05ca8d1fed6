package org.whiskerstudio.architecture;

/**
 * What one layer does, per example.
 *
 * @param output      the shape it produces (on the edges leaving it)
 * @param params      parameters, counted as DL4J counts them ({@code numParams()}), so the two always agree
 * @param macs        multiply-adds for one example in a forward pass
 * @param activations numbers it outputs for one example (for memory estimates)
 */
public record LayerReport(String nodeId, TensorShape output, long params, long macs, long activations) {
}
