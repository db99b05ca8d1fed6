/** The main window: menus, the pipeline navigation, project lifecycle, drag and drop. */
package org.whiskerstudio.ui.shell;
