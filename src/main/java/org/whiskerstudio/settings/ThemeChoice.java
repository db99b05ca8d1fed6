package org.whiskerstudio.settings;

/** Which look the studio takes: light, dark, or whichever the desktop prefers (the first start's choice). */
public enum ThemeChoice {
    LIGHT,
    DARK,
    SYSTEM
}
