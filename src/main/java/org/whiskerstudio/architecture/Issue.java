package org.whiskerstudio.architecture;

/**
 * A mistake in a graph, said plainly at the layer where it is: "Kernel 5x5 is larger than its 3x3 input: use a
 * smaller kernel, SAME padding, or less pooling before it". {@code nodeId} is empty for the graph as a whole.
 */
public record Issue(String nodeId, String message) {
}
