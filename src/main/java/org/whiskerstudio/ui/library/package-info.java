/** The Data screen: the project's images in a virtualised thumbnail grid, filters, counts and imports. */
package org.whiskerstudio.ui.library;
