package org.whiskerstudio.deploy.dl4j.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import onnx.Onnx.ModelProto;
import onnx.Onnx.StringStringEntryProto;
import onnx.Onnx.TensorProto;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LocalResponseNormalization;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.OnnxParityFailed;
import org.whiskerstudio.deploy.dl4j.TinyModel;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/** Export of a trained run and of a bundle: parity, metadata, the input stage, a refused block, a failed check. */
@Tag("engine")
class OnnxExportTest {
    @TempDir
    Path dir;

    private static Map<String, String> metadata(ModelProto model) {
        return model.getMetadataPropsList().stream()
                .collect(Collectors.toMap(StringStringEntryProto::getKey, StringStringEntryProto::getValue));
    }

    @Test
    void aTrainedRunExportsWithItsParityLineAndMetadata() throws IOException {
        TinyModel.Trained tiny = TinyModel.get();
        Path out = dir.resolve("model.onnx");
        OnnxParity parity;
        try (ProjectStore store = tiny.open()) {
            parity = OnnxExport.ofRun(store, tiny.runId(), out, Progress.NONE);
        }
        assertTrue(parity.passed(), parity.line());
        assertTrue(parity.line().matches("ONNX parity: (\\d+)/\\1, max difference .*"), parity.line());
        ModelProto model = ModelProto.parseFrom(Files.readAllBytes(out));
        assertEquals(OnnxWriter.OPSET, model.getOpsetImport(0).getVersion());
        Map<String, String> meta = metadata(model);
        for (String key : new String[] {"classes", "input_shape", "layout", "resize", "encoding", "studio_version",
                "parity", "normalisation"}) {
            assertTrue(meta.containsKey(key), key + " missing from " + meta.keySet());
        }
        assertTrue(meta.get("classes").startsWith("[\""), meta.get("classes"));
        assertTrue(meta.get("parity").startsWith(parity.line()), meta.get("parity"));
    }

    @Test
    void theNormalisationIsTheGraphsFirstNodes() throws IOException {
        TinyModel.Trained tiny = TinyModel.get();
        try (ProjectStore store = tiny.open()) {
            TrainedModel model = TrainedModel.ofRun(store, tiny.runId());
            ModelProto proto = OnnxExport.write(model, "tiny");
            assertEquals("Sub", proto.getGraph().getNode(0).getOpType());
            assertEquals("Div", proto.getGraph().getNode(1).getOpType());
            assertEquals(InputStage.INPUT, proto.getGraph().getNode(0).getInput(0));
            // The Sub's constant is the per-channel mean of pixels in 0-255, so plain pixels go in
            String mean = proto.getGraph().getNode(0).getInput(1);
            TensorProto constant = proto.getGraph().getInitializerList().stream()
                    .filter(t -> t.getName().equals(mean)).findFirst().orElseThrow();
            assertEquals(model.normalisation().mean()[0] * 255f, constant.getFloatData(0), 1e-3);
        }
    }

    @Test
    void aBundleExportsCheckedOnRandomInputs() throws IOException {
        Path out = dir.resolve("bundle.onnx");
        OnnxParity parity = OnnxExport.ofBundle(TinyModel.get().bundle(), out, Progress.NONE);
        assertTrue(parity.passed(), parity.line());
        assertEquals(ParityExamples.COUNT, parity.examples());
        assertEquals(ParityExamples.COUNT + " random inputs", parity.examplesFrom());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void aCorruptedWeightFailsTheCheckAndKeepsNothing() throws IOException {
        TinyModel.Trained tiny = TinyModel.get();
        Path out = dir.resolve("corrupt.onnx");
        try (ProjectStore store = tiny.open()) {
            TrainedModel model = TrainedModel.ofRun(store, tiny.runId());
            ModelProto proto = OnnxExport.write(model, "tiny");
            ModelProto.Builder corrupt = proto.toBuilder();
            // The first weight matrix (after the normalisation's mean and std): one weight far off
            TensorProto.Builder weights = corrupt.getGraphBuilder().getInitializerBuilderList().stream()
                    .filter(t -> t.getFloatDataCount() > 16).findFirst().orElseThrow();
            for (int i = 0; i < weights.getFloatDataCount(); i++) {
                weights.setFloatData(i, weights.getFloatData(i) + 5f);
            }
            ParityExamples.Examples examples = ParityExamples.ofProject(store, model, ParityExamples.COUNT);
            OnnxParityFailed failed = assertThrows(OnnxParityFailed.class,
                    () -> OnnxExport.keepIfAgrees(model, corrupt.build(), examples, out, Progress.NONE));
            assertFalse(failed.parity().passed());
            assertTrue(failed.getMessage().contains("nothing was written"), failed.getMessage());
        }
        assertFalse(Files.exists(out));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file stays behind");
        }
    }

    @Test
    void aLayerWithoutOnnxExportIsRefusedByName() {
        MultiLayerNetwork net = OnnxAgreement.random(new NeuralNetConfiguration.Builder().list()
                .layer(0, new LocalResponseNormalization.Builder().name("lrn block").build())
                .layer(1, new OutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(4, 4, 1)).build(), 1);
        ExportRefused refused = assertThrows(ExportRefused.class,
                () -> OnnxWriter.write(net, new OnnxInput.Network(InputType.convolutional(4, 4, 1)), Map.of()));
        assertEquals("lrn block", refused.block());
        assertTrue(refused.getMessage().contains("LocalResponseNormalization"), refused.getMessage());
    }
}
