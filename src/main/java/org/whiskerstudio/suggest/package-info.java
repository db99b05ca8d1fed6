/**
 * Model in the loop: a classifier run's suggested labels for the unlabelled images (top classes, margin, entropy),
 * stored one run at a time and listed in the orders the labelling queue uses; and possible label mistakes (labelled
 * examples a run confidently contradicts) with the labels the person kept.
 */
package org.whiskerstudio.suggest;
