/**
 * Evaluation of a trained classifier, free of DL4J and JavaFX: predictions, the confusion matrix with per-class
 * metrics, binary ROC and precision-recall curves, saved evaluations and the HTML/CSV report. The model itself runs
 * in {@code evaluation.dl4j}.
 */
package org.whiskerstudio.evaluation;
