/**
 * The DL4J training loop: one {@code RunStrategy} per model kind picked by the training service, the epoch loop the
 * classifier and character-model trainers share, the GAN loop, optimisers, schedules, checkpoints, early stopping and
 * the divergence guard.
 */
package org.whiskerstudio.training.dl4j;
