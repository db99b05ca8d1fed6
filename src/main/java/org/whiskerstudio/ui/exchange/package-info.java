/** Dataset exchange from the studio: export a project in a format, import a labelled dataset. */
package org.whiskerstudio.ui.exchange;
