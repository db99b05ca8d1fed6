package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

/** The autoencoder's normal-class choice names "every example" as what it is, not as the GAN's labelled images. */
class NormalClassSectionTest {
    @Test
    void everyExampleIsShownAsAllExamplesAndClassesAsThemselves() {
        StringConverter<String> names = NormalClassSection.names();

        assertEquals("All examples", names.toString(GanForm.ALL_IMAGES));
        assertEquals(GanForm.ALL_IMAGES, names.fromString("All examples"));
        assertEquals("normal", names.toString("normal"));
        assertEquals("normal", names.fromString("normal"));
    }
}
