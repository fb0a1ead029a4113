package io.vitrine.vision;

import io.vitrine.vision.ImageRejectedException.Reason;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns uploaded bytes into an RGB image, or refuses them with an {@link ImageRejectedException}.
 * Only {@code javax.imageio}; the dimensions are read from the header and checked before any pixel is decoded,
 * so a decompression bomb (a tiny file that claims 20,000 x 20,000 pixels) costs nothing. Thread-safe.
 */
public final class ImageDecoder {

    /** Upload limits. Defaults suit product photos: 10 MB, 40 megapixels, 10,000 pixels a side. */
    public record Limits(int maxBytes, long maxPixels, int maxSide) {

        public Limits {
            if (maxBytes <= 0 || maxPixels <= 0 || maxSide <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        public static Limits defaults() {
            return new Limits(10 * 1024 * 1024, 40_000_000L, 10_000);
        }
    }

    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif");

    private final Limits limits;

    public ImageDecoder(Limits limits) {
        this.limits = limits;
    }

    public ImageDecoder() {
        this(Limits.defaults());
    }

    public Limits limits() {
        return limits;
    }

    public DecodedImage decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImageRejectedException(Reason.EMPTY, "the upload is empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ImageRejectedException(Reason.TOO_MANY_BYTES,
                    "the image has " + bytes.length + " bytes, more than the limit of " + limits.maxBytes());
        }
        // an in-memory stream: ImageIO.createImageInputStream would spool the upload to a temporary file
        ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ImageRejectedException(Reason.NOT_AN_IMAGE, "the upload is not an image (JPEG, PNG or GIF expected)");
        }
        ImageReader reader = readers.next();
        try {
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT,
                        "images in " + format.toUpperCase(Locale.ROOT) + " format are not accepted (JPEG, PNG or GIF expected)");
            }
            reader.setInput(in, true, false);
            checkDimensions(reader);
            // the JPEG reader only warns about a truncated stream and fills the rest with grey: refuse instead
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener(warningsInto(warnings));
            BufferedImage image = isFourChannelJpeg(reader, format) ? readCmyk(reader) : reader.read(0, reader.getDefaultReadParam());
            if (!warnings.isEmpty()) {
                throw new ImageRejectedException(Reason.CORRUPT, "the image is damaged or truncated: " + warnings.get(0));
            }
            return new DecodedImage(toRgb(image), format);
        } catch (ImageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // image readers signal broken data with IOExceptions and, for some corrupt streams, runtime exceptions
            throw new ImageRejectedException(Reason.CORRUPT, "the image is damaged or truncated: " + e.getMessage(), e);
        } finally {
            reader.dispose();
            try {
                in.close();
            } catch (IOException ignored) {
                // in-memory stream
            }
        }
    }

    private void checkDimensions(ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new ImageRejectedException(Reason.CORRUPT, "the image header gives no valid size");
        }
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw new ImageRejectedException(Reason.TOO_MANY_PIXELS, "the image is " + width + " x " + height
                    + " pixels, more than the limit of " + limits.maxSide() + " a side and " + limits.maxPixels() + " in all");
        }
    }

    private static IIOReadWarningListener warningsInto(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }

    /**
     * CMYK and YCCK JPEGs (four components in the frame header) have no Java2D image type: {@code read} fails with
     * "Unsupported Image Type" or, without an Adobe marker, returns four meaningless bands.
     */
    private static boolean isFourChannelJpeg(ImageReader reader, String format) throws IOException {
        if (!format.equals("jpeg")) {
            return false;
        }
        IIOMetadata metadata = reader.getImageMetadata(0);
        if (metadata == null) {
            return false;
        }
        org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        org.w3c.dom.NodeList frames = ((org.w3c.dom.Element) root).getElementsByTagName("sof");
        return frames.getLength() > 0 && ((org.w3c.dom.Element) frames.item(0)).getElementsByTagName("componentSpec").getLength() == 4;
    }

    /** Reads the raw four bands and converts them without an ICC profile: close enough for classifying a photo. */
    private static BufferedImage readCmyk(ImageReader reader) throws IOException {
        int transform = adobeTransform(reader.getImageMetadata(0));
        ImageReadParam param = reader.getDefaultReadParam();
        Raster raster = reader.readRaster(0, param);
        if (raster.getNumBands() != 4) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT,
                    "JPEG with " + raster.getNumBands() + " colour channels is not supported");
        }
        int w = raster.getWidth();
        int h = raster.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.getPixel(x + raster.getMinX(), y + raster.getMinY(), px);
                double c = px[0];
                double m = px[1];
                double ye = px[2];
                double k = px[3];
                if (transform == 2) {
                    // YCCK: the first three bands are YCbCr of the (inverted) CMY values
                    double yy = px[0];
                    double cb = px[1] - 128.0;
                    double cr = px[2] - 128.0;
                    c = clamp(yy + 1.402 * cr);
                    m = clamp(yy - 0.344136 * cb - 0.714136 * cr);
                    ye = clamp(yy + 1.772 * cb);
                }
                if (transform != -1) {
                    // Adobe writes CMYK inverted (0 = full ink); after this c, m, y, k are "amount of ink"
                    c = 255 - c;
                    m = 255 - m;
                    ye = 255 - ye;
                    k = 255 - k;
                }
                int r = (int) Math.round((255 - c) * (255 - k) / 255.0);
                int g = (int) Math.round((255 - m) * (255 - k) / 255.0);
                int b = (int) Math.round((255 - ye) * (255 - k) / 255.0);
                rgb.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return rgb;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(255, v));
    }

    /** The Adobe APP14 transform flag (0 = CMYK, 2 = YCCK), or -1 when the file has no Adobe marker. */
    private static int adobeTransform(IIOMetadata metadata) {
        if (metadata == null) {
            return -1;
        }
        try {
            org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            org.w3c.dom.NodeList adobe = ((org.w3c.dom.Element) root).getElementsByTagName("app14Adobe");
            if (adobe.getLength() == 0) {
                return -1;
            }
            org.w3c.dom.Node t = adobe.item(0).getAttributes().getNamedItem("transform");
            return t == null ? 0 : Integer.parseInt(t.getNodeValue());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Flattens transparency onto white (product photos have white backgrounds) and normalises the pixel type. */
    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
