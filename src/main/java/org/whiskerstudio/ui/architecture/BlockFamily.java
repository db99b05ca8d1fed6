package org.whiskerstudio.ui.architecture;

import org.whiskerstudio.architecture.LayerSpec;

/** The family a layer kind belongs to, which gives its block a colour of its own (studio.css, {@code .family-*}). */
enum BlockFamily {
    INPUT, CONVOLUTION, POOLING, DENSE, RECURRENT, MERGE, REGULARISATION, OUTPUT;

    /** The block's style class: {@code family-convolution}, ... */
    String styleClass() {
        return "family-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static BlockFamily of(LayerSpec spec) {
        if (spec instanceof LayerSpec.Input || spec instanceof LayerSpec.Reshape) {
            return INPUT;
        }
        if (spec instanceof LayerSpec.Conv2D || spec instanceof LayerSpec.Deconv2D
                || spec instanceof LayerSpec.Upsampling2D) {
            return CONVOLUTION;
        }
        if (spec instanceof LayerSpec.Pooling2D || spec instanceof LayerSpec.GlobalPooling) {
            return POOLING;
        }
        if (spec instanceof LayerSpec.Lstm) {
            return RECURRENT;
        }
        if (spec instanceof LayerSpec.Merge) {
            return MERGE;
        }
        if (spec instanceof LayerSpec.BatchNorm || spec instanceof LayerSpec.Dropout
                || spec instanceof LayerSpec.ActivationLayer) {
            return REGULARISATION;
        }
        return spec instanceof LayerSpec.Output || spec instanceof LayerSpec.Reconstruction
                || spec instanceof LayerSpec.YoloHead || spec instanceof LayerSpec.Variational
                || spec instanceof LayerSpec.QValues ? OUTPUT : DENSE;
    }
}
