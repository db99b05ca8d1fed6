package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.deploy.onnx.OnnxBundles;

/** Opens a bundle with the engine asked for; the ONNX engine never loads DL4J. */
public final class Engines {
    private Engines() {
    }

    /** {@link Engine#AUTO} becomes the engine the bundle allows; the ready bundle says which one answers. */
    public static ReadyBundle load(Path bundle, Engine engine) throws IOException {
        return switch (engine) {
            case AUTO -> load(bundle, hasOnnx(bundle) ? Engine.ONNX : Engine.DL4J);
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

    private static boolean hasOnnx(Path bundle) throws IOException {
        try (BundleFormat.Opened opened = BundleFormat.open(bundle)) {
            return opened.onnx().isPresent();
        }
    }
}
