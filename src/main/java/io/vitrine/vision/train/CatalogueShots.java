package io.vitrine.vision.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.vitrine.demo.ProductImagePainter;

import static io.vitrine.demo.Shapes.oval;
import static io.vitrine.demo.Shapes.poly;
import static io.vitrine.demo.Shapes.rr;

/**
 * Drawn shots of fashion products framed the way fashion shops photograph them (issue #16: shots whose statistics
 * match shop photos, beside the demo store's own pictures and the randomised scenes of {@code renderVaried}): the
 * product alone on a white or light grey sweep, centred with a margin in a square frame (some squeezed from a
 * portrait, so that the product looks wider than it is); clothes on a model standing straight, head to thigh for tops
 * and waist or shoulders to feet for bottoms, or on an invisible mannequin. Silhouettes drawn in the proportions of real products (a sneaker's sole and laces seen from
 * the side, a watch face-on with its strap running off top and bottom, sunglasses with their temples, a rolled belt,
 * a pair of socks), shaded rather than outlined, in the colours clothes come in. Never a photo: drawn from a seed.
 */
final class CatalogueShots {

    /** The demo store's sub-categories these shots know how to draw: the fashion ones a shopper photographs. */
    static final Set<String> SUB_CATEGORIES = Set.of("t-shirts", "sweaters", "jackets", "jeans", "shorts", "skirts",
            "dresses", "sneakers", "heels", "sandals", "socks", "watches", "sunglasses", "belts", "wallets", "handbags",
            "backpacks", "caps");
    private static final Set<String> WORN = Set.of("t-shirts", "sweaters", "jackets", "jeans", "shorts", "skirts", "dresses");
    /** Local units of the square canvas every shot is composed on before it is scaled to the requested size. */
    private static final double CANVAS = 200;
    /** The product is drawn at one unit per pixel on a layer covering -LAYER/2..LAYER/2 on both axes. */
    private static final int LAYER = 440;

    private static final List<Color> CLOTH = List.of(new Color(0x1C1C1E), new Color(0x3A3B3F), new Color(0x8A8D91),
            new Color(0xC9CACC), new Color(0xF4F4F2), new Color(0x1F2A44), new Color(0x5C3A21), new Color(0xA67B5B),
            new Color(0xD9C7A7), new Color(0x556B2F), new Color(0x6B1E2B), new Color(0xB22222), new Color(0x2F5DA8),
            new Color(0x1F7A7A), new Color(0xD4A017), new Color(0xE8A0B4), new Color(0x5B3A7A), new Color(0x2E7D4F),
            new Color(0xE0702A), new Color(0x87CEEB));
    private static final List<Color> LEATHER = List.of(new Color(0x1A1A1A), new Color(0x2B2B2B), new Color(0x4A2C17),
            new Color(0x6F4426), new Color(0x8B5A2B), new Color(0xA0764F), new Color(0x3B2F2F), new Color(0x7A1F2B));
    private static final List<Color> DENIM = List.of(new Color(0x1F3A5F), new Color(0x2C4F7C), new Color(0x3E6A9E),
            new Color(0x6C8EBF), new Color(0x222A35), new Color(0x4A5866), new Color(0x111418));
    private static final Color[] SKIN = {new Color(0xF1C8A8), new Color(0xE0AC8A), new Color(0xC68863),
            new Color(0x9C6644), new Color(0xF6D5BD), new Color(0xD9A07A)};
    private static final Color[] HAIR = {new Color(0x1E1A17), new Color(0x3B2A1E), new Color(0x6B4A2E),
            new Color(0x2A2A2A), new Color(0x8A6A3E)};
    private static final Color METAL = new Color(0xB8BCC2);
    private static final Color GOLD = new Color(0xC9A43A);

    private CatalogueShots() {
    }

    static boolean covers(String subCategory) {
        return SUB_CATEGORIES.contains(subCategory);
    }

    /**
     * A shot of a product of {@code subCategory}, {@code size} pixels square, drawn from {@code r}: the fashion
     * sub-categories ({@link #covers}) in this class's silhouettes, any other sub-category of the demo store as the
     * demo painter draws it ({@link ProductImagePainter#renderAlone}), framed the same way, so that a product alone on
     * a white sweep is not by itself a sign of fashion.
     */
    static BufferedImage shoot(String subCategory, Random r, int size) {
        if (!covers(subCategory)) {
            BufferedImage drawn = new ProductImagePainter(r.nextLong()).renderAlone("catalogue", subCategory, "", r.nextLong(), LAYER);
            return framed(drawn, null, r, size);
        }
        BufferedImage layer = new BufferedImage(LAYER, LAYER, BufferedImage.TYPE_INT_ARGB);
        Graphics2D l = layer.createGraphics();
        Rectangle2D window;
        try {
            l.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            l.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            l.translate(LAYER / 2.0, LAYER / 2.0);
            boolean worn = WORN.contains(subCategory) && r.nextDouble() < 0.7;
            if (!worn) {
                l.rotate(Math.toRadians((r.nextDouble() - 0.5) * 12));
            }
            if (r.nextBoolean()) {
                l.scale(-1, 1);
            }
            Pen pen = new Pen(l, r);
            // the window a shop frames around the model, in layer pixels
            window = worn ? shifted(pen.worn(subCategory)) : null;
            if (!worn) {
                pen.product(subCategory);
            }
        } finally {
            l.dispose();
        }
        return framed(layer, window, r, size);
    }

