package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;

/** Points, lines and circles on the Label screen's view model: each draw, move, resize and delete is one undo. */
class ShapeEditsTest {
    private static final Shape.Circle CIRCLE = new Shape.Circle(new Point(100, 100), 20);

    @TempDir
    Path temp;
    private ProjectSession session;
    private LabelViewModel model;

    @BeforeEach
    void open() {
        ProjectStore store = LabellingFixture.projectWithImages(temp.resolve("p"), 1);
        store.ensureLabelClass("cat");
        session = new ProjectSession(store);
        model = new LabelViewModel(TaskExecutor.direct(), Notifier.SILENT);
        model.projectOpened(Optional.of(session));
        model.toolProperty().set(Tool.POINT);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Shape onDisk(long id) {
        try (ProjectStore again = ProjectStore.open(temp.resolve("p"))) {
            return new AnnotationStore(again).byId(id).orElseThrow().shape();
        }
    }

    private long drawn() {
        return model.selectedProperty().get();
    }

    @Test
    void eachKindIsDrawnSelectedAndListedWithItsKind() {
        model.addRegion(new Shape.Dot(new Point(10, 20)));
        long dot = drawn();
        model.addLine(List.of(new Point(1, 1)));
        assertEquals("A line needs at least 2 points.", model.statusProperty().get());
        model.addLine(List.of(new Point(1, 1), new Point(30, 40), new Point(60, 5)));
        model.addRegion(CIRCLE);
        model.addRegion(new Shape.Circle(new Point(5, 5), 0.5));

        assertEquals(List.of("point", "line", "circle"),
                model.labels().regions().stream().map(ShownLabels.RegionRow::kind).toList(), "a tiny circle is a slip");
        assertEquals(List.of("at 10, 20", "3 points, 59 x 39 px", "radius 20 px"),
                model.labels().regions().stream().map(ShownLabels.RegionRow::size).toList());
        assertEquals(new Shape.Dot(new Point(10, 20)), onDisk(dot));
        assertEquals(CIRCLE, onDisk(drawn()));
    }

    @Test
    void moveResizeAndDeleteUndoAndRedoOneStepEach() {
        model.addRegion(CIRCLE);
        long circle = drawn();
        model.reshape(circle, ShapeGeometry.withHandle(CIRCLE, 1, new Point(130, 100)), "Resize circle");
        model.reshape(circle, new Shape.Circle(new Point(105, 100), 30), "Move circle");
        model.addLine(List.of(new Point(1, 1), new Point(30, 40)));
        long line = drawn();
        model.nudge(1, 2);
        assertEquals(new Shape.Line(List.of(new Point(2, 3), new Point(31, 42))), onDisk(line));
        model.deleteSelected();
        assertEquals(1, model.labels().regions().size());

        model.undo();
        assertEquals(new Shape.Line(List.of(new Point(2, 3), new Point(31, 42))), onDisk(line), "delete undone");
        model.undo();
        model.undo();
        assertEquals(1, model.labels().regions().size(), "the line's drawing undone");
        model.undo();
        assertEquals(new Shape.Circle(new Point(100, 100), 30), onDisk(circle));
        model.undo();
        assertEquals(CIRCLE, onDisk(circle));
        model.redo();
        model.redo();
        assertEquals(new Shape.Circle(new Point(105, 100), 30), onDisk(circle));
        model.undo();
        model.undo();
        model.undo();
        assertTrue(model.labels().regions().isEmpty(), "drawing the circle undone");
    }
}
