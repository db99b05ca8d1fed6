package org.whiskerstudio.project.sequences;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stored text example ({@code images/<sha256>.txt}): strict UTF-8, at most {@link #MAX_BYTES}. Importers
 * normalise line ends to {@code \n} before hashing, so the same text imported twice is one example.
 */
public final class TextExample {
    public static final long MAX_BYTES = 4L << 20;

    private TextExample() {
    }

    public static String read(Path file) throws SequenceUnreadable {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SequenceUnreadable(file, "larger than " + (MAX_BYTES >> 20) + " MB");
            }
            return decode(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new SequenceUnreadable(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Strict UTF-8: malformed bytes are refused, naming {@code file}. */
    public static String decode(Path file, byte[] bytes) throws SequenceUnreadable {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SequenceUnreadable(file, "is not UTF-8 text");
        }
    }

    /** The stored form of a text: {@code \r\n} and {@code \r} become {@code \n}. */
    public static byte[] normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').getBytes(StandardCharsets.UTF_8);
    }
}
