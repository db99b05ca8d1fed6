package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.project.sequences.MediaKind;

/** The agent kind: its Q-value head's shape and cost, the two templates, the mistakes the editor names. */
class AgentTemplatesTest {
    private static final LayerSpec.Dense RELU_64 = new LayerSpec.Dense(64, Activation.RELU);

    private static String head(LayerGraph graph) {
        return graph.nodes().stream().filter(n -> n.spec() instanceof LayerSpec.QValues).findFirst().orElseThrow()
                .id();
    }

    @Test
    void theCartPoleTemplateIsTheBenchsFourSixtyFourSixtyFourTwoNetwork() {
        LayerGraph graph = AgentTemplates.cartPole();
        Analysis analysis = ShapeInference.analyse(graph);

        assertTrue(analysis.ok(), analysis.issues().toString());
        assertEquals(new TensorShape.Vector(2), analysis.report(head(graph)).orElseThrow().output());
        // 64 x 2 weights and 2 biases, as DL4J's OutputLayer counts them
        assertEquals(64 * 2 + 2, analysis.report(head(graph)).orElseThrow().params());
        assertEquals(64 * 2, analysis.report(head(graph)).orElseThrow().macs());
        assertEquals((4 * 64 + 64) + (64 * 64 + 64) + (64 * 2 + 2), analysis.totalParams());
        assertEquals(ModelKind.AGENT, new Architecture("a", graph, Optional.empty()).kind());
        assertEquals(new Agent(AgentEnvironment.CARTPOLE, List.of(RELU_64, RELU_64)), Agent.of(graph).orElseThrow());
    }

    @Test
    void theNoughtsAndCrossesTemplateValuesEveryCellOfTheBoard() {
        LayerGraph graph = AgentTemplates.noughtsAndCrosses();
        Analysis analysis = ShapeInference.analyse(graph);

        assertTrue(analysis.ok(), analysis.issues().toString());
        assertEquals(new TensorShape.Vector(9), graph.inputShape().orElseThrow());
        assertEquals(new TensorShape.Vector(9), analysis.report(head(graph)).orElseThrow().output());
        assertEquals(AgentEnvironment.TICTACTOE, Agent.of(graph).orElseThrow().environment());
    }

    @Test
    void theEditorSaysWhenTheInputIsNotOneObservationOrALayerIsNotDense() {
        LayerGraph wrongInput = new GraphBuilder(new TensorShape.Vector(5)).then(RELU_64)
                .then(new LayerSpec.QValues(AgentEnvironment.CARTPOLE)).build();
        String issues = ShapeInference.analyse(wrongInput).issues().toString();
        assertTrue(issues.contains("gives 4 numbers per observation") && issues.contains("a vector of 4"), issues);
        assertTrue(Agent.of(wrongInput).isEmpty(), "no agent is trained from a network with mistakes");
        assertEquals(ModelKind.AGENT, new Architecture("a", wrongInput, Optional.empty()).kind(),
                "the kind is what the head says, mistakes or not");

        LayerGraph dropout = new GraphBuilder(new TensorShape.Vector(4)).then(RELU_64).then(new LayerSpec.Dropout(0.2))
                .then(new LayerSpec.QValues(AgentEnvironment.CARTPOLE)).build();
        issues = ShapeInference.analyse(dropout).issues().toString();
        assertTrue(issues.contains("only Dense layers") && issues.contains("remove this Dropout"), issues);

        LayerGraph image = new GraphBuilder(new TensorShape.Image(3, 3, 1))
                .then(new LayerSpec.QValues(AgentEnvironment.TICTACTOE)).build();
        assertFalse(ShapeInference.analyse(image).ok());
        assertTrue(ShapeInference.analyse(image).issues().toString().contains("Q-values need a vector"));
    }

    @Test
    void theHeadSurvivesJsonAndAnUnknownEnvironmentIsRefusedByName() {
        Architecture agent = new Architecture("T", AgentTemplates.noughtsAndCrosses(), Optional.empty());
        assertEquals(agent.network(), ArchitectureJson.read(ArchitectureJson.write(agent)).network());

        String chess = ArchitectureJson.write(agent).replace("\"tictactoe\"", "\"chess\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArchitectureJson.read(chess));
        assertTrue(e.getMessage().contains("chess") && e.getMessage().contains("q-values1"), e.getMessage());
    }

    @Test
    void everyProjectIsOfferedBothAgentsUnderActionsFromRewards() {
        DataProfile texts = new DataProfile(0, Set.of(MediaKind.TEXT), new TensorShape.Image(28, 28, 1),
                new SequenceInputs(MediaKind.TEXT, new TensorShape.Sequence(100, 40), new TensorShape.Sequence(100,
                        512)), () -> new TensorShape.Sequence(100, 40));
        List<ProjectTemplates.Template> agents = new ProjectTemplates(texts).learning(LearningCriterion.REINFORCEMENT);

        assertEquals(List.of("dqn-cartpole", "tictactoe"), agents.stream().map(ProjectTemplates.Template::id).toList());
        assertTrue(agents.get(1).title().contains("tabular Q-learning"), "it says how it learns");
        assertTrue(agents.stream().allMatch(t -> t.build().get().kind() == ModelKind.AGENT));
    }
}
