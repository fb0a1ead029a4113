package io.vitrine.vision.train;

import io.vitrine.demo.ProductImagePainter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * What a shopper's camera does to a drawn product shot, applied before training so the network cannot lean on
 * the clean edges of a drawing: a tilt and keystone (perspective), a zoom that may crop the product, something in
 * front of it (occlusion), defocus blur, sensor noise and JPEG artefacts at a random quality. Each effect fires
 * with its own probability, so some shots stay clean.
 */
final class CameraEffects {

    private CameraEffects() {
    }

    static BufferedImage shoot(BufferedImage in, Random r) {
        int w = in.getWidth();
        int h = in.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(edgeColour(in));
            g.fillRect(0, 0, w, h);
            // zoom 0.8 (more margin) to 1.3 (the product cropped by the frame), tilt and a little keystone
            double zoom = 0.8 + r.nextDouble() * 0.5;
            AffineTransform t = new AffineTransform();
            t.translate(w / 2.0 + (r.nextDouble() - 0.5) * w * 0.12, h / 2.0 + (r.nextDouble() - 0.5) * h * 0.12);
            t.rotate(Math.toRadians((r.nextDouble() - 0.5) * 16));
            t.shear((r.nextDouble() - 0.5) * 0.16, (r.nextDouble() - 0.5) * 0.16);
            t.scale(zoom, zoom * (0.9 + r.nextDouble() * 0.2));
            t.translate(-w / 2.0, -h / 2.0);
            g.drawImage(in, t, null);
            if (r.nextDouble() < 0.2) {
                // something in front: a hand, a tag, another object
                g.setColor(Color.getHSBColor(r.nextFloat(), r.nextFloat(), r.nextFloat()));
                int ow = (int) (w * (0.1 + r.nextDouble() * 0.25));
                int oh = (int) (h * (0.1 + r.nextDouble() * 0.25));
                int x = r.nextBoolean() ? r.nextInt(w / 4) : w - ow - r.nextInt(w / 4);
                int y = r.nextInt(h - oh);
                if (r.nextBoolean()) {
                    g.fillOval(x, y, ow, oh);
                } else {
                    g.fillRect(x, y, ow, oh);
                }
            }
        } finally {
            g.dispose();
        }
        if (r.nextDouble() < 0.3) {
            out = blur(out, 2 + r.nextInt(4));
        }
        if (r.nextDouble() < 0.3) {
            noise(out, r, 4 + r.nextDouble() * 14);
        }
        if (r.nextDouble() < 0.5) {
            out = jpeg(out, (float) (0.15 + r.nextDouble() * 0.7));
        }
        return out;
    }

    /** The frame's corner colour: what lies around the product when the zoom leaves a margin. */
    private static Color edgeColour(BufferedImage in) {
        return new Color(in.getRGB(1, 1));
    }

    /** Defocus: down by {@code factor} and back up with bilinear filtering. */
    private static BufferedImage blur(BufferedImage in, int factor) {
        int w = in.getWidth();
        int h = in.getHeight();
        BufferedImage small = new BufferedImage(Math.max(1, w / factor), Math.max(1, h / factor), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D s = small.createGraphics();
        s.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        s.drawImage(in, 0, 0, small.getWidth(), small.getHeight(), null);
        s.dispose();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static void noise(BufferedImage img, Random r, double sigma) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int n = (int) Math.round(r.nextGaussian() * sigma);
            argb[i] = clamp(((p >> 16) & 0xff) + n) << 16 | clamp(((p >> 8) & 0xff) + n) << 8 | clamp((p & 0xff) + n);
        }
        img.setRGB(0, 0, w, h, argb, 0, w);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static BufferedImage jpeg(BufferedImage img, float quality) {
        try {
            // ImageIO.read closes the stream it is given
            return ImageIO.read(new ByteArrayInputStream(ProductImagePainter.jpeg(img, quality)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
