/** Start-up and wiring: the plain {@code main}, the JavaFX application, and the hand-written context. */
package org.whiskerstudio.app;
