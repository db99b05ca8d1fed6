/** DL4J iterators over the tensor cache: batches for training (shuffled, augmented) and evaluation. */
package org.whiskerstudio.dataset.dl4j;
