package io.vitrine.vision;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A photo that passed {@link ImageDecoder}: always {@code TYPE_INT_RGB} (alpha flattened on white, CMYK converted).
 *
 * @param format the format the reader recognised ({@code jpeg}, {@code png}, {@code gif})
 */
public record DecodedImage(BufferedImage rgb, String format) {

    public DecodedImage {
        Objects.requireNonNull(rgb);
        Objects.requireNonNull(format);
        if (rgb.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, got type " + rgb.getType());
        }
    }

    public int width() {
        return rgb.getWidth();
    }

    public int height() {
        return rgb.getHeight();
    }
}
