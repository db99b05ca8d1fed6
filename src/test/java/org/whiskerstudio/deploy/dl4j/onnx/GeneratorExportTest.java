package org.whiskerstudio.deploy.dl4j.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import onnx.Onnx.ModelProto;
import onnx.Onnx.StringStringEntryProto;
import onnx.Onnx.TensorShapeProto;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.dl4j.TinyGan;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.NotAClassifier;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.dl4j.Generator;

/** A GAN run exports its generator: noise in, image out, checked on 200 seeded noise vectors. */
@Tag("engine")
class GeneratorExportTest {
    @TempDir
    Path dir;

    @Test
    void aGanRunExportsItsGeneratorWithParityAndMetadata() throws IOException {
        TinyGan.Trained gan = TinyGan.get();
        Path out = dir.resolve("generator.onnx");
        OnnxParity parity;
        try (ProjectStore store = gan.open()) {
            parity = OnnxExport.ofRun(store, gan.runId(), out, Progress.NONE);
        }
        assertTrue(parity.passed(), parity.line());
        assertEquals(200, parity.examples());
        assertEquals("200 noise vectors", parity.examplesFrom());
        ModelProto model = ModelProto.parseFrom(Files.readAllBytes(out));
        TensorShapeProto in = model.getGraph().getInput(0).getType().getTensorType().getShape();
        assertEquals(2, in.getDimCount());
        assertEquals(TinyGan.NOISE, in.getDim(1).getDimValue());
        TensorShapeProto output = model.getGraph().getOutput(0).getType().getTensorType().getShape();
        assertEquals("[1, 8, 8]", output.getDimList().stream().skip(1).map(d -> d.getDimValue()).toList()
                .toString());
        Map<String, String> meta = model.getMetadataPropsList().stream()
                .collect(Collectors.toMap(StringStringEntryProto::getKey, StringStringEntryProto::getValue));
        assertEquals("[-1," + TinyGan.NOISE + "]", meta.get("input_shape"));
        assertTrue(meta.get("output").contains("[-1, 1]") && meta.get("output").contains("[N, 1, 8, 8]"),
                meta.get("output"));
        assertTrue(meta.get("parity").endsWith("on 200 noise vectors"), meta.get("parity"));
    }

    @Test
    void aGeneratorThatDisagreesKeepsNothing() throws IOException {
        TinyGan.Trained gan = TinyGan.get();
        try (ProjectStore store = gan.open()) {
            OpenedRun run = new RunStore(store).open(gan.runId());
            Generator generator = Generator.load(run.folder().generator(), run.architecture());
            ModelProto proto = GeneratorExport.write(generator, "tiny");
            // Every weight of the ONNX copy nudged: outputs move by far more than the limit
            ModelProto.Builder corrupt = proto.toBuilder();
            corrupt.getGraphBuilder().getInitializerBuilderList().forEach(t -> {
                for (int i = 0; i < t.getFloatDataCount(); i++) {
                    t.setFloatData(i, t.getFloatData(i) + 0.5f);
                }
            });
            OnnxParity parity = GeneratorExport.check(generator.network(), corrupt.build().toByteArray(),
                    generator.noiseSize(), 200, GeneratorExport.SEED);
            assertFalse(parity.passed(), parity.line());
        }
    }

    @Test
    void aMissingGeneratorIsRefusedWithoutWritingAFile() throws IOException {
        TinyGan.Trained gan = TinyGan.get();
        Path copy = dir.resolve("project");
        copyTree(gan.project(), copy);
        Path out = dir.resolve("none.onnx");
        try (ProjectStore store = ProjectStore.open(copy)) {
            Files.delete(new RunStore(store).folder(gan.runId()).generator());
            IOException e = assertThrows(IOException.class,
                    () -> OnnxExport.ofRun(store, gan.runId(), out, Progress.NONE));
            assertTrue(e.getMessage().contains("no saved generator"), e.getMessage());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void aCharacterRunIsRefusedInOneSentence() {
        Path out = dir.resolve("chars.onnx");
        try (ProjectStore store = ProjectStore.create(dir.resolve("chars"), "chars")) {
            long run = new RunStore(store).create("Chars #1", new Architecture("Chars", Templates.charLstm(12, 20),
                    Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", "")).id();
            NotAClassifier e = assertThrows(NotAClassifier.class,
                    () -> OnnxExport.ofRun(store, run, out, Progress.NONE));
            assertTrue(e.getMessage().startsWith("Run \"Chars #1\" (run " + run + ") is a character model: ONNX"),
                    e.getMessage());
        }
        assertFalse(Files.exists(out));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
