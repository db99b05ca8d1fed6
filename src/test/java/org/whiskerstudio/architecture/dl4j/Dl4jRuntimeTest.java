package org.whiskerstudio.architecture.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.Templates;

@Tag("engine")
class Dl4jRuntimeTest {
    @Test
    void convolutionAndPoolingLayersGetTheOneDnnHelper() {
        MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(
                Templates.lenet(new TensorShape.Image(28, 28, 1), 10), 1));
        net.init();
        // Without the helpers DL4J runs convolutions through its slow built-in im2col path.
        assertNotNull(net.getLayer(0).getHelper(), "convolution helper");
        assertNotNull(net.getLayer(1).getHelper(), "pooling helper");
    }

    @Test
    void openMpThreadsWaitPassivelyUnlessTheUserChoseOtherwise() {
        Dl4jRuntime.configure();
        String chosen = System.getenv("OMP_WAIT_POLICY");
        // Spinning OpenMP threads made training 5-15x slower on a busy machine (measured).
        assertEquals(chosen == null ? "PASSIVE" : chosen, Dl4jRuntime.ompWaitPolicy());
    }

    @Test
    void javaCppsPhysicalMemoryGuardIsOffUnlessTheUserSetIt() {
        Dl4jRuntime.configure();
        // The guard read the process's resident size on every native allocation (11% of a DQN update's samples).
        assertEquals("0", System.getProperty(Dl4jRuntime.MAX_PHYSICAL_BYTES));
    }
}
