package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.whiskerstudio.training.LineReconstructions;
import org.whiskerstudio.training.LiveReconstructions;
import org.whiskerstudio.training.ReconstructionSamples;

/** A series autoencoder's reconstructions on the Train screen: one small chart per window and shown feature. */
@ExtendWith(ApplicationExtension.class)
class ReconstructionLinesViewTest {
    private final SimpleObjectProperty<Optional<LiveReconstructions>> samples =
            new SimpleObjectProperty<>(Optional.empty());
    private ReconstructionPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        panel = new ReconstructionPanel(samples);
        stage.setScene(new Scene(new StackPane(panel.node()), 760, 260));
        stage.show();
        stage.setWidth(760);
        stage.setHeight(260);
    }

    /** {@code count} windows of 20 steps: humidity and temperature, reconstructions a little off. */
    static LineReconstructions windows(int epoch, int count) {
        List<LineReconstructions.Example> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] humidity = new float[20];
            float[] temperature = new float[20];
            float[][] rebuilt = new float[2][20];
            for (int t = 0; t < 20; t++) {
                humidity[t] = (float) (40 + 3 * Math.sin((t + i) / 3.0));
                temperature[t] = (float) (24 + 0.1 * t + i * 0.2);
                rebuilt[0][t] = humidity[t] + (float) (2.0 / epoch * Math.cos(t));
                rebuilt[1][t] = temperature[t] - 0.3f / epoch;
            }
            examples.add(new LineReconstructions.Example(List.of(humidity, temperature),
                    List.of(rebuilt[0], rebuilt[1])));
        }
        return new LineReconstructions(epoch, LineReconstructions.Along.STEPS, List.of("humidity", "temperature"), 2,
                List.of(5f, 2f), examples);
    }

    @Test
    void eachWindowIsAColumnOfChartsOneAFeatureNamedInItsColour(FxRobot robot) throws IOException {
        robot.interact(() -> samples.set(Optional.of(windows(3, 6))));

        assertTrue(robot.lookup("#reconstruction-panel").query().isVisible());
        assertEquals(12, robot.lookup(".reconstruction-cell").queryAll().size(), "6 windows x 2 features");
        assertEquals("after epoch 3", robot.lookup("#reconstruction-caption").queryAs(Label.class).getText());
        String legend = robot.lookup("#reconstruction-legend").queryAs(Label.class).getText();
        assertTrue(legend.startsWith("6 validation series, one a column; each feature a row"), legend);
        assertTrue(legend.contains("in the data's own units"), legend);
        assertFalse(robot.lookup("#reconstruction-grid").query().isVisible(), "no picture grid for lines");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("temperature")));
        Files.createDirectories(Path.of("target", "screenshots"));
        var shot = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
        robot.interact(() -> shot.set(stage.getScene().getRoot().snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png",
                Path.of("target", "screenshots", "train-series-reconstructions.png").toFile());

        robot.interact(() -> samples.set(Optional.of(windows(4, 2))));
        assertEquals(4, robot.lookup(".reconstruction-cell").queryAll().size(), "the charts are replaced");
    }

    @Test
    void anImageRunAfterASeriesRunShowsPicturesOnly(FxRobot robot) {
        robot.interact(() -> samples.set(Optional.of(windows(1, 6))));
        byte[] grey = new byte[12];
        robot.interact(() -> samples.set(Optional.of(new ReconstructionSamples(1, 4, 3, 1,
                Collections.nCopies(8, grey), Collections.nCopies(8, grey)))));

        assertTrue(robot.lookup("#reconstruction-grid").query().isVisible());
        assertFalse(robot.lookup("#reconstruction-lines").query().isVisible());

        robot.interact(() -> samples.set(Optional.empty()));
        assertFalse(robot.lookup("#reconstruction-panel").query().isVisible());
    }

    @Test
    void aChartIsAtLeastItsFeaturesSpreadTallAboutItsMiddleAndPaddingIsLeftOut() {
        float[] input = {1, 2, Float.NaN};
        float[] output = {1.5f, Float.NaN, 9};
        assertEquals(List.of(1f, 9f), boxed(LinePairPlot.range(input, output, 3)));
        assertEquals(List.of(0f, 3f), boxed(LinePairPlot.range(new float[] {1, 2}, new float[] {1.5f}, 3)));
        assertEquals(List.of(1f, 2f), boxed(LinePairPlot.range(new float[] {1, 2}, new float[] {1.5f}, 0.5f)));
    }

    private static List<Float> boxed(float[] pair) {
        return List.of(pair[0], pair[1]);
    }

    @Test
    void theLegendSaysWhenOnlyTheFirstFeaturesAreDrawnAndWhatAVectorsChartIs() {
        LineReconstructions many = new LineReconstructions(1, LineReconstructions.Along.STEPS,
                List.of("a", "b", "c"), 7, List.of(1f, 1f, 1f), List.of());
        assertTrue(ReconstructionLinesView.legend(many).contains("the first 3 of 7 features a row each"));
        LineReconstructions vector = new LineReconstructions(1, LineReconstructions.Along.ENTRIES, List.of("values"),
                1, List.of(1f), List.of(new LineReconstructions.Example(List.of(new float[3]), List.of(new float[3]))));
        assertTrue(ReconstructionLinesView.legend(vector).startsWith("1 validation example, one chart each"));
    }
}
