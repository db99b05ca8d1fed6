package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.ResizeMode;

class TrainingConfigJsonTest {
    @Test
    void aConfigRoundTripsWithItsEnumsAndAugmentation() {
        TrainingConfig config = new TrainingConfig(12, 32, Optimizer.RMSPROP, 3e-4, Schedule.COSINE, 1e-4, 7, 2, 1,
                ResizeMode.LETTERBOX, new Augmentation(true, 10, 0.1, 0.2));

        assertEquals(config, TrainingConfigJson.read(TrainingConfigJson.write(config)));
    }

    @Test
    void questionsAreNotWrittenAsSettings() {
        assertFalse(TrainingConfigJson.write(TrainingConfig.defaults()).contains("\"none\""));
    }

    @Test
    void aConfigMissingLaterSettingsReadsThemAsDefaults() {
        TrainingConfig read = TrainingConfigJson.read("{\"epochs\": 9, \"optimizer\": \"SGD_MOMENTUM\"}");

        assertEquals(9, read.epochs());
        assertEquals(Optimizer.SGD_MOMENTUM, read.optimizer());
        assertEquals(TrainingConfig.defaults().augmentation(), read.augmentation());
        assertEquals(TrainingConfig.defaults().batchSize(), read.batchSize());
    }
}
