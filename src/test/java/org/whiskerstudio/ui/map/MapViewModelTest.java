package org.whiskerstudio.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.map.EmbeddingSource;
import org.whiskerstudio.map.MapFixture;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.library.LibraryViewModel;

/** The map's view model without a toolkit: compute, colour, select, label and undo, cluster and name. */
class MapViewModelTest {
    @TempDir
    Path temp;
    private ProjectSession session;
    private List<List<Long>> groups;
    private final List<String> errors = new ArrayList<>();
    private MapViewModel model;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(ProjectStore.create(temp.resolve("p"), "p"));
        groups = MapFixture.threeGroups(session.store(), 8);
        session.store().ensureLabelClass("red");
        model = new MapViewModel(TaskExecutor.direct(), Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)));
        model.projectOpened(Optional.of(session));
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertEquals(List.of(), errors);
    }

    private ProjectMap map() {
        return model.contentsProperty().get().orElseThrow().map();
    }

    private int[] indicesOf(List<Long> ids) {
        ProjectMap m = map();
        return IntStream.range(0, m.size()).filter(i -> ids.contains(m.imageIds()[i])).toArray();
    }

    @Test
    void aComputedMapIsColouredByLabelWithUnlabelledPointsUncoloured() {
        assertEquals(List.of(new EmbeddingSource.Descriptor()), model.sources(), "no run yet: the descriptor only");
        model.compute();
        assertEquals(24, map().size());
        assertEquals(List.of("red"), model.colouringProperty().get().legend());
        assertTrue(IntStream.of(model.colouringProperty().get().category()).allMatch(c -> c == -1));
        assertTrue(model.statusProperty().get().startsWith("24 examples mapped"), model.statusProperty().get());
    }

    @Test
    void aLassoedSelectionIsLabelledInOneUndoableEdit() {
        model.compute();
        List<Long> selected = new ArrayList<>();
        model.setAfterEdit(() -> selected.add(-1L));
        model.select(indicesOf(groups.get(0)));
        assertEquals(Set.copyOf(groups.get(0)), model.selectedIds());
        model.labelSelection("red");
        groups.get(0).forEach(id -> assertEquals("red", CurrentLabels.of(session.store()).get(id)));
        assertEquals("Undo Label 8 examples as red", model.undoTextProperty().get());
        int[] reds = model.colouringProperty().get().counts();
        assertArrayEquals(new int[] {8}, reds, "the colours follow the new labels");
        assertEquals(8, model.selectedIds().size(), "the selection stays");

        model.undo();
        assertTrue(CurrentLabels.of(session.store()).isEmpty());
        assertArrayEquals(new int[] {0}, model.colouringProperty().get().counts());
        assertEquals("", model.undoTextProperty().get());
        assertEquals(List.of(-1L, -1L), selected, "the host re-reads after the edit and after the undo");
    }

    @Test
    void aSelectionLabelledWithANewClassCreatesIt() {
        model.compute();
        model.select(indicesOf(groups.get(1)));
        model.labelSelection(" cat ");
        assertTrue(model.classNames().contains("cat"), "typed on the map, as a project imported without labels needs");
        groups.get(1).forEach(id -> assertEquals("cat", CurrentLabels.of(session.store()).get(id)));
        model.undo();
        groups.get(1).forEach(id -> assertEquals(null, CurrentLabels.of(session.store()).get(id)));
    }

    @Test
    void clustersColourTheMapAndNamingOneLabelsItsMembers() {
        model.compute();
        model.suggestK();
        assertEquals(3, model.kProperty().get());
        model.cluster();
        assertEquals(ColourBy.CLUSTER, model.colourByProperty().get());
        assertEquals(List.of("Cluster 1", "Cluster 2", "Cluster 3"), model.colouringProperty().get().legend());
        assertArrayEquals(new int[] {8, 8, 8}, model.colouringProperty().get().counts());
        Set<Long> first = model.clusterMembers(0);
        assertTrue(groups.stream().anyMatch(g -> Set.copyOf(g).equals(first)), "a cluster is one colour group");

        model.nameCluster(0, "warm");
        assertTrue(model.classNames().contains("warm"));
        first.forEach(id -> assertEquals("warm", CurrentLabels.of(session.store()).get(id)));
        model.colourByProperty().set(ColourBy.LABEL);
        assertEquals(8, model.colouringProperty().get().counts()[model.colouringProperty().get().legend()
                .indexOf("warm")]);
        model.undo();
        assertTrue(CurrentLabels.of(session.store()).isEmpty());
    }

    @Test
    void theSelectionCanBeShownInTheDataGrid() {
        LibraryViewModel library = new LibraryViewModel(TaskExecutor.direct());
        library.projectOpened(Optional.of(session));
        MapViewModel onData = library.dataMap().map();
        onData.compute();
        library.dataMap().showingMapProperty().set(true);
        ProjectMap m = onData.contentsProperty().get().orElseThrow().map();
        onData.select(IntStream.range(0, m.size()).filter(i -> groups.get(2).contains(m.imageIds()[i])).toArray());
        onData.showSelectionInGrid();
        assertEquals(false, library.dataMap().showingMapProperty().get(), "the grid comes back");
        assertEquals(Set.copyOf(groups.get(2)), library.images().stream().map(i -> i.id())
                .collect(Collectors.toSet()));
        library.searchProperty().set("");
        library.searchProperty().set(" ");
        assertEquals(24, library.images().size(), "a new search shows everything again");
    }

    @Test
    void aClickOpensTheExampleAndAnotherProjectClearsTheMap() {
        model.compute();
        List<Long> opened = new ArrayList<>();
        model.setOnOpenImage(opened::add);
        model.open(5);
        assertEquals(List.of(map().imageIds()[5]), opened);
        assertEquals(map().imageIds()[5], model.example(5).orElseThrow().id());
        model.projectOpened(Optional.empty());
        assertTrue(model.contentsProperty().get().isEmpty());
        assertEquals(0, model.selectionProperty().get().length);
    }
}
