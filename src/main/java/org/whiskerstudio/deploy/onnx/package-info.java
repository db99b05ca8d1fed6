/** Runs exported ONNX models with ONNX Runtime: the only package that uses it. */
package org.whiskerstudio.deploy.onnx;
