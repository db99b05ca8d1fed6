package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.dataset.ImageResizer;

/** The README's plain-Java snippet (MODEL_CARD.md has it too), line for line, gives the studio's predictions. */
@Tag("engine")
class PlainJavaLoadingTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentedLinesPredictAsTheStudioDoes() throws Exception {
        TinyModel.Trained tiny = TinyModel.get();
        try (ZipFile bundle = new ZipFile(tiny.bundle().toFile())) {
            for (ZipEntry e : bundle.stream().toList()) {
                Files.copy(bundle.getInputStream(e), dir.resolve(e.getName()));
            }
        }
        Predictor studio = Bundles.load(tiny.bundle()).predictor();
        Path image = tiny.images().get(1);
        byte[] pixels = new ImageResizer(studio.model().preprocessing()).load(image);
        int width = 8;
        int height = 8;

        // --- the snippet ---
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new File(dir.toFile(), "model.zip"), false);
        JsonNode card = new ObjectMapper().readTree(new File(dir.toFile(), "model-card.json"));
        float mean = (float) card.at("/normalisation/mean/0").asDouble();
        float std = (float) card.at("/normalisation/std/0").asDouble();
        float[] x = new float[pixels.length];
        for (int i = 0; i < x.length; i++) x[i] = ((pixels[i] & 0xFF) / 255f - mean) / std;
        INDArray input = Nd4j.create(x, new long[] {1, 1, height, width}, 'c');
        float[] probabilities = net.output(input).toFloatVector();
        // --- end of the snippet ---

        assertArrayEquals(studio.model().predictFiles(List.of(image))[0], probabilities, 1e-6f);
    }
}
