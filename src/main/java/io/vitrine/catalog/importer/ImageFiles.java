package io.vitrine.catalog.importer;

import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductImage;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads a product photo from disk and checks it before it is stored: a JPEG or PNG that fully decodes, within
 * {@link ProductImage#MAX_BYTES} and of sensible dimensions. A truncated JPEG decodes with a mere warning in
 * ImageIO (grey bottom half), so warnings count as failures here. {@link #check} is the same check for other uploaded
 * images (a seller's logo), with their own largest side.
 */
public final class ImageFiles {

    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 8192;

    /** Why a photo was refused; the message goes into the import report. */
    public static final class InvalidImageException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidImageException(String message) {
            super(message);
        }
    }

    private ImageFiles() {
    }

    /** The file's bytes, refused when missing, empty or above {@link ProductImage#MAX_BYTES}. */
    static byte[] read(Path file) throws InvalidImageException {
        try {
            long size = Files.size(file);
            if (size == 0 || size > ProductImage.MAX_BYTES) {
                throw new InvalidImageException("image " + file.getFileName() + " has " + size + " bytes (1 to "
                        + ProductImage.MAX_BYTES + " allowed)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidImageException("image " + file.getFileName() + " not found");
        } catch (IOException e) {
            throw new InvalidImageException("image " + file.getFileName() + " unreadable: " + e.getMessage());
        }
    }

    static ProductImage validate(byte[] bytes, String name, ProductId product) throws InvalidImageException {
        Checked image = check(bytes, name, MAX_SIDE);
        try {
            return new ProductImage(product, image.contentType(), bytes, image.width(), image.height());
        } catch (RuntimeException e) {
            throw new InvalidImageException("image " + name + " does not decode: " + e.getMessage());
        }
    }

    /** An image that decodes fully: its content type ({@code image/jpeg} or {@code image/png}) and size. */
    public record Checked(String contentType, int width, int height) {
    }

    /**
     * Checks that {@code bytes} are a JPEG or PNG that decodes without a warning, with sides of {@value #MIN_SIDE} to
     * {@code maxSide} pixels. The sides are read from the header before anything is decoded, so a decompression bomb
     * (a small file declaring a huge image) is refused before its pixels are allocated.
     */
    public static Checked check(byte[] bytes, String name, int maxSide) throws InvalidImageException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidImageException("image " + name + " is not a JPEG or PNG");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String contentType = switch (format) {
                    case "jpeg", "jpg" -> "image/jpeg";
                    case "png" -> "image/png";
                    default -> throw new InvalidImageException("image " + name + " is " + format + ", not JPEG or PNG");
                };
                StringBuilder warnings = new StringBuilder();
                IIOReadWarningListener listener = (source, warning) -> warnings.append(warning).append(' ');
                reader.addIIOReadWarningListener(listener);
                reader.setInput(in, true, true);
                // dimensions from the header first: a huge image is refused before it is decoded
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < MIN_SIDE || h < MIN_SIDE || w > maxSide || h > maxSide) {
                    throw new InvalidImageException("image " + name + " is " + w + "x" + h + " (sides of "
                            + MIN_SIDE + " to " + maxSide + " px allowed)");
                }
                // every row is still decoded (a truncated file still warns), only one pixel in 16 is kept:
                // validation at half the cost of a full-size decode
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(4, 4, 0, 0);
                reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new InvalidImageException("image " + name + " is damaged: " + warnings.toString().strip());
                }
                return new Checked(contentType, w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidImageException("image " + name + " does not decode: " + e.getMessage());
        }
    }
}
