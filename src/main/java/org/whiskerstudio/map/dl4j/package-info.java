/** The engine side of the project map: a trained run's activations at its embedding layer, read like scoring. */
package org.whiskerstudio.map.dl4j;
