package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.nio.file.Path;

/** Test fixtures of this package for tests elsewhere: the tiny run's bundle with {@code model.onnx}. */
public final class EnginesAccess {
    private EnginesAccess() {
    }

    public static Path bundleWithOnnx() throws IOException {
        return EnginesTest.bundleWithOnnx();
    }
}
