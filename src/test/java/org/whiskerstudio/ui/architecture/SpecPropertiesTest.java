package org.whiskerstudio.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.LayerSpec;

/** The inspector's names for a block's settings, and a change made through them reaching the record. */
class SpecPropertiesTest {
    private static final LayerSpec.YoloHead HEAD = new LayerSpec.YoloHead(2, "1x1", 5, 0.5, 3, 25);

    @Test
    void theDetectorHeadsWeightsAreNamedInWordsThatFitAndExplainedInTheirTooltip() {
        List<String> names = SpecProperties.settings(HEAD).stream().map(SpecProperties.Setting::name).toList();

        assertEquals(List.of("classes", "anchors", "box weight", "empty weight", "class weight", "warm-up"),
                names.stream().map(SpecProperties::label).toList());
        assertTrue(names.stream().map(SpecProperties::label).allMatch(l -> l.length() <= 12), "short enough");
        assertTrue(SpecProperties.explanation("lambdaNoObject").orElseThrow().startsWith("lambdaNoObject: "));
        assertTrue(SpecProperties.explanation("filters").isEmpty(), "a plain name explains itself");
        assertEquals("filters", SpecProperties.label("filters"));
    }

    @Test
    void aChangeStillGoesToTheRecordsOwnSetting() {
        LayerSpec changed = SpecProperties.with(HEAD, "warmUpEpochs", 10);

        assertEquals(10, ((LayerSpec.YoloHead) changed).warmUpEpochs());
        assertEquals(3.0, ((LayerSpec.YoloHead) changed).lambdaClass());
    }
}
