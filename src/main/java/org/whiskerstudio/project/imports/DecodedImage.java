package org.whiskerstudio.project.imports;

import java.awt.image.BufferedImage;

/**
 * What decoding tells about an image: its size as shown (upright) and format, a small preview, and whether the file
 * can be stored as it is.
 *
 * @param format    lower-case format name as read ("jpg", "png", "bmp", "gif", "tif", "webp")
 * @param thumbnail an upright RGB image that fits in the thumbnail box
 * @param storedAsIs false when the project must keep a standard upright copy instead of the file's bytes: a photo
 *                  turned by its EXIF orientation, a CMYK/YCCK JPEG, a TIFF or a WebP (formats the screens' image
 *                  loader cannot show, and pixels that every later stage would otherwise have to turn)
 */
public record DecodedImage(int width, int height, String format, BufferedImage thumbnail, boolean storedAsIs) {
}
