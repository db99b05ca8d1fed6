/** The benchmarks' engines that touch DL4J directly: training and prediction speed, and the data pipeline's cost. */
package org.whiskerstudio.bench.dl4j;
