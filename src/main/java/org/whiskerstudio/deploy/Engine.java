package org.whiskerstudio.deploy;

/** Which runtime runs a bundle's model for {@code whisker predict}, {@code serve} and {@code bench predict}. */
public enum Engine {
    /** DL4J on the bundle's {@code model.zip} (every bundle has one). */
    DL4J("DL4J"),
    /** ONNX Runtime on the bundle's {@code model.onnx} ({@code whisker bundle --onnx}). */
    ONNX("ONNX Runtime"),
    /**
     * ONNX Runtime when the bundle carries a checked {@code model.onnx}, else DL4J: the default, since ONNX Runtime
     * predicts one example 10-20 times faster here (README, "bench predict"; issue 19's bench speed).
     */
    AUTO("ONNX Runtime if the bundle has model.onnx, else DL4J");

    /** The option's help text, shared by the commands that take {@code --engine}. */
    public static final String HELP = "auto (ONNX Runtime when the bundle has model.onnx, else DL4J), dl4j (the "
            + "bundle's model.zip) or onnx (ONNX Runtime on the bundle's model.onnx, from whisker bundle --onnx); "
            + "default: auto";

    private final String displayName;

    Engine(String displayName) {
        this.displayName = displayName;
    }

    /** The runtime's name as printed to a user: "DL4J" or "ONNX Runtime". */
    public String displayName() {
        return displayName;
    }

    /** "auto", "dl4j" or "onnx", in any case. */
    public static Engine parse(String name) {
        for (Engine e : values()) {
            if (e.name().equalsIgnoreCase(name.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown --engine \"" + name + "\"; known: auto, dl4j, onnx");
    }
}
