package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.ProjectTemplates;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.project.ProjectStore;

/** `whisker train --template`: the ids it names come from the project's template list. */
class TrainCommandTest {
    @TempDir
    Path temp;

    private static String err(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args), out.toString());
        return err.toString();
    }

    @Test
    void anUnknownTemplateListsEveryTrainableTemplateOfTheProject() throws Exception {
        Path project = temp.resolve("p");
        String expected;
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            ProjectTemplates templates = DataProfiler.templates(store);
            expected = TrainCommand.trainable(templates);
            List<String> ids = templates.all().stream().map(ProjectTemplates.Template::id)
                    .filter(id -> !id.equals("dcgan")).toList();
            assertEquals(String.join(", ", ids), expected);
        }

        String unknown = err("train", project.toString(), "--template", "resnet");
        String gan = err("train", project.toString(), "--template", "dcgan");
        String none = err("train", project.toString());

        assertTrue(unknown.contains("unknown template \"resnet\"; known: " + expected), unknown);
        assertTrue(expected.contains("charlstm") && expected.contains("lenet"), expected);
        assertFalse(expected.contains("dcgan"), expected);
        assertTrue(gan.contains("known: " + expected + " (a GAN is trained on the studio's Train screen)"), gan);
        assertTrue(none.contains("--template ID (" + expected + ")"), none);
    }

    @Test
    void aTemplateBuiltAgainForOtherDataIsSavedBesideTheOldOneNotOverIt() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("q"), "q")) {
            ArchitectureStore architectures =
                    new ArchitectureStore(store);
            Architecture stale = new Architecture(
                    "Char LSTM", Templates.charLstm(97, 100), Optional.empty());
            Architecture fitted = stale.withNetwork(
                    Templates.charLstm(22, 100));
            architectures.save(stale);

            assertEquals("Char LSTM 2", TrainCommand.saveFitted(architectures, fitted));
            assertEquals("Char LSTM 2", TrainCommand.saveFitted(architectures, fitted), "reused once saved");
            assertEquals("Char LSTM", TrainCommand.saveFitted(architectures, stale));
            assertEquals(stale, architectures.load("Char LSTM").orElseThrow());
            assertEquals(List.of("Char LSTM", "Char LSTM 2"), architectures.names().stream().sorted().toList());
        }
    }
}
