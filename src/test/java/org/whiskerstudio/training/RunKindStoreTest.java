package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.project.ProjectStore;

/** A run stores the kind its architecture has, and runs recorded before the character kind read as what they are. */
class RunKindStoreTest {
    private static final Architecture MLP = new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
            Optional.empty());
    private static final Architecture CHARS = new Architecture("Chars", Templates.charLstm(12, 20), Optional.empty());
    private static final Architecture GAN = Templates.dcgan(new TensorShape.Image(8, 8, 1), 16);
    /** The schema before {@code training_run.kind} told character models apart. */
    private static final int BEFORE_CHARACTER_KIND = 5;

    @TempDir
    Path dir;

    private static long create(RunStore runs, Architecture architecture) {
        return runs.create(architecture.name() + " #1", architecture, TrainingConfig.defaults(),
                Provenance.here("test", "cpu", "")).id();
    }

    private static String storedKey(ProjectStore store, long runId) {
        return store.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT kind FROM training_run WHERE id = " + runId)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void eachRunStoresAndReadsBackItsArchitecturesKind() {
        try (ProjectStore store = ProjectStore.create(dir, "p")) {
            RunStore runs = new RunStore(store);
            long mlp = create(runs, MLP);
            long chars = create(runs, CHARS);
            long gan = create(runs, GAN);

            assertEquals(ModelKind.CLASSIFIER, runs.get(mlp).orElseThrow().kind());
            assertEquals(ModelKind.CHARACTER_MODEL, runs.get(chars).orElseThrow().kind());
            assertEquals(ModelKind.GAN, runs.get(gan).orElseThrow().kind());
            assertEquals("character", storedKey(store, chars));
        }
    }

    @Test
    void aCharacterRunRecordedAsAClassifierBeforeTheKindExistedReadsAsACharacterRunAndStaysSo() throws Exception {
        long mlp;
        long chars;
        long gan;
        long broken;
        try (ProjectStore store = ProjectStore.create(dir, "p")) {
            RunStore runs = new RunStore(store);
            mlp = create(runs, MLP);
            chars = create(runs, CHARS);
            gan = create(runs, GAN);
            broken = create(runs, MLP);
        }
        // As an older studio left it: every non-GAN run a classifier, at the schema version before the step.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("project.db"));
             Statement s = c.createStatement()) {
            s.execute("UPDATE training_run SET kind = 'classifier' WHERE kind = 'character'");
            s.execute("UPDATE training_run SET architecture_json = '{}' WHERE id = " + broken);
            s.execute("PRAGMA user_version = " + BEFORE_CHARACTER_KIND);
            // Undo the steps after the character-kind one too (suggestions, label provenance, kept labels), so the
            // upgrade replays them as it does on a project that old.
            s.execute("DROP TABLE suggestion");
            s.execute("DROP TABLE label_keep");
            for (String column : new String[] {"source", "source_run", "source_probability", "source_format"}) {
                s.execute("ALTER TABLE annotation DROP COLUMN " + column);
            }
        }

        try (ProjectStore store = ProjectStore.open(dir)) {
            RunStore runs = new RunStore(store);
            assertEquals(ModelKind.CHARACTER_MODEL, runs.get(chars).orElseThrow().kind());
            assertEquals(ModelKind.CLASSIFIER, runs.get(mlp).orElseThrow().kind());
            assertEquals(ModelKind.GAN, runs.get(gan).orElseThrow().kind());
            assertEquals(ModelKind.CLASSIFIER, runs.get(broken).orElseThrow().kind(), "an unreadable snapshot");
            assertEquals("character", storedKey(store, chars), "settled in the row, not derived again");
            assertEquals("classifier", storedKey(store, mlp));
            assertTrue(CharacterRunNote.isCharacterRun(runs.get(chars).orElseThrow()));
        }
    }
}
