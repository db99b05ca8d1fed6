package org.whiskerstudio.deploy.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.RecordPredictor;

/** A bundle's {@code model.onnx} in ONNX Runtime, with no DL4J involved: the ONNX engine of predict and serve. */
public final class OnnxBundles {
    private OnnxBundles() {
    }

    /** A bundle's card and its ONNX model ready to predict; closing it ends the ONNX Runtime session. */
    public record Loaded(ModelCard card, RecordPredictor predictor, OnnxRecordModel model) implements AutoCloseable {
        @Override
        public void close() {
            model.close();
        }
    }

    /**
     * Checks the bundle as every bundle is checked ({@link BundleFormat#open}: entries, card, hashes), then opens its
     * {@code model.onnx} and checks it gives one probability per class.
     *
     * @throws BundleRefused when the bundle has no {@code model.onnx}, or ONNX Runtime refuses it
     */
    public static Loaded load(Path bundle) throws IOException {
        try (BundleFormat.Opened opened = BundleFormat.open(bundle)) {
            return load(opened, bundle.getFileName().toString());
        }
    }

    /** The same for a bundle already opened (and so checked) by {@link BundleFormat#open}; {@code label} names it. */
    public static Loaded load(BundleFormat.Opened opened, String label) throws IOException {
        ModelCard card = opened.card();
        if (card.detector().isPresent()) {
            throw new BundleRefused(label + " is a detector's bundle: it has no " + BundleFormat.ONNX + " (its boxes "
                    + "are decoded after the network); use --engine auto or dl4j.");
        }
        if (opened.onnx().isEmpty()) {
            throw new BundleRefused(label + " has no " + BundleFormat.ONNX + " for ONNX Runtime; make the bundle "
                    + "with whisker bundle PROJECT --run N --onnx (or \"with ONNX\" on the Deploy screen), or use "
                    + "--engine dl4j.");
        }
        OnnxRecordModel model;
        try {
            model = new OnnxRecordModel(OnnxModel.load(Files.readAllBytes(opened.onnx().get()), 0), card.classes(),
                    card.preprocessing());
        } catch (IllegalArgumentException e) {
            throw new BundleRefused(label + "!" + BundleFormat.ONNX + ": " + e.getMessage(), e);
        }
        return new Loaded(card, checked(label, model), model);
    }

    /** The warm-up pass doubles as the check that the model answers one probability per class of the card. */
    private static RecordPredictor checked(String label, OnnxRecordModel model) throws BundleRefused {
        float[][] out;
        try {
            out = model.probabilities(List.of(new byte[model.preprocessing().recordBytes()]));
        } catch (IllegalStateException e) {
            model.close();
            throw new BundleRefused(label + "!" + BundleFormat.ONNX + " does not take the card's input: "
                    + e.getMessage(), e);
        }
        if (out[0].length != model.classes().size()) {
            model.close();
            throw new BundleRefused(label + "!" + BundleFormat.ONNX + " gives " + out[0].length
                    + " outputs but the card names " + model.classes().size() + " classes.");
        }
        return new RecordPredictor(model);
    }
}