    /**
     * The drawn {@code layer} (transparent around the product) on a studio sweep, in a frame about square around the
     * product (a shop's portrait padded to a square), some squeezed from a portrait (width / height of the frame below
     * 1 widens the product); {@code window} is the frame a shop puts around a worn garment, null for a product alone,
     * which gets a margin and often a contact shadow.
     */
    private static BufferedImage framed(BufferedImage layer, Rectangle2D window, Random r, int size) {
        double aspect = r.nextDouble() < 0.7 ? 0.93 + r.nextDouble() * 0.14 : 0.75 + r.nextDouble() * 0.18;
        Rectangle2D drawn = window != null ? window : bounds(layer);
        Rectangle2D frame = window != null ? portrait(window, aspect, r) : fit(drawn, aspect, r);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / CANVAS, size / CANVAS);
            studio(g, r);
            AffineTransform toCanvas = new AffineTransform();
            toCanvas.scale(CANVAS / frame.getWidth(), CANVAS / frame.getHeight());
            toCanvas.translate(-frame.getX(), -frame.getY());
            if (window == null && r.nextDouble() < 0.6) {
                floorShadow(g, toCanvas, drawn, r);
            }
            g.transform(toCanvas);
            g.drawImage(layer, 0, 0, null);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static Rectangle2D shifted(Rectangle2D local) {
        return new Rectangle2D.Double(local.getX() + LAYER / 2.0, local.getY() + LAYER / 2.0, local.getWidth(), local.getHeight());
    }

    /** The window {@code w} widened or heightened to {@code aspect} (width / height) around its centre, nudged a little. */
    private static Rectangle2D portrait(Rectangle2D w, double aspect, Random r) {
        double h = w.getHeight() * (0.95 + r.nextDouble() * 0.1);
        double width = h * aspect;
        double cx = w.getCenterX() + (r.nextDouble() - 0.5) * width * 0.06;
        return new Rectangle2D.Double(cx - width / 2, w.getCenterY() - h / 2, width, h);
    }

    /** A frame of {@code aspect} in which the product's bounds fill 60-90 % of the constraining side. */
    private static Rectangle2D fit(Rectangle2D b, double aspect, Random r) {
        double fill = 0.6 + r.nextDouble() * 0.3;
        double width = Math.max(b.getWidth() / fill, b.getHeight() / fill * aspect);
        double height = width / aspect;
        double cx = b.getCenterX() + (r.nextDouble() - 0.5) * width * 0.08;
        double cy = b.getCenterY() + (r.nextDouble() - 0.5) * height * 0.08;
        return new Rectangle2D.Double(cx - width / 2, cy - height / 2, width, height);
    }

