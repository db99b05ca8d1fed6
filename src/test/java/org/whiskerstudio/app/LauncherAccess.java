package org.whiskerstudio.app;

/** Lets tests in other packages ask the launcher how it reads its arguments. */
public final class LauncherAccess {
    private LauncherAccess() {
    }

    public static boolean isCommand(String first) {
        return Launcher.isCommand(first);
    }
}
