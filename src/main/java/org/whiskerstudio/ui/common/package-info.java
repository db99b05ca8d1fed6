/** Small JavaFX helpers shared by the screens: icons, dialogs. */
package org.whiskerstudio.ui.common;
