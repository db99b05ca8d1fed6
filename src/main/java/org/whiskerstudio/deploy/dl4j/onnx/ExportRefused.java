package org.whiskerstudio.deploy.dl4j.onnx;

/** A block of the network that ONNX export cannot write; the message names the block and says why. */
public final class ExportRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String block;

    ExportRefused(String block, String why) {
        super("Cannot export block \"" + block + "\" to ONNX: " + why);
        this.block = block;
    }

    /** The block's name in the network. */
    public String block() {
        return block;
    }
}
