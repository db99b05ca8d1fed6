/**
 * Network architectures as pure data: a {@link org.whiskerstudio.architecture.LayerGraph} of layer specs, shape
 * inference with costs, plain-language validation, templates. Conversion to DeepLearning4J lives in
 * {@code architecture.dl4j}; nothing here loads native code.
 */
package org.whiskerstudio.architecture;
