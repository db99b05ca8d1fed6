package org.whiskerstudio.app.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (or says it is a development build). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = WhiskerCli.class.getPackage().getImplementationVersion();
        return new String[] {"Whisker Studio " + (version == null ? "(development build)" : version)};
    }
}
