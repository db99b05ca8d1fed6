/** The user's settings that outlive a session: recent projects, the last project, window geometry. */
package org.whiskerstudio.settings;
