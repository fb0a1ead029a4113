package io.vitrine.vision;

import io.vitrine.vision.ImageRejectedException.Reason;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void decodesJpegToRgb() {
        byte[] jpeg = TestImages.encode(TestImages.product(64, 48, Color.RED, false), "jpg");

        DecodedImage image = decoder.decode(jpeg);

        assertEquals("jpeg", image.format());
        assertEquals(64, image.width());
        assertEquals(48, image.height());
        int centre = image.rgb().getRGB(32, 24);
        assertTrue(((centre >> 16) & 0xff) > 200 && ((centre >> 8) & 0xff) < 60, "red survives: " + Integer.toHexString(centre));
    }

    @Test
    void flattensTransparentPngOnWhite() {
        BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 5, 10);
        g.dispose();

        DecodedImage image = decoder.decode(TestImages.encode(argb, "png"));

        assertEquals("png", image.format());
        assertEquals(0x0000ff, image.rgb().getRGB(1, 1) & 0xffffff);
        assertEquals(0xffffff, image.rgb().getRGB(8, 1) & 0xffffff, "transparent pixels become white");
    }

    @Test
    void decodesIndexedGif() {
        byte[] gif = TestImages.encode(TestImages.product(20, 20, Color.GREEN, true), "gif");

        DecodedImage image = decoder.decode(gif);

        assertEquals("gif", image.format());
        assertEquals(BufferedImage.TYPE_INT_RGB, image.rgb().getType());
        assertEquals(0x00ff00, image.rgb().getRGB(10, 10) & 0xffffff);
    }

    @Test
    void convertsCmykJpegToRgb() {
        // full cyan ink, nothing else: the photo should come out cyan (no red, full green and blue)
        byte[] jpeg = TestImages.cmykJpeg(16, 16, 255, 0, 0, 0);

        DecodedImage image = decoder.decode(jpeg);

        int p = image.rgb().getRGB(8, 8);
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        assertTrue(r < 40 && g > 200 && b > 200, "cyan expected, got " + Integer.toHexString(p & 0xffffff));
    }

    @Test
    void refusesTextAsNotAnImage() {
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> decoder.decode("hello, not a photo".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.NOT_AN_IMAGE, e.reason());
    }

    @Test
    void refusesEmptyUpload() {
        assertEquals(Reason.EMPTY, assertThrows(ImageRejectedException.class, () -> decoder.decode(new byte[0])).reason());
    }

    @Test
    void refusesUploadOverTheByteLimitBeforeParsing() {
        ImageDecoder small = new ImageDecoder(new ImageDecoder.Limits(1000, 1_000_000, 1000));
        byte[] big = new byte[1001];

        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> small.decode(big));

        assertEquals(Reason.TOO_MANY_BYTES, e.reason());
    }

    @Test
    void refusesTruncatedJpeg() {
        byte[] jpeg = TestImages.encode(noise(200, 200), "jpg");
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);

        assertEquals(Reason.CORRUPT, assertThrows(ImageRejectedException.class, () -> decoder.decode(truncated)).reason());
    }

    @Test
    void refusesTruncatedPng() {
        byte[] png = TestImages.encode(noise(200, 200), "png");
        byte[] truncated = Arrays.copyOf(png, png.length / 2);

        assertEquals(Reason.CORRUPT, assertThrows(ImageRejectedException.class, () -> decoder.decode(truncated)).reason());
    }

    @Test
    void refusesDecompressionBombFromItsHeaderWithoutDecoding() {
        byte[] bomb = TestImages.pngHeaderOnly(20_000, 20_000);

        // 20,000 x 20,000 RGB would need 1.6 GB as a BufferedImage; the header check answers at once
        ImageRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ImageRejectedException.class, () -> decoder.decode(bomb)));

        assertEquals(Reason.TOO_MANY_PIXELS, e.reason());
        assertTrue(e.getMessage().contains("20000 x 20000"), e.getMessage());
    }

    @Test
    void refusesFormatsOtherThanJpegPngGif() {
        byte[] bmp = TestImages.encode(TestImages.product(8, 8, Color.RED, false), "bmp");

        assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(ImageRejectedException.class, () -> decoder.decode(bmp)).reason());
    }

    private static BufferedImage noise(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        return image;
    }
}
