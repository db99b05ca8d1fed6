package org.whiskerstudio.project;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.whiskerstudio.common.Hashes;

/** Builds {@link NewImage} records for store tests; the hash is derived from a key so each key is one image. */
final class NewImages {
    private NewImages() {
    }

    static NewImage unlabelled(String key, String fileName) {
        return build(key, fileName, Optional.empty());
    }

    static NewImage tagged(String key, String fileName, String className) {
        return build(key, fileName, Optional.of(className));
    }

    static String hashOf(String key) {
        return Hashes.sha256Hex(key.getBytes(StandardCharsets.UTF_8));
    }

    private static NewImage build(String key, String fileName, Optional<String> className) {
        String hash = hashOf(key);
        return new NewImage(hash, fileName, "images/" + hash.substring(0, 2) + "/" + hash + ".png",
                "/photos/" + fileName, 64, 48, "png", 1234, className);
    }
}
