/**
 * Plain-text output shared by the command line and the benchmarks: progress bars, training lines, run tables and
 * import reports. It sits below both so the benchmarks need not reach into the product CLI.
 */
package org.whiskerstudio.terminal;
