package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.deploy.onnx.OnnxBundles;

/** Opens a bundle with the engine asked for; the ONNX engine never loads DL4J. */
public final class Engines {
    private Engines() {
    }

    public static ReadyBundle load(Path bundle, Engine engine) throws IOException {
        return switch (engine) {
            case DL4J -> {
                Bundles.Loaded loaded = Bundles.load(bundle);
                yield new ReadyBundle(loaded.card(), loaded.predictor(), engine, () -> { });
            }
            case ONNX -> {
                OnnxBundles.Loaded loaded = OnnxBundles.load(bundle);
                yield new ReadyBundle(loaded.card(), loaded.predictor(), engine, loaded::close);
            }
        };
    }
}
