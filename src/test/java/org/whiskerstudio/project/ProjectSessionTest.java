package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSessionTest {
    @TempDir
    Path tmp;
    private ProjectStore store;
    private ProjectSession session;

    @BeforeEach
    void openSession() {
        store = ProjectStore.create(tmp.resolve("p"), "p");
        session = new ProjectSession(store);
    }

    @Test
    void closingWhileWorkRunsKeepsTheStoreOpenUntilTheWorkEnds() {
        assertTrue(session.beginWork());

        session.close();

        assertTrue(session.isClosing());
        assertEquals(0, store.imageCount(), "the running work can still use the store");
        session.endWork();
        assertThrows(ProjectException.class, store::imageCount);
    }

    @Test
    void closingWhenIdleClosesTheStoreAtOnce() {
        session.close();

        assertThrows(ProjectException.class, store::imageCount);
    }

    @Test
    void noWorkStartsOnceClosing() {
        session.close();

        assertFalse(session.beginWork());
    }
}
