/** Sample projects shipped with the studio, made into real projects on first use. */
package org.whiskerstudio.samples;
