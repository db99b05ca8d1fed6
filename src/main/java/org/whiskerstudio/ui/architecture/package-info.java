/** The Architecture screen: a visual layer editor with live shapes, costs and plain-language mistakes. */
package org.whiskerstudio.ui.architecture;
