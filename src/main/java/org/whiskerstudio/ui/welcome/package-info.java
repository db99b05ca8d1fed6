/** The welcome screen shown when no project is open: new, open, recent projects and samples. */
package org.whiskerstudio.ui.welcome;
