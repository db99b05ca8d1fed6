/** Bringing images into a project: scanning files and folders, decoding safely, hashing, thumbnails. */
package org.whiskerstudio.project.imports;
