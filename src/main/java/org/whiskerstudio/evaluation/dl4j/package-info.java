/** The evaluation engine: a run's DL4J model over a project's labelled images, in batches from the tensor cache. */
package org.whiskerstudio.evaluation.dl4j;
