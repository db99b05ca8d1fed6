package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

/**
 * Files as cameras, phones, browsers and print workflows write them (made with ImageMagick and ExifTool, see
 * {@code images/real-files/NOTICE.md}): each is stored as the person saw it, upright, in a format every stage reads.
 * The picture is 40x20 with a red square at the top left and a blue one at the bottom right.
 */
class RealImageFilesTest {
    @TempDir
    Path tmp;
    private ProjectStore store;

    @BeforeEach
    void createProject() {
        store = ProjectStore.create(tmp.resolve("project"), "p");
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyExifOrientationIsStoredUpright(int orientation) throws IOException {
        ImageAsset asset = importOne("orientation-" + orientation + ".jpg");

        assertUpright(asset);
        assertEquals("jpg", asset.format());
        // Only a turned photo is re-encoded; an upright one keeps its own bytes.
        byte[] stored = Files.readAllBytes(store.layout().resolveStored(asset.storedPath()));
        assertEquals(orientation == 1, Arrays.equals(stored, resource("orientation-1.jpg")),
                "the bytes are kept only when upright");
    }

    @Test
    void aCmykJpegIsStoredAsAnRgbJpeg() throws IOException {
        ImageAsset asset = importOne("cmyk.jpg");

        assertUpright(asset);
        assertEquals("jpg", asset.format());
        assertEquals(3, rawComponents(store.layout().resolveStored(asset.storedPath())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lossless.webp", "lossy.webp", "deep.tif"})
    void webpAndTiffAreStoredAsPng(String name) throws IOException {
        ImageAsset asset = importOne(name);

        assertUpright(asset);
        assertEquals("png", asset.format());
    }

    @Test
    void aSixteenBitPngIsKeptAsItIs() throws IOException {
        ImageAsset asset = importOne("deep.png");

        assertUpright(asset);
        assertEquals("png", asset.format());
    }

    @Test
    void aHeicPhotoIsRefusedWithHowToConvertIt() throws IOException {
        Path file = copy("u.heic");

        ImportReport report = new ImageImporter(store, 1).run(ImportRequest.of(List.of(file)), Progress.NONE,
                Cancellation.none());

        assertEquals(0, report.imported());
        String reason = report.problems().get(0).reason();
        assertTrue(reason.contains("HEIC") && reason.contains("heif-convert"), reason);
    }

    @Test
    void theOrientationOfEachFileIsReadFromItsExif() {
        for (int o = 1; o <= 8; o++) {
            Orientation read = Orientation.of(resource("orientation-" + o + ".jpg"), "jpg");
            assertEquals(o, read.value());
            assertEquals(o >= 5, read.swapsSides());
        }
    }

    private ImageAsset importOne(String name) throws IOException {
        Path file = copy(name);
        ImportReport report = new ImageImporter(store, 1).run(ImportRequest.of(List.of(file)), Progress.NONE,
                Cancellation.none());
        assertEquals(1, report.imported(), name + ": " + report.problems());
        List<ImageAsset> images = store.images(ImageQuery.ALL);
        return images.get(images.size() - 1);
    }

    private void assertUpright(ImageAsset asset) throws IOException {
        assertEquals(40, asset.width(), "width as shown");
        assertEquals(20, asset.height(), "height as shown");
        BufferedImage stored = ImageIO.read(store.layout().resolveStored(asset.storedPath()).toFile());
        assertEquals(40, stored.getWidth());
        assertEquals(20, stored.getHeight());
        assertColour(stored.getRGB(3, 3), 0xFF0000, "red at the top left");
        assertColour(stored.getRGB(36, 16), 0x0000FF, "blue at the bottom right");
        assertColour(stored.getRGB(36, 3), 0xFFFFFF, "white at the top right");
        Path thumbnail = store.layout().thumbnail(asset.sha256());
        BufferedImage thumb = ImageIO.read(thumbnail.toFile());
        assertTrue(thumb.getWidth() > thumb.getHeight(), "the thumbnail is upright too");
        assertColour(thumb.getRGB(3, 3), 0xFF0000, "thumbnail: red at the top left");
    }

    private static void assertColour(int argb, int rgb, String what) {
        int[] got = {(argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF};
        int[] want = {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
        for (int i = 0; i < 3; i++) {
            // JPEG and the CMYK conversion move colours a little; a wrong turn moves them all the way.
            assertTrue(Math.abs(got[i] - want[i]) < 60, what + ": got " + Integer.toHexString(argb));
        }
    }

    private static int rawComponents(Path jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return reader.getRawImageType(0).getNumComponents();
            } finally {
                reader.dispose();
            }
        }
    }

    private Path copy(String name) throws IOException {
        Path file = Files.createDirectories(tmp.resolve("in")).resolve(name);
        Files.write(file, resource(name));
        return file;
    }

    private static byte[] resource(String name) {
        try (InputStream in = RealImageFilesTest.class.getResourceAsStream("/images/real-files/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test file " + name, e);
        }
    }
}
