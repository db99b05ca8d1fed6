/** The headless command line ({@code whisker ...}) over the same services as the studio. */
package org.whiskerstudio.app.cli;
