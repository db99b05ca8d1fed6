/**
 * What the screens share about detectors (not a screen): the seam through which they reach a project's detector runs
 * (their trained box finders and stored evaluations), and the drawing of boxes, ground truth solid and a model's
 * boxes dashed with class and score, on the Evaluate galleries, the Label canvas and the Deploy preview alike.
 */
package org.whiskerstudio.ui.detection;
