/** The DL4J training loop: optimisers, schedules, checkpoints, early stopping and the divergence guard. */
package org.whiskerstudio.training.dl4j;
