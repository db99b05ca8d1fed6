package org.whiskerstudio.project.imports;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Says what a file no image reader takes is, when it is a known picture format we cannot read, and what to do: an
 * iPhone's HEIC photo deserves better than "not an image".
 */
final class UnreadableFormats {
    static final String SUPPORTED = "PNG, JPEG, BMP, GIF, TIFF, WebP";
    /** ISO base media "ftyp" brands of HEIF pictures (HEIC, and AVIF which shares the container). */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
            "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private UnreadableFormats() {
    }

    static String explain(byte[] content) {
        String brand = content.length >= 12 && new String(content, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")
                ? new String(content, 8, 4, StandardCharsets.ISO_8859_1) : "";
        if (AVIF_BRANDS.contains(brand)) {
            return "an AVIF picture, which Whisker Studio cannot read (there is no maintained Java decoder for it): "
                    + "convert it to PNG or JPEG first, for example with ImageMagick: convert photo.avif photo.png";
        }
        if (HEIF_BRANDS.contains(brand)) {
            return "a HEIC/HEIF photo (an iPhone's default format), which Whisker Studio cannot read (there is no "
                    + "maintained Java decoder for it): convert it to JPEG first, for example heif-convert photo.heic "
                    + "photo.jpg (Debian: libheif-examples), Export as JPEG in Preview or Photos, or set the iPhone's "
                    + "camera to Most Compatible";
        }
        return "not an image in a supported format (" + SUPPORTED + ")";
    }
}
