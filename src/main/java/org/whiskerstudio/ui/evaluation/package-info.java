/**
 * The Evaluate screen: a run's model on the test part (or another project), per-class metrics, a zoomable confusion
 * matrix whose cells open a gallery with relabelling, confident mistakes, binary curves with a threshold, comparing
 * two runs and exporting the report.
 */
package org.whiskerstudio.ui.evaluation;
