package org.whiskerstudio.ui.architecture;

import java.util.List;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.DetectorTemplates;
import org.whiskerstudio.architecture.LayerSpec;

/** The blocks offered in the palette, each with sensible starting settings. */
final class Palette {
    private Palette() {
    }

    static List<LayerSpec> blocks(int classes) {
        return List.of(
                new LayerSpec.Conv2D(32, 3, 1, LayerSpec.Padding.SAME, Activation.RELU),
                new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2),
                new LayerSpec.Pooling2D(LayerSpec.PoolType.AVG, 2, 2),
                new LayerSpec.GlobalPooling(LayerSpec.PoolType.AVG),
                new LayerSpec.BatchNorm(),
                new LayerSpec.Dropout(0.5),
                new LayerSpec.Dense(128, Activation.RELU),
                new LayerSpec.Lstm(128, false),
                new LayerSpec.ActivationLayer(Activation.RELU),
                new LayerSpec.Deconv2D(32, 3, 2, LayerSpec.Padding.SAME, Activation.RELU),
                new LayerSpec.Upsampling2D(2),
                new LayerSpec.Reshape(7, 7, 64),
                new LayerSpec.Merge(LayerSpec.MergeKind.CONCAT),
                new LayerSpec.Merge(LayerSpec.MergeKind.ADD),
                new LayerSpec.Output(Math.max(1, classes), LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION),
                new LayerSpec.Reconstruction(),
                new LayerSpec.Variational(AutoencoderTemplates.VARIATIONAL_CODE, 256),
                new LayerSpec.YoloHead(Math.max(1, classes), DetectorTemplates.DEFAULT_ANCHORS),
                new LayerSpec.QValues(AgentEnvironment.CARTPOLE));
    }
}
