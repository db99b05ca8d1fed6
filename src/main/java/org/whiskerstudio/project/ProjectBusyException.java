package org.whiskerstudio.project;

import java.nio.file.Path;

/** Another process has the project open for writing; the message names it. */
public final class ProjectBusyException extends ProjectException {
    private static final long serialVersionUID = 1L;

    private final transient ProjectLock.Holder holder;

    public ProjectBusyException(Path project, ProjectLock.Holder holder) {
        super("The project " + project + " is open in " + holder.describe()
                + ". Close it there (or wait until that command ends) and try again.");
        this.holder = holder;
    }

    public ProjectLock.Holder holder() {
        return holder;
    }
}
