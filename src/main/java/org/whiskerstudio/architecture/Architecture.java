package org.whiskerstudio.architecture;

import java.util.Optional;

/**
 * A named architecture of a project: a network, or for a GAN a generator (its input a noise vector) and a
 * discriminator (image to real/fake).
 */
public record Architecture(String name, LayerGraph network, Optional<LayerGraph> discriminator) {
    /** What the architecture learns; computed from its graphs on each call (a shape inference for a non-GAN network). */
    public ModelKind kind() {
        return ModelKind.of(this);
    }

    /** Whether this is a GAN (it has a discriminator): the cheap question, with no shape inference behind it. */
    public boolean isGan() {
        return discriminator.isPresent();
    }

    public Architecture withName(String next) {
        return new Architecture(next, network, discriminator);
    }

    public Architecture withNetwork(LayerGraph next) {
        return new Architecture(name, next, discriminator);
    }
}
