/** Bundles and predictors on DL4J: export a run's model, load a bundle without trusting it, predict with timing. */
package org.whiskerstudio.deploy.dl4j;
