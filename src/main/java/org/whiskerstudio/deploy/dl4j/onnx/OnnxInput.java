package org.whiskerstudio.deploy.dl4j.onnx;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;

/** What the exported model's input is: the studio's raw examples, or the network's own input as it is. */
public sealed interface OnnxInput {

    /** The input type the network itself reads. */
    InputType networkInput();

    /**
     * Raw examples as the model card describes them: pixels 0-255 as [N, C, H, W], series values as [N, steps,
     * features] (NaN where a shorter series is padded), text symbol ids as int64 [N, steps]; scaling, normalisation
     * and layout happen inside the graph.
     */
    record Studio(Preprocessing preprocessing, Layout layout, Normalisation normalisation) implements OnnxInput {
        @Override
        public InputType networkInput() {
            int c = preprocessing.channels();
            int h = preprocessing.height();
            int w = preprocessing.width();
            return switch (layout) {
                case IMAGE -> InputType.convolutional(h, w, c);
                case SEQUENCE -> InputType.recurrent((long) w * c, h);
                case VECTOR -> InputType.feedForward((long) c * h * w);
            };
        }
    }

    /** The network's input unchanged (a generator's noise vector; tests). */
    record Network(InputType networkInput) implements OnnxInput {
    }
}
