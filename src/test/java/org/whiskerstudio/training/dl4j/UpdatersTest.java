package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.regularization.WeightDecay;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.training.Optimizer;

@Tag("engine")
class UpdatersTest {
    @Test
    void sgdMomentumBecomesNesterovWithMomentumPointNineAndWeightDecayOnEveryLayer() {
        MultiLayerConfiguration conf = Dl4jModels.multiLayer(Templates.mlp(new TensorShape.Vector(4), 2), 1,
                Updaters.of(Optimizer.SGD_MOMENTUM, 0.05), 1e-4);

        BaseLayer dense = (BaseLayer) conf.getConf(0).getLayer();
        Nesterovs updater = assertInstanceOf(Nesterovs.class, dense.getIUpdater());
        assertEquals(0.05, updater.getLearningRate());
        assertEquals(0.9, updater.getMomentum());
        assertTrue(dense.getRegularization().stream().anyMatch(r -> r instanceof WeightDecay));
    }
}
