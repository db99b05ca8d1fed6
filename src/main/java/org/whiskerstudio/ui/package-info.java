/** Everything JavaFX: one package per screen, MVVM with views built in code. */
package org.whiskerstudio.ui;
