/**
 * Training runs: the configuration, run history with provenance, metric points, checkpoints and the controls
 * (pause, resume, stop). Free of DL4J; the training loop itself lives in {@code training.dl4j}.
 */
package org.whiskerstudio.training;
