package org.whiskerstudio.deploy;

import java.io.IOException;

/** An ONNX export whose model did not agree with DL4J; nothing was written. */
public final class OnnxParityFailed extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient OnnxParity parity;

    public OnnxParityFailed(OnnxParity parity) {
        super(parity.summary() + ": the ONNX model " + (parity.examples() == 0
                ? "could not be checked (no examples)" : parity.agreed() < parity.examples()
                ? "picks another class on " + (parity.examples() - parity.agreed()) + " of them"
                : "differs by more than " + OnnxParity.scientific(OnnxParity.LIMIT)) + "; nothing was written.");
        this.parity = parity;
    }

    public OnnxParity parity() {
        return parity;
    }
}
