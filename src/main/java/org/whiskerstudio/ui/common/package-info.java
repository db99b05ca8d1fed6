/** Small JavaFX helpers shared by the screens: icons, dialogs, lazily loaded thumbnails. */
package org.whiskerstudio.ui.common;