    /** Bounds of the drawn pixels of the layer, in layer pixels. */
    private static Rectangle2D bounds(BufferedImage layer) {
        int[] argb = layer.getRGB(0, 0, LAYER, LAYER, null, 0, LAYER);
        int x0 = LAYER;
        int y0 = LAYER;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < LAYER; y++) {
            for (int x = 0; x < LAYER; x++) {
                if ((argb[y * LAYER + x] >>> 24) > 24) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? new Rectangle2D.Double(0, 0, LAYER, LAYER) : new Rectangle2D.Double(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** White most of the time, as shops shoot; sometimes light grey, flat or falling off towards the floor. */
    private static void studio(Graphics2D g, Random r) {
        double kind = r.nextDouble();
        int v = kind < 0.65 ? 248 + r.nextInt(8) : 222 + r.nextInt(26);
        int tint = r.nextInt(5);
        g.setColor(new Color(v, v, Math.max(0, v - tint)));
        g.fillRect(0, 0, (int) CANVAS, (int) CANVAS);
        if (kind > 0.85) {
            g.setPaint(new GradientPaint(0, 0, new Color(255, 255, 255, 60), 0, (float) CANVAS, new Color(0, 0, 0, 30)));
            g.fillRect(0, 0, (int) CANVAS, (int) CANVAS);
        }
    }

    /** A soft contact shadow under a product standing on the sweep. */
    private static void floorShadow(Graphics2D g, AffineTransform toCanvas, Rectangle2D layerBounds, Random r) {
        Rectangle2D b = toCanvas.createTransformedShape(layerBounds).getBounds2D();
        float cx = (float) b.getCenterX();
        float cy = (float) b.getMaxY();
        float rx = (float) Math.max(4, b.getWidth() * 0.55);
        AffineTransform keep = g.getTransform();
        g.translate(cx, cy);
        g.scale(1, 0.12 + r.nextDouble() * 0.08);
        g.setPaint(new RadialGradientPaint(0, 0, rx, new float[] {0f, 1f},
                new Color[] {new Color(0, 0, 0, 40 + r.nextInt(50)), new Color(0, 0, 0, 0)}));
        g.fill(new Ellipse2D.Float(-rx, -rx, 2 * rx, 2 * rx));
        g.setTransform(keep);
    }

    /**
     * Draws in local units (about -100..100 for a product; a model's body from the head at y -175 to the feet at
     * 185), y pointing down.
     */
    private record Pen(Graphics2D g, Random r) {

        // ---- colours and primitives ----

        private Color cloth() {
            return r.nextDouble() < 0.75 ? CLOTH.get(r.nextInt(CLOTH.size()))
                    : Color.getHSBColor(r.nextFloat(), r.nextFloat() * 0.8f, 0.15f + r.nextFloat() * 0.85f);
        }

        private Color leather() {
            return r.nextDouble() < 0.8 ? LEATHER.get(r.nextInt(LEATHER.size())) : cloth();
        }

        private static Color scale(Color c, double f) {
            return new Color(clamp(c.getRed() * f + (f > 1 ? 10 : 0)), clamp(c.getGreen() * f + (f > 1 ? 10 : 0)),
                    clamp(c.getBlue() * f + (f > 1 ? 10 : 0)), c.getAlpha());
        }

        private static Color alpha(Color c, int a) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
        }

        private static int clamp(double v) {
            return (int) Math.max(0, Math.min(255, Math.round(v)));
        }

        private static Color contrast(Color c) {
            return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() > 140 ? new Color(0x222222) : new Color(0xF2F2F2);
        }

        /** Soft light from above and the left, a faint edge, no cartoon outline. */
        private void shade(Shape s, Color c) {
            Rectangle2D b = s.getBounds2D();
            double a = Math.toRadians(200 + r.nextDouble() * 60);
            float cx = (float) b.getCenterX();
            float cy = (float) b.getCenterY();
            float reach = (float) Math.max(b.getWidth(), b.getHeight()) / 2;
            g.setPaint(new GradientPaint(cx + (float) Math.cos(a) * reach, cy + (float) Math.sin(a) * reach, scale(c, 1.12),
                    cx - (float) Math.cos(a) * reach, cy - (float) Math.sin(a) * reach, scale(c, 0.8)));
            g.fill(s);
            g.setColor(alpha(scale(c, 0.6), 90));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(s);
        }

        private void fill(Shape s, Color c) {
            g.setColor(c);
            g.fill(s);
        }

        private void line(double x1, double y1, double x2, double y2, Color c, float width) {
            g.setColor(c);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        private void stroke(Shape s, Color c, float width) {
            g.setColor(c);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }

        /** A few soft folds in the fabric, clipped to the garment. */
        private void folds(Shape s, Color c, int n) {
            Shape clip = g.getClip();
            g.clip(s);
            Rectangle2D b = s.getBounds2D();
            for (int i = 0; i < n; i++) {
                double x = b.getMinX() + r.nextDouble() * b.getWidth();
                double y = b.getMinY() + r.nextDouble() * b.getHeight();
                double len = 15 + r.nextDouble() * 40;
                stroke(new QuadCurve2D.Double(x, y, x + (r.nextDouble() - 0.5) * 20, y + len / 2, x + (r.nextDouble() - 0.5) * 14, y + len),
                        alpha(r.nextBoolean() ? scale(c, 0.7) : scale(c, 1.25), 70), 2 + r.nextFloat() * 3);
            }
            g.setClip(clip);
        }

        // ---- worn: a model standing straight ----

        /** Draws the model wearing a product of {@code sub} and returns the window a shop frames. */
        Rectangle2D worn(String sub) {
            Color skin = SKIN[r.nextInt(SKIN.length)];
            boolean woman = switch (sub) {
                case "dresses", "skirts" -> true;
                default -> r.nextDouble() < 0.35;
            };
            Color product = sub.equals("jeans") && r.nextDouble() < 0.85 ? DENIM.get(r.nextInt(DENIM.size())) : cloth();
            Color top = r.nextDouble() < 0.5 ? new Color(0xF2F2F2) : cloth();
            Color bottom = r.nextDouble() < 0.6 ? DENIM.get(r.nextInt(DENIM.size())) : cloth();
            double hem = switch (sub) {
                case "shorts" -> 55 + r.nextDouble() * 25;
                case "skirts" -> 45 + r.nextDouble() * 90;
                case "dresses" -> 60 + r.nextDouble() * 110;
                default -> 0;
            };
            boolean bareLegs = sub.equals("shorts") || sub.equals("skirts") || sub.equals("dresses");
            boolean longSleeves = sub.equals("sweaters") || sub.equals("jackets") || r.nextDouble() < 0.25 && !sub.equals("t-shirts");
            // back to front: hair, legs, arms, the outfit, the product, the head
            body(skin, woman, bareLegs, bareLegs && hem > 150 ? 0 : 1);
            switch (sub) {
                case "t-shirts", "sweaters", "jackets" -> {
                    trousers(bottom, 0, 178, false);
                    topGarment(sub, product, r.nextDouble() < 0.3 ? 30 : 10 + r.nextDouble() * 15);
                }
                case "jeans" -> {
                    topGarment("t-shirts", top, -6);
                    trousers(product, -14, 176, true);
                }
                case "shorts" -> {
                    topGarment(longSleeves ? "sweaters" : "t-shirts", top, -6);
                    shorts(product, hem);
                }
                case "skirts" -> {
                    topGarment(longSleeves ? "sweaters" : "t-shirts", top, -16);
                    skirt(product, hem);
                }
                default -> dress(product, hem);
            }
            head(skin, woman);
            return switch (sub) {
                case "t-shirts", "sweaters", "jackets" -> window(-186 + r.nextDouble() * 12, 40 + r.nextDouble() * 60);
                case "dresses" -> window(-182 + r.nextDouble() * 10, Math.max(hem + 30, 150 + r.nextDouble() * 45));
                default -> window(-140 + r.nextDouble() * 90, 165 + r.nextDouble() * 30);
            };
        }

        private static Rectangle2D window(double top, double bottom) {
            return new Rectangle2D.Double(-60, top, 120, bottom - top);
        }

        private void body(Color skin, boolean woman, boolean bareLegs, int shoes) {
            double hip = woman ? 36 : 32;
            // legs (skin; trousers cover them), then shoes
            for (int side = -1; side <= 1; side += 2) {
                Path2D leg = poly(side * 4, 20, side * hip, 10, side * (hip - 12), 100, side * 24, 172, side * 10, 172, side * 6, 100);
                fill(leg, bareLegs ? skin : scale(skin, 0.9));
            }
            if (shoes > 0) {
                Color shoe = r.nextBoolean() ? new Color(0x1E1E1E) : r.nextBoolean() ? new Color(0xF0F0F0) : leather();
                fill(oval(-20, 180, 16, 8), shoe);
                fill(oval(20, 180, 16, 8), shoe);
            }
            // arms hang by the sides, hands at the hips
            for (int side = -1; side <= 1; side += 2) {
                line(side * 46, -108, side * 56, -10, skin, 13);
                fill(oval(side * 57, 2, 7, 10), skin);
            }
        }

        private void head(Color skin, boolean woman) {
            Color hair = HAIR[r.nextInt(HAIR.length)];
            if (woman && r.nextDouble() < 0.8) {
                fill(rr(-24, -172, 48, 62 + r.nextDouble() * 40, 22), hair); // long hair behind the neck
            }
            fill(new Rectangle2D.Double(-8, -138, 16, 22), scale(skin, 0.92));
            shade(oval(0, -152, 17, 22), skin);
            Area cap = new Area(oval(0, -160, 19, 17));
            cap.subtract(new Area(new Rectangle2D.Double(-30, -158 + r.nextInt(6), 60, 40)));
            fill(cap, hair);
        }

        /** T-shirt, sweater or jacket on the torso from the shoulders down to {@code hem}. */
        private void topGarment(String kind, Color c, double hem) {
            boolean longSleeves = !kind.equals("t-shirts");
            double wrist = -2 + r.nextDouble() * 8;
            Path2D p = new Path2D.Double();
            p.moveTo(-15, -126);
            p.lineTo(-46, -116);
            if (longSleeves) {
                p.lineTo(-62, wrist);
                p.lineTo(-48, wrist + 2);
            } else {
                p.lineTo(-66, -74 + r.nextDouble() * 10);
                p.lineTo(-48, -66);
            }
            p.lineTo(-41, -84);
            p.lineTo(-39, hem);
            p.lineTo(39, hem);
            p.lineTo(41, -84);
            if (longSleeves) {
                p.lineTo(48, wrist + 2);
                p.lineTo(62, wrist);
            } else {
                p.lineTo(48, -66);
                p.lineTo(66, -74 + r.nextDouble() * 10);
            }
            p.lineTo(46, -116);
            p.lineTo(15, -126);
            boolean vNeck = r.nextDouble() < 0.25;
            p.quadTo(0, vNeck ? -96 : -112, -15, -126);
            p.closePath();
            shade(p, c);
            folds(p, c, 3 + r.nextInt(4));
            Color dark = scale(c, 0.72);
            switch (kind) {
                case "sweaters" -> {
                    fill(new Rectangle2D.Double(-39, hem - 9, 78, 9), dark);
                    fill(poly(-62, wrist, -48, wrist + 2, -49, wrist - 8, -62, wrist - 10), dark);
                    fill(poly(62, wrist, 48, wrist + 2, 49, wrist - 8, 62, wrist - 10), dark);
                    stroke(new QuadCurve2D.Double(-15, -126, 0, -110, 15, -126), dark, 5);
                    if (r.nextBoolean()) {
                        for (double x = -33; x < 36; x += 6 + r.nextInt(4)) {
                            line(x, -100, x, hem - 10, alpha(dark, 70), 1.5f);
                        }
                    }
                }
                case "jackets" -> {
                    Color inner = r.nextBoolean() ? new Color(0xF2F2F2) : cloth();
                    boolean open = r.nextDouble() < 0.6;
                    if (open) {
                        fill(poly(-12, -124, 12, -124, 10, hem, -10, hem), inner);
                    }
                    line(0, -110, 0, hem, scale(c, 0.55), open ? 2 : 2.5f);
                    fill(poly(-15, -126, -26, -100, -12, -90, -4, -116), dark); // collar
                    fill(poly(15, -126, 26, -100, 12, -90, 4, -116), dark);
                    fill(rr(-34, hem - 40, 18, 4, 2), dark);
                    fill(rr(16, hem - 40, 18, 4, 2), dark);
                    fill(new Rectangle2D.Double(-39, hem - 6, 78, 6), dark);
                }
                default -> {
                    stroke(new QuadCurve2D.Double(-15, -126, 0, vNeck ? -96 : -112, 15, -126), dark, 3);
                    double print = r.nextDouble();
                    if (print < 0.35) {
                        Color ink = r.nextBoolean() ? contrast(c) : cloth();
                        double w = 20 + r.nextDouble() * 30;
                        double h = 10 + r.nextDouble() * 35;
                        if (r.nextBoolean()) {
                            fill(rr(-w / 2, -95, w, h, 6), alpha(ink, 220));
                        } else {
                            for (double y = -95; y < -95 + h; y += 6) {
                                fill(new Rectangle2D.Double(-w / 2 + r.nextDouble() * 6, y, w - r.nextDouble() * 12, 3.5), ink);
                            }
                        }
                    } else if (print < 0.5) {
                        Shape clip = g.getClip();
                        g.clip(p);
                        Color stripe = r.nextBoolean() ? contrast(c) : cloth();
                        double step = 6 + r.nextDouble() * 12;
                        for (double y = -130; y < hem; y += step) {
                            fill(new Rectangle2D.Double(-80, y, 160, step * (0.3 + r.nextDouble() * 0.3)), stripe);
                        }
                        g.setClip(clip);
                    } else if (print < 0.62) {
                        fill(poly(-10, -126, 10, -126, 6, -100, -6, -100), scale(c, 0.9)); // polo placket and collar
                        fill(poly(-15, -126, -22, -112, -6, -114), dark);
                        fill(poly(15, -126, 22, -112, 6, -114), dark);
                    }
                }
            }
        }

        private void trousers(Color c, double waist, double ankle, boolean product) {
            Path2D p = poly(-37, waist, 37, waist, 39, ankle, 4, ankle, 0, waist + 32, -4, ankle, -39, ankle);
            shade(p, c);
            if (product) {
                folds(p, c, 4 + r.nextInt(4));
                // faded thighs, a waistband, seams and pockets
                fill(oval(-20, waist + 45, 11, 26), alpha(scale(c, 1.35), 70));
                fill(oval(20, waist + 45, 11, 26), alpha(scale(c, 1.35), 70));
                fill(new Rectangle2D.Double(-37, waist, 74, 7), scale(c, 0.8));
                stroke(new QuadCurve2D.Double(-33, waist + 8, -22, waist + 16, -16, waist + 8), scale(c, 0.65), 1.5f);
                stroke(new QuadCurve2D.Double(33, waist + 8, 22, waist + 16, 16, waist + 8), scale(c, 0.65), 1.5f);
                line(0, waist + 7, 0, waist + 30, scale(c, 0.65), 1.5f);
                line(-37, waist + 40, -38, ankle, alpha(GOLD, 90), 1);
                line(37, waist + 40, 38, ankle, alpha(GOLD, 90), 1);
            }
        }

        private void shorts(Color c, double hem) {
            Path2D p = poly(-37, -14, 37, -14, 42, hem, 3, hem, 0, 22, -3, hem, -42, hem);
            shade(p, c);
            folds(p, c, 3);
            fill(new Rectangle2D.Double(-37, -14, 74, 7), scale(c, 0.8));
            if (r.nextBoolean()) {
                line(-40, hem - 6, -5, hem - 6, scale(c, 0.7), 2);
                line(5, hem - 6, 40, hem - 6, scale(c, 0.7), 2);
            }
        }

        private void skirt(Color c, double hem) {
            double flare = 42 + r.nextDouble() * 30 * Math.min(1, hem / 90);
            Path2D p = new Path2D.Double();
            p.moveTo(-33, -18);
            p.lineTo(33, -18);
            p.lineTo(flare, hem);
            p.quadTo(0, hem + 8, -flare, hem);
            p.closePath();
            shade(p, c);
            folds(p, c, 4);
            fill(new Rectangle2D.Double(-33, -18, 66, 6), scale(c, 0.8));
            if (r.nextDouble() < 0.3) {
                for (double x = -flare; x < flare; x += 9) {
                    line(x * 0.45, -10, x, hem, alpha(scale(c, 0.7), 90), 1.5f); // pleats
                }
            }
        }

        private void dress(Color c, double hem) {
            double flare = 40 + r.nextDouble() * 30;
            boolean sleeves = r.nextDouble() < 0.4;
            Path2D p = new Path2D.Double();
            p.moveTo(-14, -124);
            p.lineTo(sleeves ? -46 : -30, sleeves ? -116 : -122);
            if (sleeves) {
                p.lineTo(-62, -80);
                p.lineTo(-46, -74);
            }
            p.lineTo(-36, -86);
            p.lineTo(-31, -22);
            p.lineTo(-flare, hem);
            p.quadTo(0, hem + 8, flare, hem);
            p.lineTo(31, -22);
            p.lineTo(36, -86);
            if (sleeves) {
                p.lineTo(46, -74);
                p.lineTo(62, -80);
            }
            p.lineTo(sleeves ? 46 : 30, sleeves ? -116 : -122);
            p.lineTo(14, -124);
            p.quadTo(0, -100, -14, -124);
            p.closePath();
            shade(p, c);
            folds(p, c, 5);
            if (r.nextBoolean()) {
                fill(new Rectangle2D.Double(-31, -28, 62, 6), r.nextBoolean() ? scale(c, 0.7) : contrast(c));
            }
            if (r.nextDouble() < 0.35) {
                Shape clip = g.getClip();
                g.clip(p);
                Color dot = r.nextBoolean() ? contrast(c) : cloth();
                for (double y = -120; y < hem; y += 12) {
                    for (double x = -80 + (y % 24 == 0 ? 6 : 0); x < 80; x += 12) {
                        fill(oval(x, y, 2.5, 2.5), dot);
                    }
                }
                g.setClip(clip);
            }
        }

        // ---- products alone ----

        void product(String sub) {
            switch (sub) {
                case "t-shirts", "sweaters", "jackets" -> topGarment(sub, cloth(), 10 + r.nextDouble() * 25);
                case "jeans" -> trousers(r.nextDouble() < 0.85 ? DENIM.get(r.nextInt(DENIM.size())) : cloth(), -14, 176, true);
                case "shorts" -> shorts(cloth(), 55 + r.nextDouble() * 25);
                case "skirts" -> skirt(cloth(), 45 + r.nextDouble() * 90);
                case "dresses" -> dress(cloth(), 60 + r.nextDouble() * 110);
                case "sneakers" -> sneaker();
                case "heels" -> heel();
                case "sandals" -> sandal();
                case "socks" -> socks();
                case "watches" -> watch();
                case "sunglasses" -> sunglasses();
                case "belts" -> belt();
                case "wallets" -> wallet();
                case "handbags" -> handbag();
                case "backpacks" -> backpack();
                default -> cap();
            }
        }

        /** Side view, toe to the left: rubber sole, upper rising to the collar, laces, a side stripe. */
        private void sneaker() {
            Color upper = r.nextDouble() < 0.3 ? new Color(0xF2F2F2) : cloth();
            Color sole = r.nextDouble() < 0.6 ? new Color(0xF4F4F4) : r.nextBoolean() ? new Color(0x222222) : new Color(0xC8A27A);
            boolean high = r.nextDouble() < 0.2;
            boolean sport = r.nextBoolean();
            double collar = high ? -70 : -40 - r.nextDouble() * 8;
            Path2D up = new Path2D.Double();
            up.moveTo(-96, 18);
            up.quadTo(-100, -2, -74, -10);
            up.lineTo(-26, -24);
            up.lineTo(18, collar + 2);
            up.quadTo(44, collar - 8, 64, collar);
            up.quadTo(90, collar + 6, 94, -8);
            up.lineTo(96, 18);
            up.closePath();
            shade(up, upper);
            folds(up, upper, 2);
            // toe cap and heel counter
            fill(poly(-96, 18, -98, 2, -78, -8, -66, 18), alpha(scale(upper, 0.82), 200));
            fill(poly(70, collar + 4, 94, -8, 96, 18, 66, 18), alpha(scale(upper, 0.85), 200));
            Color lace = r.nextBoolean() ? new Color(0xF4F4F4) : scale(upper, 0.6);
            if (r.nextDouble() < 0.85) {
                for (int i = 0; i < 6; i++) {
                    double t = i / 5.0;
                    double x = -30 + t * 46;
                    double y = -24 + t * (collar + 2 + 24);
                    line(x - 5, y + 5, x + 7, y - 3, lace, 3);
                }
            }
            Color stripe = r.nextBoolean() ? contrast(upper) : cloth();
            if (sport || r.nextDouble() < 0.4) {
                Path2D s = new Path2D.Double();
                s.moveTo(-50, 8);
                s.quadTo(10, 4, 60, -30 + r.nextDouble() * 10);
                s.quadTo(20, 0, -40, 14);
                s.closePath();
                fill(s, stripe);
            }
            double thick = sport ? 16 + r.nextDouble() * 8 : 9 + r.nextDouble() * 6;
            Shape soleShape = rr(-100, 14, 200, thick, thick);
            shade(soleShape, sole);
            if (sport) {
                fill(new Rectangle2D.Double(-90, 14 + thick * 0.45, 180, 2), alpha(scale(sole, 0.6), 160));
            }
        }

        /** Side view, pointed toe to the left, a stiletto or block heel under the raised heel. */
        private void heel() {
            Color c = r.nextDouble() < 0.6 ? leather() : cloth();
            double heelTop = -40 - r.nextDouble() * 25;
            boolean block = r.nextDouble() < 0.35;
            boolean strappy = r.nextDouble() < 0.3;
            Path2D sole = new Path2D.Double();
            sole.moveTo(-98, 44);
            sole.quadTo(-60, 40, -20, 30);
            sole.quadTo(30, 12, 62, heelTop);
            sole.lineTo(70, heelTop + 6);
            sole.quadTo(36, 22, -18, 38);
            sole.quadTo(-60, 50, -98, 48);
            sole.closePath();
            fill(sole, scale(c, 0.55));
            double heelWidth = block ? 18 : 7;
            shade(poly(56, heelTop + 2, 56 + heelWidth + 4, heelTop + 2, 56 + heelWidth * (block ? 1 : 0.5), 48, 58, 48), scale(c, 0.9));
            if (strappy) {
                for (int i = 0; i < 2 + r.nextInt(2); i++) {
                    double x = -70 + i * 30;
                    stroke(new QuadCurve2D.Double(x - 10, 40 - i * 6, x + 2, 10 - i * 10, x + 16, 34 - i * 8), c, 5);
                }
                stroke(new Arc2D.Double(40, heelTop - 36, 34, 30, 200, 220, Arc2D.OPEN), c, 5);
            } else {
                Path2D up = new Path2D.Double();
                up.moveTo(-98, 44);
                up.quadTo(-90, 26, -56, 20);
                up.quadTo(-30, 12, -12, 14);
                up.quadTo(30, heelTop + 30, 50, heelTop - 14);
                up.lineTo(68, heelTop - 6);
                up.lineTo(70, heelTop + 6);
                up.quadTo(30, 22, -18, 38);
                up.quadTo(-60, 50, -98, 44);
                up.closePath();
                shade(up, c);
                if (r.nextDouble() < 0.3) {
                    fill(oval(-40, 24, 6, 4), METAL);
                }
            }
        }

        /** Side view of a flat sandal with straps over the foot, or a pair seen from above. */
        private void sandal() {
            Color c = r.nextDouble() < 0.7 ? leather() : cloth();
            Color soleColour = r.nextBoolean() ? scale(c, 0.6) : r.nextBoolean() ? new Color(0x2A2A2A) : new Color(0xC8A27A);
            if (r.nextDouble() < 0.6) {
                double thick = 12 + r.nextDouble() * 12;
                shade(rr(-98, 20, 196, thick, thick * 0.8), soleColour);
                int straps = 2 + r.nextInt(3);
                for (int i = 0; i < straps; i++) {
                    double x = -70 + i * (110.0 / straps);
                    double top = -16 - i * 8 - r.nextDouble() * 8;
                    stroke(new QuadCurve2D.Double(x - 14, 22, x + 6, top * 2 + 22, x + 22, 22), c, 7 + r.nextFloat() * 5);
                }
                stroke(new QuadCurve2D.Double(56, 22, 76, -40, 92, 22), c, 7); // back strap
                line(40, -14, 80, -14, scale(c, 0.8), 6);
            } else {
                for (int side = -1; side <= 1; side += 2) {
                    double cx = side * 34;
                    Path2D foot = new Path2D.Double();
                    foot.moveTo(cx, -90);
                    foot.curveTo(cx + 30, -90, cx + 28, -20, cx + 20, 10);
                    foot.curveTo(cx + 18, 50, cx + 26, 90, cx, 92);
                    foot.curveTo(cx - 26, 90, cx - 18, 50, cx - 20, 10);
                    foot.curveTo(cx - 28, -20, cx - 30, -90, cx, -90);
                    foot.closePath();
                    shade(foot, soleColour);
                    for (int i = 0; i < 2 + r.nextInt(2); i++) {
                        double y = -60 + i * 34;
                        fill(rr(cx - 26, y, 52, 12 + r.nextDouble() * 6, 8), c);
                    }
                }
            }
        }

        /** One to three socks laid flat side by side: leg, heel turn, foot; a ribbed cuff, heel and toe in a contrast. */
        private void socks() {
            int n = r.nextDouble() < 0.5 ? 1 + r.nextInt(2) : 3;
            boolean ankle = r.nextDouble() < 0.3;
            double legTop = ankle ? -20 : -90;
            for (int i = 0; i < n; i++) {
                double dx = (i - (n - 1) / 2.0) * 34;
                Color c = cloth();
                Path2D sock = new Path2D.Double();
                sock.moveTo(dx - 14, legTop);
                sock.lineTo(dx + 14, legTop);
                sock.lineTo(dx + 16, 40);
                sock.lineTo(dx + 52, 56);
                sock.quadTo(dx + 66, 66, dx + 52, 78);
                sock.lineTo(dx + 6, 78);
                sock.quadTo(dx - 20, 74, dx - 16, 44);
                sock.closePath();
                shade(sock, c);
                Color band = r.nextBoolean() ? contrast(c) : cloth();
                fill(new Rectangle2D.Double(dx - 14, legTop, 28, 10), scale(c, 0.8));
                fill(oval(dx - 4, 62, 12, 14), alpha(band, 210)); // heel
                fill(oval(dx + 52, 67, 10, 11), alpha(band, 210)); // toe
                if (r.nextBoolean()) {
                    for (double y = legTop + 16; y < 36; y += 10) {
                        line(dx - 14, y, dx + 14, y, alpha(band, 200), 3);
                    }
                }
            }
        }

        /** Face-on: the strap runs off top and bottom, a round or square case with a bezel, markers, hands and crown. */
        private void watch() {
            boolean bracelet = r.nextDouble() < 0.35;
            Color strap = bracelet ? (r.nextBoolean() ? METAL : GOLD) : leather();
            double w = 26 + r.nextDouble() * 12;
            Shape upper = poly(-w / 2, -40, w / 2, -40, w / 2 - 3, -100, -w / 2 + 3, -100);
            Shape lower = poly(-w / 2, 40, w / 2, 40, w / 2 - 3, 100, -w / 2 + 3, 100);
            shade(upper, strap);
            shade(lower, strap);
            if (bracelet) {
                for (double y = 46; y < 100; y += 9) {
                    line(-w / 2 + 2, y, w / 2 - 2, y, scale(strap, 0.7), 1.5f);
                    line(-w / 2 + 2, -y, w / 2 - 2, -y, scale(strap, 0.7), 1.5f);
                }
            } else {
                for (double y = 58; y < 96; y += 10) {
                    fill(oval(0, y, 2.5, 2.5), scale(strap, 0.5)); // holes
                }
            }
            Color caseColour = r.nextDouble() < 0.6 ? (r.nextBoolean() ? METAL : GOLD) : new Color(0x222222);
            double rad = 36 + r.nextDouble() * 12;
            boolean square = r.nextDouble() < 0.2;
            Shape body = square ? rr(-rad, -rad, 2 * rad, 2 * rad, rad * 0.5) : oval(0, 0, rad, rad);
            fill(rr(rad - 2, -6, 8, 12, 3), caseColour); // crown
            shade(body, caseColour);
            double face = rad * (0.78 + r.nextDouble() * 0.1);
            Color dial = r.nextDouble() < 0.4 ? new Color(0xF4F4F0) : r.nextBoolean() ? new Color(0x141414) : cloth();
            Shape faceShape = square ? rr(-face, -face, 2 * face, 2 * face, face * 0.4) : oval(0, 0, face, face);
            fill(faceShape, dial);
            Color ink = contrast(dial);
            for (int h = 0; h < 12; h++) {
                double a = Math.toRadians(h * 30);
                double len = h % 3 == 0 ? 0.2 : 0.1;
                line(Math.sin(a) * face * 0.85, -Math.cos(a) * face * 0.85, Math.sin(a) * face * (0.85 - len),
                        -Math.cos(a) * face * (0.85 - len), ink, h % 3 == 0 ? 2.5f : 1.5f);
            }
            if (r.nextDouble() < 0.35) {
                for (int k = 0; k < 3; k++) {
                    double a = Math.toRadians(90 + k * 120);
                    stroke(oval(Math.cos(a) * face * 0.42, Math.sin(a) * face * 0.42, face * 0.2, face * 0.2), alpha(ink, 160), 1.2f);
                }
            }
            double hour = r.nextDouble() * Math.PI * 2;
            double minute = r.nextDouble() * Math.PI * 2;
            line(0, 0, Math.sin(hour) * face * 0.5, -Math.cos(hour) * face * 0.5, ink, 3);
            line(0, 0, Math.sin(minute) * face * 0.75, -Math.cos(minute) * face * 0.75, ink, 2);
            fill(oval(-face * 0.3, -face * 0.35, face * 0.35, face * 0.2), new Color(255, 255, 255, 40)); // glass glare
        }

        /** Face-on or a little turned: two dark lenses, a bridge, the frame, temples reaching back. */
        private void sunglasses() {
            Color frame = r.nextDouble() < 0.5 ? new Color(0x151515) : r.nextBoolean() ? GOLD : leather();
            Color lens = r.nextDouble() < 0.6 ? new Color(0x1A1A1A) : r.nextBoolean() ? new Color(0x3B2A1E) : cloth().darker();
            int kind = r.nextInt(3);
            double turn = 0.75 + r.nextDouble() * 0.25; // the far lens narrower when the pair is turned
            float rim = kind == 1 ? 2f : 3 + r.nextFloat() * 4;
            if (r.nextDouble() < 0.7) {
                line(-92, -18, -96 + r.nextDouble() * 10, -6 - r.nextDouble() * 20, frame, 3.5f);
                line(92 * turn, -18, 98, -26 + r.nextDouble() * 10, frame, 3.5f);
            }
            for (int side = -1; side <= 1; side += 2) {
                double s = side < 0 ? 1 : turn;
                double cx = side * 47 * s;
                Shape l = switch (kind) {
                    case 0 -> rr(cx - 40 * s, -24, 80 * s, 46, 22); // wayfarer
                    case 1 -> aviator(cx, s);
                    default -> oval(cx, 0, 34 * s, 30);
                };
                g.setPaint(new GradientPaint((float) cx, -24, scale(lens, 1.5), (float) cx, 24, lens));
                g.fill(l);
                stroke(l, frame, rim);
                fill(oval(cx - 12 * s, -8, 9 * s, 5), new Color(255, 255, 255, 50));
            }
            stroke(new QuadCurve2D.Double(-10, -14, 0, -22, 10 * turn, -14), frame, 4);
        }

        private static Shape aviator(double cx, double s) {
            Path2D p = new Path2D.Double();
            p.moveTo(cx - 38 * s, -20);
            p.quadTo(cx, -30, cx + 38 * s, -20);
            p.quadTo(cx + 40 * s, 20, cx + 8 * s, 30);
            p.quadTo(cx - 36 * s, 34, cx - 38 * s, -20);
            p.closePath();
            return p;
        }

        /** Rolled up with the buckle on top, laid in a loop, or straight across the frame. */
        private void belt() {
            Color c = leather();
            Color buckle = r.nextDouble() < 0.7 ? METAL : GOLD;
            double width = 16 + r.nextDouble() * 10;
            double kind = r.nextDouble();
            if (kind < 0.2) {
                for (double rad = 80; rad > 20; rad -= width + 1) {
                    Area ring = new Area(oval(0, 0, rad, rad));
                    ring.subtract(new Area(oval(0, 0, rad - width, rad - width)));
                    shade(ring, rad == 80 ? c : scale(c, 0.85));
                }
                shade(rr(-22, -92, 44, 38, 6), buckle);
                fill(rr(-14, -85, 28, 24, 4), scale(c, 0.9));
            } else if (kind < 0.4) {
                Area loop = new Area(oval(0, 0, 92, 52));
                loop.subtract(new Area(oval(0, 0, 92 - width, 52 - width)));
                shade(loop, c);
                shade(rr(-86, -22, 26, 44, 6), buckle);
                fill(rr(-80, -16, 14, 32, 3), scale(c, 0.9));
            } else {
                // laid straight, buckled: the strap runs through the buckle a third of the way along
                width *= 0.75;
                shade(rr(-100, -width / 2, 200, width, width * 0.4), c);
                for (double x = 30; x < 80; x += 10) {
                    fill(oval(x, 0, 2, 2), scale(c, 0.4));
                }
                Area frame = new Area(rr(-44, -width / 2 - 6, 26, width + 12, 6));
                frame.subtract(new Area(rr(-39, -width / 2 - 1, 16, width + 2, 3)));
                shade(frame, buckle);
                line(-39, 0, -18, 0, buckle, 2.5f);
            }
        }

        /** Bifold, closed and a little turned, or open showing the card slots. */
        private void wallet() {
            Color c = leather();
            if (r.nextDouble() < 0.65) {
                Shape body = rr(-80, -52, 160, 104, 12);
                shade(body, c);
                stroke(rr(-74, -46, 148, 92, 10), alpha(scale(c, 1.4), 120), 1.2f); // stitching
                fill(new Rectangle2D.Double(-80, -6, 160, 3), alpha(scale(c, 0.7), 120));
                if (r.nextBoolean()) {
                    fill(rr(-14, -30, 28, 10, 3), alpha(scale(c, 1.3), 120)); // embossed logo
                }
            } else {
                shade(rr(-96, -56, 192, 112, 10), scale(c, 0.9));
                line(0, -54, 0, 54, scale(c, 0.55), 2);
                for (int side = -1; side <= 1; side += 2) {
                    for (int k = 0; k < 4; k++) {
                        double y = -44 + k * 22;
                        shade(rr(side < 0 ? -88 : 8, y, 80, 18, 4), scale(c, 0.8 + k * 0.05));
                    }
                }
            }
        }

        /** A tote, a satchel with a flap or a small sling bag, with its handles or strap. */
        private void handbag() {
            Color c = r.nextDouble() < 0.6 ? leather() : cloth();
            int kind = r.nextInt(3);
            Color hardware = r.nextBoolean() ? GOLD : METAL;
            if (kind == 0) {
                stroke(new Arc2D.Double(-52, -100, 44, 120, 0, 180, Arc2D.OPEN), scale(c, 0.8), 7);
                stroke(new Arc2D.Double(8, -100, 44, 120, 0, 180, Arc2D.OPEN), scale(c, 0.8), 7);
                Shape body = poly(-78, -40, 78, -40, 96, 80, -96, 80);
                shade(body, c);
                folds(body, c, 2);
            } else if (kind == 1) {
                stroke(new Arc2D.Double(-36, -96, 72, 80, 0, 180, Arc2D.OPEN), scale(c, 0.8), 8);
                Shape body = rr(-86, -50, 172, 120, 26);
                shade(body, c);
                Path2D flap = new Path2D.Double();
                flap.moveTo(-86, -40);
                flap.lineTo(86, -40);
                flap.lineTo(80, 0);
                flap.quadTo(0, 26, -80, 0);
                flap.closePath();
                shade(flap, scale(c, 0.9));
                shade(rr(-10, 4, 20, 16, 4), hardware);
            } else {
                line(-60, -20, -20, -100, scale(c, 0.8), 4);
                line(60, -20, 20, -100, scale(c, 0.8), 4);
                Shape body = rr(-70, -24, 140, 90, 16);
                shade(body, c);
                line(-60, -14, 60, -14, hardware, 2);
                fill(rr(-8, -20, 16, 10, 3), hardware);
            }
        }

        /** Face-on: a tall rounded body, a front pocket, zips, a grab handle and the shoulder straps at the sides. */
        private void backpack() {
            Color c = cloth();
            Color trim = r.nextBoolean() ? scale(c, 0.6) : new Color(0x222222);
            stroke(new Arc2D.Double(-16, -104, 32, 30, 0, 180, Arc2D.OPEN), trim, 5);
            fill(rr(-74, -60, 20, 140, 10), trim);
            fill(rr(54, -60, 20, 140, 10), trim);
            Path2D body = new Path2D.Double();
            body.moveTo(-62, 92);
            body.lineTo(-66, -40);
            body.quadTo(-64, -92, 0, -92);
            body.quadTo(64, -92, 66, -40);
            body.lineTo(62, 92);
            body.closePath();
            shade(body, c);
            stroke(new QuadCurve2D.Double(-56, -40, 0, -104, 56, -40), alpha(trim, 200), 2);
            Shape pocket = rr(-46, 4, 92, 74, 20);
            shade(pocket, scale(c, 0.92));
            line(-40, 14, 40, 14, alpha(trim, 220), 2);
            if (r.nextBoolean()) {
                fill(rr(-12, 30, 24, 12, 3), contrast(c)); // brand patch
            }
        }

        /** Side view: the crown with its seams and button, the brim reaching out in front. */
        private void cap() {
            Color c = cloth();
            Color brimColour = r.nextDouble() < 0.7 ? c : cloth();
            Path2D brim = new Path2D.Double();
            brim.moveTo(-24, 6);
            brim.quadTo(-70, 2, -100, 20);
            brim.quadTo(-70, 22, -24, 20);
            brim.closePath();
            shade(brim, scale(brimColour, 0.9));
            Path2D crown = new Path2D.Double();
            crown.moveTo(-34, 16);
            crown.curveTo(-40, -70, 84, -70, 86, 16);
            crown.closePath();
            shade(crown, c);
            stroke(new QuadCurve2D.Double(26, -48, 12, -10, 14, 16), alpha(scale(c, 0.65), 160), 1.5f);
            stroke(new QuadCurve2D.Double(26, -48, 56, -20, 66, 16), alpha(scale(c, 0.65), 160), 1.5f);
            fill(oval(26, -50, 6, 3), scale(c, 0.7));
            fill(new Rectangle2D.Double(-34, 10, 120, 6), scale(c, 0.8));
            if (r.nextDouble() < 0.5) {
                fill(rr(-18, -22, 28, 16, 4), contrast(c)); // logo on the front panel
            }
        }
    }
}
