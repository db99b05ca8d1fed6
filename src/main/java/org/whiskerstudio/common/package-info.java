/** Small pure helpers shared by every layer: atomic files, JSON, hashing, progress and cancellation, background tasks. */
package org.whiskerstudio.common;
