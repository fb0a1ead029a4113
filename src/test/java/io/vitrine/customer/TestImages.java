package io.vitrine.customer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/** Small images for the upload tests: a real JPEG / PNG / GIF, and a PNG whose header lies about its size. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                img.setRGB(x, y, (x * 7 + y * 13) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) {
            throw new IllegalStateException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /** The PNG with its IHDR chunk's width and height replaced (and its CRC recomputed). */
    public static byte[] withSize(byte[] png, int width, int height) {
        byte[] b = png.clone();
        // signature (8), length (4), "IHDR" (4) at 12, width at 16, height at 20, CRC over type + 13 data bytes at 29
        ByteBuffer.wrap(b, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        ByteBuffer.wrap(b, 29, 4).putInt((int) crc.getValue());
        return b;
    }
}
