package org.whiskerstudio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the {@code engine} tag honest, so {@code mvn -B test -DexcludedGroups=engine} stays a quick run that never
 * loads native code. With {@code -Dwhisker.engineTagCheck=true} it fails an untagged test class during which ND4J's
 * native library got loaded. The library stays loaded for the rest of a JVM, so the check sees the first such class
 * of each test JVM: run it with {@code -DexcludedGroups=engine} (where no class may load it), or with
 * {@code -DreuseForks=false} to check every class. Off by default.
 */
public final class EngineTagCheck implements BeforeAllCallback, AfterAllCallback {
    static final String SWITCH = "whisker.engineTagCheck";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EngineTagCheck.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (Boolean.getBoolean(SWITCH)) {
            context.getStore(NAMESPACE).put("loadedBefore", nativeEngineLoaded());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        Class<?> test = context.getRequiredTestClass();
        boolean before = Boolean.TRUE.equals(context.getStore(NAMESPACE).get("loadedBefore", Boolean.class));
        if (!before && nativeEngineLoaded() && !tagged(test)) {
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
