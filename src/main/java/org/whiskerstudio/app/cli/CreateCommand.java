package org.whiskerstudio.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.whiskerstudio.project.ProjectStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code whisker create PROJECT}. */
@Command(name = "create", description = "Create an empty project folder.")
final class CreateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder to create")
    private Path project;

    @CommandLine.Option(names = "--name", description = "the project's name (default: the folder's name)")
    private String name;

    @Override
    public Integer call() {
        String projectName = name != null ? name : project.toAbsolutePath().normalize().getFileName().toString();
        try (ProjectStore store = ProjectStore.create(project, projectName)) {
            spec.commandLine().getOut().println("Created project '" + store.name() + "' in " + store.layout().root());
        }
        return 0;
    }
}
