package org.whiskerstudio.project.imports;

import java.awt.image.BufferedImage;

/**
 * What decoding tells about an image: its real size and format, and a small preview.
 *
 * @param format    lower-case format name as stored ("jpg", "png", "bmp", "gif", "tif")
 * @param thumbnail an RGB image that fits in the thumbnail box
 */
public record DecodedImage(int width, int height, String format, BufferedImage thumbnail) {
}
