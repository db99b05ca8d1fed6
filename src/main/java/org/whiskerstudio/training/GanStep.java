package org.whiskerstudio.training;

/**
 * One GAN step: the discriminator's loss on a batch of real and generated images, and the generator's loss
 * through the frozen discriminator (high when the discriminator sees through its fakes).
 */
public record GanStep(int epoch, long iteration, double discriminatorLoss, double generatorLoss) {
}
