package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writing process per project, checked with a real second process. */
class ProjectLockTest {
    @TempDir
    Path dir;

    @Test
    void oneProcessMayOpenItsProjectMoreThanOnce() {
        try (ProjectStore first = ProjectStore.create(dir, "p"); ProjectStore second = ProjectStore.open(dir)) {
            assertEquals("p", second.name());
        }
        // Both holds let go: the project opens again.
        ProjectStore.open(dir).close();
    }

    @Test
    void aSecondProcessIsToldWhoHoldsTheProjectAndReadersWorkBesideIt() throws Exception {
        ProjectStore.create(dir, "shared").close();
        Process holder = LockHolder.start(dir);
        try {
            ProjectBusyException busy = assertThrows(ProjectBusyException.class, () -> ProjectStore.open(dir));
            assertEquals(Long.toString(holder.pid()), busy.holder().pid());
            assertEquals("lock holder", busy.holder().program());
            assertTrue(busy.getMessage().contains("lock holder (process " + holder.pid()), busy.getMessage());

            try (ProjectStore reader = ProjectStore.openReadOnly(dir)) {
                assertEquals("shared", reader.name());
                assertTrue(reader.readOnly());
                ProjectException refused = assertThrows(ProjectException.class, () -> reader.setSetting("k", "v"));
                assertTrue(refused.getMessage().contains("read only"), refused.getMessage());
            }
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // The killed holder's lock went with its process: the project is taken over.
        try (ProjectStore after = ProjectStore.open(dir)) {
            assertEquals("shared", after.name());
            assertTrue(!after.readOnly());
        }
    }

    @Test
    void aFreedProjectOpensAfterItsHolderClosedNormally() throws Exception {
        ProjectStore.create(dir, "p").close();
        Process holder = LockHolder.start(dir);
        holder.getOutputStream().close();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, holder.exitValue());
        ProjectStore.open(dir).close();
    }
}
