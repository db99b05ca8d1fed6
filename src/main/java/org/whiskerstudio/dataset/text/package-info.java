/**
 * Text for next-character models, free of any engine: the project's text examples as one corpus, its character
 * vocabulary (saved with a run as vocabulary.json) and the seeded order of training windows.
 */
package org.whiskerstudio.dataset.text;
