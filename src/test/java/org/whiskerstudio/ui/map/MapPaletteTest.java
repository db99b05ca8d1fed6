package org.whiskerstudio.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.map.MapColouring;
import org.whiskerstudio.map.MapFixture;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;

/** The map paints a class in the colour its chips have on the other screens; clusters in the palette's. */
class MapPaletteTest {
    @TempDir
    Path temp;

    @Test
    void byLabelAndBySuggestionAClassHasItsOwnColour() {
        try (ProjectSession session = new ProjectSession(ProjectStore.create(temp.resolve("p"), "p"))) {
            MapFixture.threeGroups(session.store(), 4);
            session.store().ensureLabelClass("T-shirt");
            session.store().ensureLabelClass("Ankle boot");
            MapViewModel model = new MapViewModel(TaskExecutor.direct(), Notifier.SILENT);
            model.projectOpened(Optional.of(session));
            model.compute();

            MapColouring byLabel = model.colouringProperty().get();
            List<LabelClass> classes = session.store().labelClasses();
            Color[] colours = new MapPalette().colours(byLabel);

            assertEquals(List.of("T-shirt", "Ankle boot"), byLabel.legend());
            for (int i = 0; i < classes.size(); i++) {
                assertEquals(Color.web(classes.get(i).color()), colours[i], classes.get(i).name());
            }
            assertNotEquals(colours[0], colours[1]);
        }
    }

    @Test
    void clustersTakeThePalettesColoursInOrder() {
        MapPalette palette = new MapPalette();
        Color[] colours = palette.colours(MapColouring.byCluster(new int[] {0, 1, 2, 1}));

        assertEquals(List.of(palette.colour(0), palette.colour(1), palette.colour(2)), List.of(colours));
    }
}
