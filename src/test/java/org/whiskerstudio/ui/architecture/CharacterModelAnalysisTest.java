package org.whiskerstudio.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.text.TextFixtures;
import org.whiskerstudio.project.ProjectStore;

/** The editor checks a character model against its own vocabulary, not against the project's classes. */
class CharacterModelAnalysisTest {
    @TempDir
    Path dir;

    @Test
    void aCharacterModelInAProjectWithThreeClassesHasNoClassIssue() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            for (String c : List.of("poems", "letters", "recipes")) {
                TextFixtures.addText(store, c + ".txt", ("some " + c + " text ").repeat(30), Optional.of(c));
            }
            ProjectArchitectures services = new ProjectArchitectures(store);
            Architecture chars = DataProfiler.templates(store).byId("charlstm").orElseThrow().build().get();

            Analysis ok = services.analyse(chars, ArchitectureEditorViewModel.Part.NETWORK);
            assertTrue(ok.ok(), ok.issues().toString());

            Analysis wrong = services.analyse(chars.withNetwork(withOutputClasses(chars.network(), 3)),
                    ArchitectureEditorViewModel.Part.NETWORK);
            assertFalse(wrong.ok(), "an output of 3 symbols cannot predict the input's characters");
        }
    }

    private static LayerGraph withOutputClasses(LayerGraph graph, int classes) {
        List<LayerNode> nodes = new ArrayList<>();
        for (LayerNode n : graph.nodes()) {
            nodes.add(n.spec() instanceof LayerSpec.Output o
                    ? new LayerNode(n.id(), n.name(), new LayerSpec.Output(classes, o.outputKind())) : n);
        }
        return new LayerGraph(nodes, graph.edges());
    }
}
