/** Suggesting with DL4J: a run's model over every unlabelled example, in batches from the tensor cache. */
package org.whiskerstudio.suggest.dl4j;
