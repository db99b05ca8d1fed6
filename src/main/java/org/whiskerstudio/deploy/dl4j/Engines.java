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

    /**
     * {@link Engine#AUTO} becomes the engine the bundle allows (a detector's bundle has no {@code model.onnx}: DL4J);
     * the ready bundle says which one answers. The bundle is opened and checked once, whichever engine it gets.
     */
    public static ReadyBundle load(Path bundle, Engine engine) throws IOException {
        String label = bundle.getFileName().toString();
        try (BundleFormat.Opened opened = BundleFormat.open(bundle)) {
            Engine chosen = engine != Engine.AUTO ? engine : opened.onnx().isPresent() ? Engine.ONNX : Engine.DL4J;
            return switch (chosen) {
                case DL4J, AUTO -> {
                    Bundles.Loaded loaded = Bundles.load(opened, label);
                    yield new ReadyBundle(loaded.card(), loaded.predictor(), Engine.DL4J, () -> { });
                }
                case ONNX -> {
                    OnnxBundles.Loaded loaded = OnnxBundles.load(opened, label);
                    yield new ReadyBundle(loaded.card(), loaded.predictor(), chosen, loaded::close);
                }
            };
        }
    }
}
