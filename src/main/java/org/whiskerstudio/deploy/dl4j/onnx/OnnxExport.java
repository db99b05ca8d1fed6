package org.whiskerstudio.deploy.dl4j.onnx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import onnx.Onnx.ModelProto;
import onnx.Onnx.StringStringEntryProto;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.OnnxParityFailed;
import org.whiskerstudio.deploy.dl4j.Bundles;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.NotAClassifier;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * A trained run or a bundle as {@code model.onnx}, kept only when it agrees with DL4J on up to 200 examples: the
 * same top class on all of them and no output further than {@link OnnxParity#LIMIT} apart. A failed check writes
 * nothing; a passed one moves the whole file into place at once.
 */
public final class OnnxExport {
    private OnnxExport() {
    }

    /**
     * A run's best model, checked on the project's test part (random inputs when it has none); a GAN run's
     * generator, checked on seeded noise.
     */
    public static OnnxParity ofRun(ProjectStore store, long runId, Path out, Progress progress) throws IOException {
        progress.update(0, 3, "Reading the model of run " + runId);
        OpenedRun run = new RunStore(store).open(runId);
        if (run.run().kind() == ModelKind.GAN) {
            return GeneratorExport.ofRun(run, out, progress);
        }
        if (run.run().kind() == ModelKind.CHARACTER_MODEL) {
            throw new NotAClassifier("Run \"" + run.name() + "\" (run " + runId + ") is a character model: ONNX export "
                    + "takes classifiers and GAN generators; write its text with whisker generate-text.");
        }
        NotAClassifier.refuseNonClassifier(run.run());
        return ofProjectModel(store, TrainedModel.ofRun(store, run), run.name(), out, progress);
    }

    /** A model of the project's, already read, checked on the project's test part as {@link #ofRun} does. */
    public static OnnxParity ofProjectModel(ProjectStore store, TrainedModel model, String name, Path out,
                                            Progress progress) throws IOException {
        return export(model, name, ParityExamples.ofProject(store, model, ParityExamples.COUNT), out, progress);
    }

    /** A bundle's model (checked as any bundle is), checked on seeded random inputs: a bundle carries no data. */
    public static OnnxParity ofBundle(Path bundle, Path out, Progress progress) throws IOException {
        progress.update(0, 3, "Reading " + bundle.getFileName());
        Bundles.Loaded loaded = Bundles.load(bundle);
        TrainedModel model = loaded.predictor().model();
        return export(model, loaded.card().name(), ParityExamples.random(model.preprocessing(), model.normalisation(),
                ParityExamples.COUNT, 1), out, progress);
    }

    /** Writes {@code model}, checks it on {@code examples} and keeps it at {@code out} only if ONNX Runtime agrees. */
    public static OnnxParity export(TrainedModel model, String name, ParityExamples.Examples examples, Path out,
                             Progress progress) throws IOException {
        progress.update(1, 3, "Writing the ONNX model");
        return keepIfAgrees(model, write(model, name), examples, out, progress);
    }

    /** The model with its input stage and metadata, not yet checked. */
    public static ModelProto write(TrainedModel model, String name) throws JsonProcessingException {
        return OnnxWriter.write(model.dl4jModel(), new OnnxInput.Studio(model.preprocessing(), model.layout(),
                model.normalisation()), metadata(model, name));
    }

    /** Checks {@code proto} against DL4J; writes it (with the parity line) to {@code out} only if it passes. */
    static OnnxParity keepIfAgrees(TrainedModel model, ModelProto proto, ParityExamples.Examples examples, Path out,
                                   Progress progress) throws IOException {
        progress.update(2, 3, "Checking it against DL4J on " + examples.from());
        OnnxParity parity = ParityCheck.of(model, proto.toByteArray(), examples.records(), examples.from());
        return keepIfPassed(proto, parity, out, progress);
    }

    /** Writes {@code proto} with its parity line to {@code out} if {@code parity} passed; else writes nothing. */
    static OnnxParity keepIfPassed(ModelProto proto, OnnxParity parity, Path out, Progress progress)
            throws IOException {
        if (!parity.passed()) {
            throw new OnnxParityFailed(parity);
        }
        String line = parity.summary();
        byte[] bytes = proto.toBuilder().addMetadataProps(entry("parity", line)).build().toByteArray();
        AtomicFiles.write(out, bytes);
        progress.update(3, 3, parity.line());
        return parity;
    }

    /** What a user needs to feed the model and read its output, as {@code metadata_props}. */
    static Map<String, String> metadata(TrainedModel model, String name) throws JsonProcessingException {
        Preprocessing p = model.preprocessing();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("classes", Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(model.classes()));
        m.put("output", "probabilities [N, " + model.classes().size() + "] in the order of classes");
        m.put("input_shape", Arrays.toString(inputShape(p)).replace(" ", ""));
        m.put("input", switch (p.encoding()) {
            case PIXELS -> "float32 pixels 0-255, channels first (NCHW), " + (p.channels() == 1 ? "grey" : "RGB");
            case SERIES -> "float32 raw series values, one row of features per step; NaN pads a shorter series"
                    + " at the front";
            case CHARACTERS, WORDS -> "int64 symbol ids, one per step; an id of " + p.channels()
                    + " or more pads a shorter text at the front";
        });
        m.put("layout", model.layout().name());
        m.put("resize", p.resize().name());
        m.put("encoding", p.encoding().name());
        m.put("normalisation", "inside the graph: mean " + Arrays.toString(model.normalisation().mean()) + ", std "
                + Arrays.toString(model.normalisation().std())
                + (p.encoding() == Encoding.PIXELS ? " of pixels scaled to 0-1" : ""));
        m.put("studio_version", Provenance.here("", "", "").studioVersion());
        return m;
    }

    private static long[] inputShape(Preprocessing p) {
        return switch (p.encoding()) {
            case PIXELS -> new long[] {-1, p.channels(), p.height(), p.width()};
            case SERIES -> new long[] {-1, p.steps(), p.channels()};
            case CHARACTERS, WORDS -> new long[] {-1, p.steps()};
        };
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }
}
