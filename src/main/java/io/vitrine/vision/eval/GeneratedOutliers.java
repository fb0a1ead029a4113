package io.vitrine.vision.eval;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Pictures of nothing a shop sells, drawn from a seed, to test "no close match": sensor-like noise (per pixel,
 * or blotchy at a coarser grain) and landscapes (a sky, a sun or moon, mountain ridges, a field or a lake).
 */
public final class GeneratedOutliers {

    public static final int SIZE = 224;

    private GeneratedOutliers() {
    }

    public static BufferedImage noise(long seed) {
        Random r = new Random(seed);
        int grain = 1 << r.nextInt(4);
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        int base = r.nextInt(256);
        for (int y = 0; y < SIZE; y += grain) {
            for (int x = 0; x < SIZE; x += grain) {
                int rgb = r.nextBoolean() ? r.nextInt(0x1000000) : grey(clamp(base + (int) (r.nextGaussian() * 60)));
                for (int dy = 0; dy < grain && y + dy < SIZE; dy++) {
                    for (int dx = 0; dx < grain && x + dx < SIZE; dx++) {
                        img.setRGB(x + dx, y + dy, rgb);
                    }
                }
            }
        }
        return img;
    }

    public static BufferedImage landscape(long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            boolean night = r.nextDouble() < 0.2;
            Color top = night ? new Color(0x0B1030) : Color.getHSBColor(0.55f + r.nextFloat() * 0.1f, 0.4f + r.nextFloat() * 0.5f, 0.7f + r.nextFloat() * 0.3f);
            Color horizon = night ? new Color(0x2A2F5A) : Color.getHSBColor(r.nextFloat() * 0.15f, r.nextFloat() * 0.4f, 0.85f + r.nextFloat() * 0.15f);
            g.setPaint(new GradientPaint(0, 0, top, 0, SIZE * 0.6f, horizon));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(night ? new Color(0xEEEEDD) : new Color(255, 230 - r.nextInt(60), 120));
            double sun = 12 + r.nextDouble() * 20;
            g.fill(new Ellipse2D.Double(r.nextDouble() * SIZE, 10 + r.nextDouble() * 60, sun, sun));
            int ridges = 1 + r.nextInt(3);
            for (int k = 0; k < ridges; k++) {
                float shade = 0.25f + 0.5f * k / ridges;
                g.setColor(Color.getHSBColor(0.25f + r.nextFloat() * 0.4f, 0.2f + r.nextFloat() * 0.4f, shade + r.nextFloat() * 0.2f));
                Path2D ridge = new Path2D.Double();
                double base = SIZE * (0.45 + 0.12 * k) + r.nextDouble() * 20;
                ridge.moveTo(0, SIZE);
                for (int x = 0; x <= SIZE; x += 8) {
                    ridge.lineTo(x, base - Math.abs(Math.sin(x * (0.01 + r.nextDouble() * 0.01) + k)) * (30 + r.nextDouble() * 40));
                }
                ridge.lineTo(SIZE, SIZE);
                ridge.closePath();
                g.fill(ridge);
            }
            int ground = (int) (SIZE * (0.72 + r.nextDouble() * 0.15));
            boolean lake = r.nextBoolean();
            g.setPaint(new GradientPaint(0, ground, lake ? new Color(0x3A6EA5) : new Color(0x4F7F2F),
                    0, SIZE, lake ? new Color(0x1F3F66) : new Color(0x2F5A1A)));
            g.fillRect(0, ground, SIZE, SIZE - ground);
            for (int i = 0; i < 200; i++) {
                g.setColor(new Color(0, 0, 0, 25));
                g.fillRect(r.nextInt(SIZE), ground + r.nextInt(Math.max(1, SIZE - ground)), 2, 2);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static int grey(int v) {
        return v << 16 | v << 8 | v;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
