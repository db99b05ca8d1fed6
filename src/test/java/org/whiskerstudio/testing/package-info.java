/** Test support shared by every test package: the check that keeps the {@code engine} tag honest. */
package org.whiskerstudio.testing;
