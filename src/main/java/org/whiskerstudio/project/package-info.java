/** Projects on disk: the SQLite store with its migrations, images, label classes and image-level tags. */
package org.whiskerstudio.project;
