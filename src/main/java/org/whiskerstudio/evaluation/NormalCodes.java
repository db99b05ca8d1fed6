package org.whiskerstudio.evaluation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.whiskerstudio.common.AtomicFiles;

/**
 * The codes of a run's normal training examples, the reference of the code-distance score, as one small binary file:
 * a run's {@code normal-codes.bin} (a cache) and a bundle's entry of the same name. The file says which model made
 * the codes ({@code modelSha256}, so a run trained further computes them again). Both places can be edited by hand
 * or come from a stranger, so reading checks the header, the sizes against the file's length and that every number
 * is finite before keeping anything.
 *
 * <p>Format, big-endian: int magic "WNCD", int version 1, modified-UTF-8 model SHA-256, int count, int dimensions,
 * then count x dimensions floats, code after code.
 */
public record NormalCodes(float[][] codes, String modelSha256) {
    public static final String FILE = "normal-codes.bin";
    private static final int MAGIC = 0x574E4344; // "WNCD"
    private static final int VERSION = 1;
    /** Codes of more numbers than any bottleneck worth calling one. */
    public static final int MAX_DIMENSIONS = 4096;
    /** 64 MB of floats: 500,000 codes of 32 numbers, more than a desktop project's training part. */
    public static final long MAX_BYTES = 64L << 20;
    private static final int MAX_STAMP = 200;

    public NormalCodes {
        new CodeNeighbours(codes);
        if (modelSha256.length() > MAX_STAMP) {
            throw new IllegalArgumentException("the model's stamp is " + modelSha256.length() + " characters long");
        }
    }

    /** The score these codes give. */
    public CodeNeighbours neighbours() {
        return new CodeNeighbours(codes);
    }

    public int dimensions() {
        return codes[0].length;
    }

    /** Writes the file whole (a temporary file first). */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(modelSha256);
            out.writeInt(codes.length);
            out.writeInt(dimensions());
            for (float[] code : codes) {
                for (float v : code) {
                    out.writeFloat(v);
                }
            }
            out.flush();
        });
    }

    /**
     * @throws IOException naming {@code label} and what is wrong when the file is not such a file, of another
     *                     version, too large, or its length or numbers do not match its header
     */
    public static NormalCodes read(Path file, String label) throws IOException {
        long length = Files.size(file);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (length < 14 || in.readInt() != MAGIC) {
                throw damaged(label, "it is not a file of normal codes");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw damaged(label, "version " + version + ", this studio reads version " + VERSION);
            }
            String stamp = in.readUTF();
            int count = in.readInt();
            int dimensions = in.readInt();
            long header = 4 + 4 + 2 + stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4 + 4;
            if (count < 1 || dimensions < 1 || dimensions > MAX_DIMENSIONS
                    || (long) count * dimensions * Float.BYTES > MAX_BYTES) {
                throw damaged(label, count + " codes of " + dimensions + " numbers (at most " + MAX_DIMENSIONS
                        + " numbers and " + (MAX_BYTES >> 20) + " MB)");
            }
            if (length != header + (long) count * dimensions * Float.BYTES) {
                throw damaged(label, "its length does not match its " + count + " codes of " + dimensions + " numbers");
            }
            float[][] codes = new float[count][dimensions];
            for (float[] code : codes) {
                for (int j = 0; j < dimensions; j++) {
                    code[j] = in.readFloat();
                    if (!Float.isFinite(code[j])) {
                        throw damaged(label, "it holds a number that is not finite");
                    }
                }
            }
            return new NormalCodes(codes, stamp);
        } catch (java.io.EOFException | java.io.UTFDataFormatException | IllegalArgumentException e) {
            throw damaged(label, e.getMessage() == null ? "it ends early" : e.getMessage());
        }
    }

    private static IOException damaged(String label, String why) {
        return new IOException(label + " is not usable: " + why + ".");
    }
}
