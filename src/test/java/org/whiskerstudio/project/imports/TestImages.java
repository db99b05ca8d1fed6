package org.whiskerstudio.project.imports;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Makes image files for tests: a base colour with seeded per-pixel noise, so two images made with different
 * seeds always differ in content (and hash), while the same seed gives the same bytes.
 */
public final class TestImages {
    private TestImages() {
    }

    /** An RGB image of one colour plus noise of +-24 per channel. */
    public static BufferedImage noisy(int width, int height, Color base, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = clamp(base.getRed() + random.nextInt(49) - 24);
                int g = clamp(base.getGreen() + random.nextInt(49) - 24);
                int b = clamp(base.getBlue() + random.nextInt(49) - 24);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    /** Encodes a noisy image; {@code format} is "png", "jpg", "bmp" or "gif". */
    public static byte[] bytes(String format, int width, int height, long seed) {
        return encode(noisy(width, height, colourFor(seed), seed), format);
    }

    public static byte[] encode(BufferedImage image, String format) {
        String writerName = format.toLowerCase(Locale.ROOT).equals("jpg") ? "jpeg" : format.toLowerCase(Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, writerName, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a noisy image whose format follows the file's extension; creates parent folders. */
    public static Path write(Path file, int width, int height, long seed) {
        return writeBytes(file, bytes(extension(file), width, height, seed));
    }

    public static Path writeBytes(Path file, byte[] content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code count} distinct small PNGs named img-000.png ... into {@code dir}. */
    public static List<Path> folderOfPngs(Path dir, int count, int width, int height, long firstSeed) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(write(dir.resolve(String.format(Locale.ROOT, "img-%03d.png", i)), width, height, firstSeed + i));
        }
        return files;
    }

    /**
     * Writes {@code count} JPEGs of {@code width} x {@code height} that differ only in a comment segment: distinct
     * content and hashes, the same decoding cost, and only one image to encode.
     */
    public static List<Path> distinctJpegs(Path dir, int count, int width, int height) {
        byte[] jpeg = bytes("jpg", width, height, 1);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] comment = String.format(Locale.ROOT, "copy %05d", i).getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2); // SOI
            out.write(0xff);
            out.write(0xfe); // COM
            out.write((comment.length + 2) >> 8);
            out.write(comment.length + 2);
            out.writeBytes(comment);
            out.write(jpeg, 2, jpeg.length - 2);
            files.add(writeBytes(dir.resolve(String.format(Locale.ROOT, "photo-%03d.jpg", i)), out.toByteArray()));
        }
        return files;
    }

    /** The first half of an encoded image: a file cut off mid-download. */
    public static byte[] truncated(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    /**
     * A tiny, well-formed PNG whose header declares {@code width} x {@code height} grey pixels: a decompression
     * bomb. The IDAT holds a little zlib-compressed zero data, the IEND closes the file; all CRCs are right.
     */
    public static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height);
        ihdr.put((byte) 8); // bit depth
        ihdr.put((byte) 0); // colour type: greyscale
        ihdr.put((byte) 0); // compression
        ihdr.put((byte) 0); // filter
        ihdr.put((byte) 0); // interlace
        writeChunk(out, "IHDR", ihdr.array());
        writeChunk(out, "IDAT", zlib(new byte[64 * 1024]));
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A real JPEG whose SOF header is patched to declare another size (the pixel data stays small). */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = bytes("jpg", 16, 16, 7);
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
                // FFC0, length(2), precision(1), height(2), width(2)
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 marker in the encoded JPEG");
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] zlib(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static Color colourFor(long seed) {
        Random random = new Random(seed * 31 + 17);
        return new Color(40 + random.nextInt(176), 40 + random.nextInt(176), 40 + random.nextInt(176));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
