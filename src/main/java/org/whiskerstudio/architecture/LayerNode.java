package org.whiskerstudio.architecture;

/** A block in the graph: a stable id (edges refer to it), a name shown on the block, and its spec. */
public record LayerNode(String id, String name, LayerSpec spec) {
}
