package org.whiskerstudio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the {@code engine} tag honest: run with {@code -Dwhisker.engineTagCheck=true -DreuseForks=false} (one JVM
 * per test class), it fails a test class that loaded ND4J's native library without being tagged {@code engine}, so
 * {@code mvn -B test -DexcludedGroups=engine} stays a quick run that never loads native code. Off by default: with
 * reused forks the library stays loaded after the first class that needs it.
 */
public final class EngineTagCheck implements AfterAllCallback {
    static final String SWITCH = "whisker.engineTagCheck";

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        Class<?> test = context.getRequiredTestClass();
        if (nativeEngineLoaded() && !tagged(test)) {
            throw new AssertionError(test.getName() + " loads ND4J's native library: tag it @Tag(\"engine\")");
        }
    }

    static boolean tagged(Class<?> test) {
        for (Class<?> c = test; c != null; c = c.getEnclosingClass()) {
            if (Arrays.stream(c.getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals("engine"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether this process has mapped libnd4j (its JNI library's name holds "nd4j"). */
    static boolean nativeEngineLoaded() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        return Files.isReadable(maps) && Files.readString(maps).contains("nd4j");
    }
}
