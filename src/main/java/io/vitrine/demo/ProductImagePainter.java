package io.vitrine.demo;

import io.vitrine.catalog.Product;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
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
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

import static io.vitrine.demo.Shapes.oval;
import static io.vitrine.demo.Shapes.poly;
import static io.vitrine.demo.Shapes.rr;

/**
 * Paints a product photo with Java2D: one silhouette per sub-category (t-shirt, sneaker, watch, ...) in the
 * product's colour, with a random pose (rotation, scale, offset, mirror) and a studio-like background (plain,
 * gradient, stripes, dots, speckle or table edge). The same product id and seed always give the same bytes; a
 * vision model trained on these images must learn the shape, because colour and background carry no class signal.
 * Thread-safe: it keeps no state beyond the seed.
 */
public final class ProductImagePainter {

    public static final int SIZE = 256;
    private static final float JPEG_QUALITY = 0.85f;

    /** An encoded image ready to store. */
    public record PaintedImage(byte[] bytes, String contentType, int width, int height) {
        public PaintedImage {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    private final long seed;

    public ProductImagePainter(long seed) {
        this.seed = seed;
    }

    public PaintedImage paint(Product product) {
        return paint(product.id().value(), product.subCategory(), product.attribute("colour").orElse(""));
    }

    public PaintedImage paint(String productId, String subCategory, String colourKey) {
        return new PaintedImage(jpeg(render(productId, subCategory, colourKey)), "image/jpeg", SIZE, SIZE);
    }

    /** The picture before encoding; tests compare these. */
    BufferedImage render(String productId, String subCategory, String colourKey) {
        SplittableRandom r = new SplittableRandom(DemoStoreGenerator.mix(seed ^ DemoStoreGenerator.mix(hash(productId))));
        Color colour = DemoCatalogue.findColour(colourKey).map(c -> new Color(c.rgb()))
                .orElseGet(() -> new Color(DemoCatalogue.COLOURS.get(r.nextInt(DemoCatalogue.COLOURS.size())).rgb()));
        // 3-byte BGR is what the JPEG encoder consumes without a conversion pass
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            background(g, r, colour);
            AffineTransform base = g.getTransform();
            double scale = 0.9 + r.nextDouble() * 0.25;
            double dx = (r.nextDouble() - 0.5) * 36;
            double dy = (r.nextDouble() - 0.5) * 30;
            double angle = Math.toRadians((r.nextDouble() - 0.5) * 32);
            if (r.nextDouble() < 0.6) {
                shadow(g, dx, dy, scale);
            }
            g.translate(SIZE / 2.0 + dx, SIZE / 2.0 + dy);
            g.rotate(angle);
            // a little independent stretch on each axis: no two products of a kind have quite the same cut
            double sx = scale * (0.92 + r.nextDouble() * 0.16);
            double sy = scale * (0.92 + r.nextDouble() * 0.16);
            g.scale(r.nextBoolean() ? sx : -sx, sy);
            new Pen(g, colour, r).draw(subCategory);
            g.setTransform(base);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * A randomised shot of a product of this sub-category, for training a photo model that must also read shoppers'
     * real photos (domain randomisation; the demo store's own photos stay those of {@link #paint}): the colour, cut
     * (stretch, shear, rotation, scale up to a crop), a fabric or print texture, the light, a soft cast shadow and
     * a background from a plain studio sweep to a cluttered table all vary, and clothes are often worn by a drawn
     * figure (head, arms, legs, the rest of the outfit), as fashion shops photograph them. {@code variant} picks
     * the shot; the same arguments always give the same picture, {@code size} pixels square (the scene is the one
     * of a {@link #SIZE} photo, scaled: a small network needs no more, and painting costs the square of the side).
     */
    public BufferedImage renderVaried(String productId, String subCategory, String colourKey, long variant, int size) {
        if (size < 16 || size > 4 * SIZE) {
            throw new IllegalArgumentException("size must be in [16, " + 4 * SIZE + "], got " + size);
        }
        AffineTransform canvas = AffineTransform.getScaleInstance(size / (double) SIZE, size / (double) SIZE);
        SplittableRandom r = variantRandom(productId, variant);
        Color colour = variedColour(r, colourKey);
        boolean worn = Figure.WORN.contains(subCategory) && r.nextDouble() < 0.65;
        AffineTransform pose = new AffineTransform();
        double scale = worn ? 0.6 + r.nextDouble() * 0.22 : 0.65 + r.nextDouble() * 0.55;
        double middle = worn ? Figure.middle(subCategory) * scale : 0;
        pose.translate(SIZE / 2.0 + (r.nextDouble() - 0.5) * 40, SIZE / 2.0 - middle + (r.nextDouble() - 0.5) * 30);
        pose.rotate(Math.toRadians((r.nextDouble() - 0.5) * (worn ? 12 : 50)));
        pose.shear((r.nextDouble() - 0.5) * 0.3, (r.nextDouble() - 0.5) * 0.2);
        // the cut: each axis stretched on its own, so no two shots of a kind share proportions
        pose.scale(scale * (0.8 + r.nextDouble() * 0.4) * (r.nextBoolean() ? 1 : -1), scale * (0.8 + r.nextDouble() * 0.4));

        pose.preConcatenate(canvas);
        BufferedImage figure = layer(size);
        BufferedImage product = layer(size);
        Graphics2D f = layerGraphics(figure, pose);
        Graphics2D p = layerGraphics(product, pose);
        try {
            if (worn) {
                Figure.of(f, r).around(subCategory);
            }
            new Pen(p, colour, r).draw(subCategory);
            texture(p, r, colour);
            light(p, r);
        } finally {
            f.dispose();
            p.dispose();
        }
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.transform(canvas);
            variedBackground(g, r, colour);
            if (r.nextDouble() < 0.6) {
                castShadow(g, r, figure, product);
            }
            g.drawImage(figure, 0, 0, SIZE, SIZE, null);
            g.drawImage(product, 0, 0, SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * The product alone on a transparent layer {@code size} pixels square, centred, in a random colour and cut (each
     * axis stretched, a slight turn, sometimes a print) and lit from a side, without scene, figure or shadow: for
     * training shots that frame it themselves (a shop's white sweep). Same arguments, same picture.
     */
    public BufferedImage renderAlone(String productId, String subCategory, String colourKey, long variant, int size) {
        if (size < 16 || size > 4 * SIZE) {
            throw new IllegalArgumentException("size must be in [16, " + 4 * SIZE + "], got " + size);
        }
        SplittableRandom r = variantRandom(productId, variant);
        Color colour = variedColour(r, colourKey);
        AffineTransform pose = AffineTransform.getScaleInstance(size / (double) SIZE, size / (double) SIZE);
        pose.translate(SIZE / 2.0, SIZE / 2.0);
        pose.rotate(Math.toRadians((r.nextDouble() - 0.5) * 16));
        pose.scale((0.85 + r.nextDouble() * 0.3) * (r.nextBoolean() ? 1 : -1), 0.85 + r.nextDouble() * 0.3);
        BufferedImage product = layer(size);
        Graphics2D p = layerGraphics(product, pose);
        try {
            new Pen(p, colour, r).draw(subCategory);
            if (r.nextDouble() < 0.4) {
                texture(p, r, colour);
            }
            light(p, r);
        } finally {
            p.dispose();
        }
        return product;
    }

    private SplittableRandom variantRandom(String productId, long variant) {
        return new SplittableRandom(DemoStoreGenerator.mix(seed ^ DemoStoreGenerator.mix(hash(productId))
                ^ DemoStoreGenerator.mix(variant * 0x9E3779B97F4A7C15L + 1)));
    }

    /** The product's own colour, a catalogue colour or any colour at all. */
    private static Color variedColour(SplittableRandom r, String colourKey) {
        return r.nextDouble() < 0.4 ? DemoCatalogue.findColour(colourKey).map(c -> new Color(c.rgb()))
                .orElseGet(() -> Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(), (float) (0.15 + r.nextDouble() * 0.85)))
                : r.nextDouble() < 0.5 ? new Color(DemoCatalogue.COLOURS.get(r.nextInt(DemoCatalogue.COLOURS.size())).rgb())
                : Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(), (float) (0.1 + r.nextDouble() * 0.9));
    }

    private static BufferedImage layer(int size) {
        return new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    }

    private static Graphics2D layerGraphics(BufferedImage layer, AffineTransform pose) {
        Graphics2D g = layer.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.transform(pose);
        return g;
    }

    /** Stripes, checks, dots, a print or a knit over the product only (SrcAtop keeps the drawn alpha). */
    private static void texture(Graphics2D g, SplittableRandom r, Color base) {
        if (r.nextDouble() < 0.45) {
            return;
        }
        g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_ATOP, (float) (0.25 + r.nextDouble() * 0.5)));
        Color ink = r.nextBoolean() ? contrastOf(base) : Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(), (float) r.nextDouble());
        g.setColor(ink);
        int step = 6 + r.nextInt(22);
        float width = 1 + (float) r.nextDouble() * step / 2f;
        g.setStroke(new BasicStroke(width));
        switch (r.nextInt(5)) {
            case 0 -> {
                for (int y = -200; y < 200; y += step) {
                    g.draw(new Line2D.Double(-200, y, 200, y));
                }
            }
            case 1 -> {
                for (int v = -200; v < 200; v += step) {
                    g.draw(new Line2D.Double(-200, v, 200, v));
                    g.draw(new Line2D.Double(v, -200, v, 200));
                }
            }
            case 2 -> {
                for (int y = -200; y < 200; y += step) {
                    for (int x = -200; x < 200; x += step) {
                        g.fill(new Ellipse2D.Double(x, y, width, width));
                    }
                }
            }
            case 3 -> {
                for (int i = 0; i < 3 + r.nextInt(12); i++) {
                    g.setColor(Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(), (float) r.nextDouble()));
                    double w = 10 + r.nextDouble() * 60;
                    g.fill(new Ellipse2D.Double(-90 + r.nextDouble() * 180 - w / 2, -90 + r.nextDouble() * 180 - w / 2, w, w * (0.3 + r.nextDouble())));
                }
            }
            default -> {
                for (int i = 0; i < 1500; i++) {
                    g.setColor(r.nextBoolean() ? new Color(255, 255, 255, 90) : new Color(0, 0, 0, 90));
                    g.fill(new Rectangle2D.Double(-100 + r.nextDouble() * 200, -100 + r.nextDouble() * 200, 2, 2));
                }
            }
        }
        g.setComposite(java.awt.AlphaComposite.SrcOver);
    }

    /** A light from a random side: brighter on one edge of the product, darker on the other. */
    private static void light(Graphics2D g, SplittableRandom r) {
        double a = r.nextDouble() * Math.PI * 2;
        float strength = (float) (r.nextDouble() * 0.5);
        g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_ATOP, strength));
        g.setPaint(new GradientPaint((float) (Math.cos(a) * -90), (float) (Math.sin(a) * -90), Color.WHITE,
                (float) (Math.cos(a) * 90), (float) (Math.sin(a) * 90), Color.BLACK));
        g.fill(new Rectangle2D.Double(-200, -200, 400, 400));
        g.setComposite(java.awt.AlphaComposite.SrcOver);
    }

    private static Color contrastOf(Color c) {
        return luminance(c) > 128 ? darken(c, 0.35f) : brighten(c, 1.8f);
    }

    /** Half the shots on a white or near-white sweep, as shops shoot products; the rest from tinted to cluttered. */
    private static void variedBackground(Graphics2D g, SplittableRandom r, Color subject) {
        double kind = r.nextDouble();
        if (kind < 0.5) {
            int v = 225 + r.nextInt(31);
            int t = r.nextInt(8);
            g.setColor(new Color(v, Math.max(0, v - t / 2), Math.max(0, v - t)));
            g.fillRect(0, 0, SIZE, SIZE);
            if (r.nextDouble() < 0.3) {
                g.setPaint(new GradientPaint(0, 0, new Color(255, 255, 255, 0), 0, SIZE, new Color(0, 0, 0, 40)));
                g.fillRect(0, 0, SIZE, SIZE);
            }
        } else if (kind < 0.8) {
            background(g, r, subject);
        } else {
            background(g, r, subject);
            // clutter: other things on the table, partly out of frame
            for (int i = 0; i < 2 + r.nextInt(8); i++) {
                g.setColor(Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(), (float) r.nextDouble()));
                double w = 20 + r.nextDouble() * 120;
                double h = 20 + r.nextDouble() * 120;
                double x = r.nextDouble() * SIZE - w / 2;
                double y = r.nextDouble() * SIZE - h / 2;
                g.fill(r.nextBoolean() ? new Ellipse2D.Double(x, y, w, h) : new RoundRectangle2D.Double(x, y, w, h, 12, 12));
            }
        }
    }

    /** The silhouette of figure and product, darkened, offset and softened by drawing it small and scaling it up. */
    private static void castShadow(Graphics2D g, SplittableRandom r, BufferedImage... layers) {
        int small = SIZE / 8;
        BufferedImage mask = new BufferedImage(small, small, BufferedImage.TYPE_INT_ARGB);
        Graphics2D m = mask.createGraphics();
        m.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (BufferedImage l : layers) {
            m.drawImage(l, 0, 0, small, small, null);
        }
        m.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_IN, (float) (0.15 + r.nextDouble() * 0.3)));
        m.setColor(Color.BLACK);
        m.fillRect(0, 0, small, small);
        m.dispose();
        int dx = (int) ((r.nextDouble() - 0.3) * 24);
        int dy = (int) ((r.nextDouble() - 0.2) * 20);
        g.drawImage(mask, dx, dy, SIZE, SIZE, null);
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static void background(Graphics2D g, SplittableRandom r, Color subject) {
        Color a = backdrop(r);
        // keep the subject visible: a white shirt on a white sweep still needs an edge
        if (distance(a, subject) < 90) {
            a = luminance(subject) > 140 ? a.darker() : brighten(a, 1.15f);
        }
        Color b = shift(a, r, 40);
        int kind = r.nextInt(6);
        switch (kind) {
            case 0 -> {
                g.setColor(a);
                g.fillRect(0, 0, SIZE, SIZE);
            }
            case 1 -> {
                g.setPaint(new GradientPaint(0, 0, a, (float) (r.nextDouble() * SIZE), SIZE, b));
                g.fillRect(0, 0, SIZE, SIZE);
            }
            case 2 -> {
                g.setPaint(new RadialGradientPaint(SIZE / 2f, SIZE / 2.5f, SIZE * 0.75f, new float[] {0f, 1f},
                        new Color[] {brighten(a, 1.1f), b}));
                g.fillRect(0, 0, SIZE, SIZE);
            }
            case 3 -> {
                g.setColor(a);
                g.fillRect(0, 0, SIZE, SIZE);
                g.setColor(withAlpha(b, 90));
                int step = 10 + r.nextInt(16);
                g.setStroke(new BasicStroke(2 + r.nextInt(4)));
                boolean diagonal = r.nextBoolean();
                for (int x = -SIZE; x < SIZE * 2; x += step) {
                    g.drawLine(x, 0, diagonal ? x + SIZE : x, SIZE);
                }
            }
            case 4 -> {
                g.setColor(a);
                g.fillRect(0, 0, SIZE, SIZE);
                g.setColor(withAlpha(b, 110));
                int step = 14 + r.nextInt(14);
                int d = 3 + r.nextInt(4);
                for (int y = step / 2; y < SIZE; y += step) {
                    for (int x = (y / step) % 2 == 0 ? step / 2 : 0; x < SIZE; x += step) {
                        g.fillOval(x, y, d, d);
                    }
                }
            }
            default -> {
                g.setPaint(new GradientPaint(0, 0, a, 0, SIZE, b));
                g.fillRect(0, 0, SIZE, SIZE);
                for (int i = 0; i < 500; i++) {
                    g.setColor(r.nextBoolean() ? new Color(255, 255, 255, 40) : new Color(0, 0, 0, 30));
                    g.fillRect(r.nextInt(SIZE), r.nextInt(SIZE), 2, 2);
                }
            }
        }
        if (r.nextDouble() < 0.3) {
            // a table edge: the lower part of the frame is another surface
            int y = SIZE / 2 + 30 + r.nextInt(50);
            g.setColor(shift(a, r, 60));
            g.fillRect(0, y, SIZE, SIZE - y);
        }
    }

    private static Color backdrop(SplittableRandom r) {
        double kind = r.nextDouble();
        float hue = (float) r.nextDouble();
        if (kind < 0.5) {
            return Color.getHSBColor(hue, (float) (r.nextDouble() * 0.12), 0.86f + (float) (r.nextDouble() * 0.13));
        }
        if (kind < 0.85) {
            return Color.getHSBColor(hue, 0.15f + (float) (r.nextDouble() * 0.3), 0.75f + (float) (r.nextDouble() * 0.2));
        }
        return Color.getHSBColor(hue, (float) (r.nextDouble() * 0.4), 0.2f + (float) (r.nextDouble() * 0.3));
    }

    private static void shadow(Graphics2D g, double dx, double dy, double scale) {
        g.setColor(new Color(0, 0, 0, 38));
        double w = 150 * scale;
        g.fill(new Ellipse2D.Double(SIZE / 2.0 + dx - w / 2, SIZE / 2.0 + dy + 80 * scale, w, 22 * scale));
    }

    private static byte[] jpeg(BufferedImage img) {
        return jpeg(img, JPEG_QUALITY);
    }

    /** JPEG bytes of {@code img} at {@code quality} in (0, 1]; the camera simulation of the photo model uses it too. */
    public static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        // a memory stream: ImageIO.createImageOutputStream would spool through a temporary file
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    // ---- colour helpers -------------------------------------------------------------------------------------

    static int luminance(Color c) {
        return (int) (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue());
    }

    private static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    static Color brighten(Color c, float f) {
        return new Color(Math.min(255, Math.round(c.getRed() * f + 8)), Math.min(255, Math.round(c.getGreen() * f + 8)),
                Math.min(255, Math.round(c.getBlue() * f + 8)), c.getAlpha());
    }

    static Color darken(Color c, float f) {
        return new Color(Math.round(c.getRed() * f), Math.round(c.getGreen() * f), Math.round(c.getBlue() * f),
                c.getAlpha());
    }

    private static Color shift(Color c, SplittableRandom r, int amount) {
        int d = r.nextInt(amount) - amount / 2;
        return new Color(clamp(c.getRed() + d), clamp(c.getGreen() + d), clamp(c.getBlue() + d));
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /**
     * A person wearing the product, drawn behind it in the product's local coordinates: head, neck, arms and the rest
     * of the outfit, cropped like a fashion shop's shots (tops to mid-thigh, bottoms and dresses down to the shoes).
     */
    private record Figure(Graphics2D g, SplittableRandom r, Figure.Look look) {
        static final java.util.Set<String> WORN = java.util.Set.of("t-shirts", "sweaters", "jackets", "dresses", "jeans",
                "shorts", "skirts");
        private static final Color[] SKIN = {new Color(0xF1C8A8), new Color(0xE0AC8A), new Color(0xC68863),
                new Color(0x9C6644), new Color(0x6E4630), new Color(0xF6D5BD)};
        private static final Color[] HAIR = {new Color(0x1E1A17), new Color(0x3B2A1E), new Color(0x6B4A2E),
                new Color(0xC9A15A), new Color(0x2A2A2A)};
        private static final Color[] OUTFIT = {new Color(0x2F4A7A), new Color(0x1F2C45), new Color(0x222222),
                new Color(0xD8C8A8), new Color(0x7A7A7A), new Color(0xF2F2F2), new Color(0x5A6F3A)};

        /** Who wears the product and with what: skin, hair and the rest of the outfit. */
        private record Look(Color skin, Color hair, Color outfit) {
            static Look random(SplittableRandom r) {
                Color skin = SKIN[r.nextInt(SKIN.length)];
                Color hair = HAIR[r.nextInt(HAIR.length)];
                return new Look(skin, hair, r.nextDouble() < 0.8 ? OUTFIT[r.nextInt(OUTFIT.length)]
                        : Color.getHSBColor((float) r.nextDouble(), (float) r.nextDouble(), (float) r.nextDouble()));
            }
        }

        static Figure of(Graphics2D g, SplittableRandom r) {
            return new Figure(g, r, Look.random(r));
        }

        /** Where the middle of the dressed figure lies in the product's coordinates (to centre the shot on it). */
        static double middle(String sub) {
            return switch (sub) {
                case "t-shirts", "sweaters", "jackets" -> 30;
                case "jeans" -> -85;
                case "shorts" -> -40;
                case "skirts" -> -30;
                default -> 10;
            };
        }

        void around(String sub) {
            switch (sub) {
                case "t-shirts" -> top(true);
                case "sweaters", "jackets" -> top(false);
                case "jeans" -> bottom(-80, 82, false);
                case "shorts" -> bottom(-56, 40, true);
                case "skirts" -> bottom(-52, 56, true);
                default -> dress();
            }
        }

        private void top(boolean shortSleeves) {
            head(0, -112);
            // trousers from the hem down, cropped by the frame
            fill(new Rectangle2D.Double(-38, 66, 37, 130), look.outfit());
            fill(new Rectangle2D.Double(1, 66, 37, 130), look.outfit());
            if (shortSleeves) {
                limb(-62, -28, -52, 62, 17);
                limb(62, -28, 52, 62, 17);
                fill(new Ellipse2D.Double(-61, 58, 18, 22), look.skin());
                fill(new Ellipse2D.Double(43, 58, 18, 22), look.skin());
            } else {
                fill(new Ellipse2D.Double(-82, 62, 18, 22), look.skin());
                fill(new Ellipse2D.Double(64, 62, 18, 22), look.skin());
            }
        }

        private void bottom(double waist, double hem, boolean bareLegs) {
            double shoulders = waist - 100;
            head(0, shoulders - 40);
            Path2D torso = new Path2D.Double();
            torso.moveTo(-46, shoulders);
            torso.lineTo(46, shoulders);
            torso.lineTo(40, waist + 6);
            torso.lineTo(-40, waist + 6);
            torso.closePath();
            fill(torso, look.outfit());
            boolean bareArms = r.nextBoolean();
            Color sleeve = bareArms ? look.skin() : look.outfit();
            limb(-50, shoulders + 8, -56, waist + 20, 16, sleeve);
            limb(50, shoulders + 8, 56, waist + 20, 16, sleeve);
            fill(new Ellipse2D.Double(-65, waist + 16, 18, 22), look.skin());
            fill(new Ellipse2D.Double(47, waist + 16, 18, 22), look.skin());
            double feet = bareLegs ? hem + 100 : hem;
            if (bareLegs) {
                limb(-22, hem - 10, -24, feet, 18);
                limb(22, hem - 10, 24, feet, 18);
            }
            shoes(feet);
        }

        private void dress() {
            head(0, -118);
            limb(-26, -56, -44, 30, 15);
            limb(26, -56, 44, 30, 15);
            limb(-20, 70, -22, 170, 17);
            limb(20, 70, 22, 170, 17);
            shoes(170);
        }

        private void head(double cx, double cy) {
            fill(new Rectangle2D.Double(cx - 10, cy + 14, 20, 30), look.skin());
            fill(new Ellipse2D.Double(cx - 19, cy - 24, 38, 48), look.skin());
            Area cap = new Area(new Ellipse2D.Double(cx - 21, cy - 28, 42, 40));
            cap.subtract(new Area(new Rectangle2D.Double(cx - 30, cy - 8 + r.nextInt(6), 60, 40)));
            if (r.nextDouble() < 0.4) {
                // long hair falls behind the shoulders
                cap.add(new Area(new RoundRectangle2D.Double(cx - 22, cy - 20, 44, 60 + r.nextInt(30), 20, 20)));
                cap.subtract(new Area(new Ellipse2D.Double(cx - 16, cy - 14, 32, 40)));
            }
            fill(cap, look.hair());
        }

        private void shoes(double y) {
            Color shoe = r.nextBoolean() ? new Color(0x222222) : new Color(0xEEEEEE);
            fill(new Ellipse2D.Double(-42, y - 4, 32, 14), shoe);
            fill(new Ellipse2D.Double(10, y - 4, 32, 14), shoe);
        }

        private void limb(double x1, double y1, double x2, double y2, float width) {
            limb(x1, y1, x2, y2, width, look.skin());
        }

        private void limb(double x1, double y1, double x2, double y2, float width, Color col) {
            g.setColor(col);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        private void fill(Shape s, Color col) {
            g.setColor(col);
            g.fill(s);
        }
    }

    /**
     * Draws one silhouette in local coordinates: the object fits in about -90..90 on both axes, y pointing down.
     */
    private static final class Pen {
        private static final Color METAL = new Color(0xB8BCC2);
        private static final Color GOLD = new Color(0xD4AF37);
        private static final Color DARK = new Color(0x24262B);
        private static final Color GLASS = new Color(0x1B2A44);

        private final Graphics2D g;
        private final Color c;
        private final SplittableRandom r;
        private final Color edge;

        Pen(Graphics2D g, Color c, SplittableRandom r) {
            this.g = g;
            this.c = c;
            this.r = r;
            this.edge = luminance(c) > 200 ? new Color(0x9A9A9A) : darken(c, 0.55f);
        }

        void draw(String sub) {
            switch (sub) {
                case "t-shirts" -> tshirt();
                case "dresses" -> dress();
                case "jeans" -> jeans();
                case "jackets" -> jacket();
                case "sweaters" -> sweater();
                case "skirts" -> skirt();
                case "shorts" -> shorts();
                case "sneakers" -> sneaker();
                case "boots" -> boot();
                case "sandals" -> sandal();
                case "heels" -> heel();
                case "socks" -> sock();
                case "handbags" -> handbag();
                case "backpacks" -> backpack();
                case "wallets" -> wallet();
                case "belts" -> belt();
                case "sunglasses" -> sunglasses();
                case "caps" -> cap();
                case "watches" -> watch();
                case "rings" -> ring();
                case "necklaces" -> necklace();
                case "earrings" -> earrings();
                case "bracelets" -> bracelet();
                case "smartphones" -> smartphone();
                case "phone-cases" -> phoneCase();
                case "laptops" -> laptop();
                case "headphones" -> headphones();
                case "cameras" -> camera();
                case "speakers" -> speaker();
                case "lamps" -> lamp();
                case "mugs" -> mug();
                case "cushions" -> cushion();
                case "vases" -> vase();
                case "candles" -> candle();
                case "chairs" -> chair();
                case "lipsticks" -> lipstick();
                case "perfumes" -> perfume();
                case "nail-polish" -> nailPolish();
                case "face-creams" -> faceCream();
                case "footballs" -> football();
                case "tennis-rackets" -> racket();
                case "yoga-mats" -> yogaMat();
                case "dumbbells" -> dumbbell();
                case "bicycles" -> bicycle();
                case "water-bottles" -> waterBottle();
                default -> parcel();
            }
        }

        // ---- drawing primitives ----

        /** Fills with a soft top-left light and outlines, so flat shapes read as objects. */
        private void body(Shape s, Color base) {
            Rectangle2D b = s.getBounds2D();
            g.setPaint(new GradientPaint((float) b.getMinX(), (float) b.getMinY(), brighten(base, 1.12f),
                    (float) b.getMaxX(), (float) b.getMaxY(), darken(base, 0.78f)));
            g.fill(s);
            g.setPaint(luminance(base) > 200 ? new Color(0x9A9A9A) : darken(base, 0.55f));
            g.setStroke(new BasicStroke(2f));
            g.draw(s);
        }

        private void fill(Shape s, Color col) {
            g.setColor(col);
            g.fill(s);
        }

        private void stroke(Shape s, Color col, float width) {
            g.setColor(col);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }

        private void line(double x1, double y1, double x2, double y2, Color col, float width) {
            stroke(new Line2D.Double(x1, y1, x2, y2), col, width);
        }

        private static Shape ringShape(double cx, double cy, double outer, double inner) {
            Area a = new Area(oval(cx, cy, outer, outer));
            a.subtract(new Area(oval(cx, cy, inner, inner)));
            return a;
        }

        private Color metal() {
            return luminance(c) > 150 && c.getBlue() < c.getRed() - 40 ? GOLD : METAL;
        }

        private Color contrast() {
            return luminance(c) > 150 ? DARK : new Color(0xF2F2F2);
        }

        // ---- apparel ----

        private void tshirt() {
            Path2D p = new Path2D.Double();
            p.moveTo(-28, -72);
            p.lineTo(-12, -72);
            p.quadTo(0, -56, 12, -72);
            p.lineTo(28, -72);
            p.lineTo(72, -44);
            p.lineTo(56, -12);
            p.lineTo(38, -24);
            p.lineTo(38, 74);
            p.lineTo(-38, 74);
            p.lineTo(-38, -24);
            p.lineTo(-56, -12);
            p.lineTo(-72, -44);
            p.closePath();
            body(p, c);
            stroke(new QuadCurve2D.Double(-12, -72, 0, -56, 12, -72), edge, 4);
            if (r.nextDouble() < 0.3) {
                fill(rr(-16, -30, 32, 22, 6), contrast()); // a printed logo on some
            }
        }

        private void sweater() {
            Path2D p = poly(-28, -72, 28, -72, 62, -52, 80, 56, 60, 62, 42, -16, 42, 74, -42, 74, -42, -16, -60, 62,
                    -80, 56, -62, -52);
            body(p, c);
            Color rib = darken(c, 0.8f);
            fill(rr(-42, 62, 84, 12, 4), rib);
            fill(poly(-80, 56, -60, 62, -62, 72, -82, 66), rib);
            fill(poly(80, 56, 60, 62, 62, 72, 82, 66), rib);
            stroke(new Arc2D.Double(-16, -84, 32, 26, 200, 140, Arc2D.OPEN), rib, 6);
            for (int x = -30; x <= 30; x += 12) {
                line(x, -50, x, 58, withAlpha(rib, 150), 2);
            }
        }

        private void jacket() {
            Path2D p = poly(-30, -74, 30, -74, 64, -54, 78, 60, 58, 64, 44, -14, 46, 78, -46, 78, -44, -14, -58, 64,
                    -78, 60, -64, -54);
            body(p, c);
            fill(poly(-16, -74, 16, -74, 0, -10), new Color(0xEDEDED));
            Color d = darken(c, 0.7f);
            stroke(poly(-30, -74, -16, -74, 0, -10, -12, -40, -26, -52), d, 3);
            stroke(poly(30, -74, 16, -74, 0, -10, 12, -40, 26, -52), d, 3);
            line(0, -10, 0, 78, d, 3);
            for (int y = 5; y < 75; y += 22) {
                fill(oval(0, y, 3.5, 3.5), contrast());
            }
            fill(rr(-38, 30, 26, 6, 2), d);
            fill(rr(12, 30, 26, 6, 2), d);
        }

        private void dress() {
            line(-18, -60, -14, -86, edge, 3);
            line(18, -60, 14, -86, edge, 3);
            Path2D p = new Path2D.Double();
            p.moveTo(-22, -62);
            p.quadTo(0, -52, 22, -62);
            p.lineTo(16, -12);
            p.lineTo(64, 78);
            p.quadTo(0, 92, -64, 78);
            p.lineTo(-16, -12);
            p.closePath();
            body(p, c);
            fill(rr(-18, -16, 36, 7, 3), darken(c, 0.7f));
            for (int x = -40; x <= 40; x += 20) {
                line(x / 4.0, -8, x, 80, withAlpha(darken(c, 0.75f), 120), 2);
            }
        }

        private void jeans() {
            Path2D p = poly(-42, -80, 42, -80, 48, 82, 8, 82, 0, -18, -8, 82, -48, 82);
            body(p, c);
            Color d = darken(c, 0.7f);
            fill(rr(-42, -82, 84, 12, 3), d);
            Color stitch = new Color(0xD9A24A);
            stroke(new QuadCurve2D.Double(-36, -68, -28, -50, -14, -68), stitch, 2);
            stroke(new QuadCurve2D.Double(36, -68, 28, -50, 14, -68), stitch, 2);
            line(0, -70, 0, -18, d, 2);
            line(-44, 40, -8, 40, withAlpha(d, 80), 1.5f);
        }

        private void skirt() {
            Path2D p = poly(-36, -40, 36, -40, 66, 56, -66, 56);
            body(p, c);
            fill(rr(-38, -52, 76, 14, 4), darken(c, 0.7f));
            for (int i = -3; i <= 3; i++) {
                line(i * 10, -38, i * 19, 55, withAlpha(darken(c, 0.65f), 160), 2);
            }
        }

        private void shorts() {
            Path2D p = poly(-48, -52, 48, -52, 60, 34, 8, 40, 0, -4, -8, 40, -60, 34);
            body(p, c);
            Color d = darken(c, 0.7f);
            fill(rr(-48, -56, 96, 12, 3), d);
            line(-8, -44, -8, -20, d, 2);
            line(-58, 26, -10, 32, d, 2);
            line(58, 26, 10, 32, d, 2);
        }

        // ---- footwear ----

        private void sneaker() {
            Path2D p = new Path2D.Double();
            p.moveTo(-80, 28);
            p.lineTo(-80, -6);
            p.quadTo(-72, -34, -46, -34);
            p.lineTo(-22, -32);
            p.lineTo(10, -6);
            p.quadTo(64, 0, 82, 20);
            p.lineTo(82, 28);
            p.closePath();
            body(p, c);
            fill(rr(-86, 24, 172, 20, 12), new Color(0xF5F5F2));
            stroke(rr(-86, 24, 172, 20, 12), new Color(0xB0B0B0), 1.5f);
            stroke(new QuadCurve2D.Double(-60, 18, -10, -20, 60, 16), contrast(), 5);
            for (int i = 0; i < 4; i++) {
                line(-18 + i * 9, -26 + i * 6, -6 + i * 9, -34 + i * 6, contrast(), 3);
            }
        }

        private void boot() {
            Path2D p = new Path2D.Double();
            p.moveTo(-42, -84);
            p.lineTo(6, -84);
            p.lineTo(10, 6);
            p.quadTo(62, 14, 74, 36);
            p.lineTo(76, 50);
            p.lineTo(-46, 50);
            p.closePath();
            body(p, c);
            fill(rr(-50, 48, 130, 12, 6), DARK);
            fill(rr(-48, 58, 34, 14, 3), DARK);
            fill(rr(-20, -92, 14, 14, 4), darken(c, 0.65f));
            line(-40, -60, 4, -60, darken(c, 0.65f), 2);
        }

        private void sandal() {
            Color sole = new Color(0xC9A27A);
            Shape s = rr(-34, -88, 68, 176, 60);
            body(s, sole);
            fill(rr(-28, -80, 56, 160, 50), brighten(sole, 1.05f));
            g.setColor(c);
            g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new QuadCurve2D.Double(-40, -40, 0, -70, 40, -40));
            g.draw(new QuadCurve2D.Double(-40, 4, 0, -22, 40, 4));
            g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new QuadCurve2D.Double(-38, 52, 0, 36, 38, 52));
            fill(rr(30, 44, 12, 14, 3), GOLD);
        }

        private void heel() {
            Path2D p = new Path2D.Double();
            p.moveTo(-74, -26);
            p.lineTo(-54, -30);
            p.quadTo(-24, 0, 14, 6);
            p.lineTo(56, 14);
            p.quadTo(88, 22, 84, 40);
            p.lineTo(30, 42);
            p.quadTo(-22, 22, -58, 18);
            p.lineTo(-74, 12);
            p.closePath();
            body(p, c);
            fill(poly(-72, 10, -56, 17, -58, 76, -66, 76), darken(c, 0.6f));
            line(-66, 77, -57, 77, DARK, 4);
            fill(oval(-46, -12, 14, 5), darken(c, 0.5f));
        }

        private void sock() {
            Path2D p = new Path2D.Double();
            p.moveTo(-32, -86);
            p.lineTo(14, -86);
            p.lineTo(14, 18);
            p.lineTo(58, 32);
            p.quadTo(88, 44, 76, 70);
            p.lineTo(-14, 70);
            p.quadTo(-38, 64, -32, 38);
            p.closePath();
            body(p, c);
            Color band = luminance(c) > 180 ? new Color(0x2F6FC0) : new Color(0xF2F2F2);
            fill(rr(-34, -90, 50, 22, 4), band);
            for (int x = -28; x < 14; x += 6) {
                line(x, -88, x, -70, withAlpha(darken(band, 0.8f), 160), 1.5f);
            }
            fill(intersection(poly(-40, 40, -6, 40, -6, 74, -40, 74), p), band);
            fill(intersection(poly(62, 20, 100, 20, 100, 80, 62, 80), p), band);
        }

        private static Shape intersection(Shape a, Shape b) {
            Area area = new Area(a);
            area.intersect(new Area(b));
            return area;
        }

        // ---- bags & accessories ----

        private void handbag() {
            stroke(new Arc2D.Double(-42, -76, 84, 90, 0, 180, Arc2D.OPEN), darken(c, 0.7f), 9);
            Path2D p = poly(-66, -14, 66, -14, 80, 70, -80, 70);
            body(p, c);
            fill(poly(-66, -14, 66, -14, 58, 18, -58, 18), darken(c, 0.85f));
            fill(rr(-9, 10, 18, 14, 4), GOLD);
        }

        private void backpack() {
            Color d = darken(c, 0.7f);
            stroke(new Arc2D.Double(-18, -92, 36, 34, 0, 180, Arc2D.OPEN), d, 6);
            body(rr(-56, -76, 112, 156, 44), c);
            fill(rr(-56, -30, 10, 96, 5), d);
            fill(rr(46, -30, 10, 96, 5), d);
            body(rr(-38, 8, 76, 58, 20), darken(c, 0.88f));
            stroke(new Arc2D.Double(-40, -70, 80, 60, 20, 140, Arc2D.OPEN), d, 2.5f);
            fill(rr(-4, 14, 8, 14, 3), contrast());
        }

        private void wallet() {
            body(rr(-82, -46, 164, 92, 14), c);
            Color d = darken(c, 0.8f);
            body(poly(-82, -46, 82, -46, 82, 0, 20, 10, -82, 0), d);
            fill(oval(30, 4, 7, 7), GOLD);
            float[] dash = {5f, 4f};
            g.setColor(brighten(c, 1.3f));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
            g.draw(rr(-76, -40, 152, 80, 10));
            for (int y = 14; y < 40; y += 10) {
                line(-70, y, -20, y, darken(c, 0.6f), 2);
            }
        }

        private void belt() {
            g.setColor(darken(c, 0.85f));
            g.setStroke(new BasicStroke(16));
            g.draw(oval(0, 0, 26, 26));
            g.setColor(c);
            g.draw(oval(0, 0, 48, 48));
            g.setColor(brighten(c, 1.1f));
            g.draw(oval(0, 0, 70, 70));
            Color m = metal();
            stroke(rr(58, -16, 26, 32, 6), m, 5);
            line(62, 0, 80, 0, m, 3);
            for (int i = 0; i < 4; i++) {
                double a = Math.toRadians(200 + i * 22);
                fill(oval(StrictMath.cos(a) * 70, StrictMath.sin(a) * 70, 2.5, 2.5), DARK);
            }
        }

        private void sunglasses() {
            Color lens = new Color(0x15191F);
            Shape left = rr(-82, -26, 66, 52, 26);
            Shape right = rr(16, -26, 66, 52, 26);
            g.setPaint(new GradientPaint(0, -26, withAlpha(brighten(c, 0.9f), 255), 0, 26, lens));
            g.fill(left);
            g.fill(right);
            stroke(left, c, 6);
            stroke(right, c, 6);
            stroke(new QuadCurve2D.Double(-16, -10, 0, -22, 16, -10), c, 6);
            line(-82, -18, -94, -30, c, 5);
            line(82, -18, 94, -30, c, 5);
            line(-64, -16, -50, -4, withAlpha(Color.WHITE, 120), 3);
            line(34, -16, 48, -4, withAlpha(Color.WHITE, 120), 3);
        }

        private void cap() {
            Shape crown = new Arc2D.Double(-64, -48, 120, 120, 0, 180, Arc2D.CHORD);
            body(crown, c);
            Shape brim = oval(62, 14, 44, 11);
            body(brim, darken(c, 0.8f));
            Color d = darken(c, 0.7f);
            stroke(new QuadCurve2D.Double(-4, -48, -20, -10, -30, 12), d, 2);
            stroke(new QuadCurve2D.Double(-4, -48, 22, -10, 30, 12), d, 2);
            fill(oval(-4, -49, 6, 4), d);
            fill(rr(-64, 8, 120, 6, 2), d);
        }

        // ---- watches & jewellery ----

        private void watch() {
            Color strap = c.equals(GOLD) || luminance(c) > 170 ? darken(c, 0.9f) : c;
            body(rr(-24, -96, 48, 192, 12), strap);
            for (int y = 50; y < 90; y += 10) {
                fill(oval(0, y, 2.5, 2.5), darken(strap, 0.5f));
            }
            Color m = metal();
            body(oval(0, 0, 48, 48), m);
            fill(rr(46, -6, 10, 12, 3), m);
            Color dial = r.nextBoolean() ? new Color(0xF4F1E8) : new Color(0x1D2230);
            Color ink = luminance(dial) > 128 ? DARK : new Color(0xEEEEEE);
            fill(oval(0, 0, 39, 39), dial);
            for (int i = 0; i < 12; i++) {
                double a = Math.toRadians(i * 30);
                line(StrictMath.cos(a) * 31, StrictMath.sin(a) * 31, StrictMath.cos(a) * 36, StrictMath.sin(a) * 36, ink, i % 3 == 0 ? 3 : 1.5f);
            }
            double h = r.nextDouble() * Math.PI * 2;
            double mi = r.nextDouble() * Math.PI * 2;
            line(0, 0, StrictMath.cos(h) * 19, StrictMath.sin(h) * 19, ink, 4);
            line(0, 0, StrictMath.cos(mi) * 29, StrictMath.sin(mi) * 29, ink, 2.5f);
            fill(oval(0, 0, 3, 3), m);
        }

        private void ring() {
            Color m = metalOrSelf();
            body(ringShape(0, 16, 62, 46), m);
            fill(poly(-18, -46, 18, -46, 24, -58, 12, -72, -12, -72, -24, -58), m);
            Color gem = new Color[] {new Color(0xDDEEFF), new Color(0xC0163A), new Color(0x1E5BB5), new Color(0x1F8A4C)}[r.nextInt(4)];
            Shape stone = poly(-16, -74, 16, -74, 24, -86, 12, -96, -12, -96, -24, -86);
            body(stone, gem);
            line(-12, -96, 0, -74, withAlpha(Color.WHITE, 160), 1.5f);
            line(12, -96, 0, -74, withAlpha(Color.WHITE, 160), 1.5f);
        }

        private Color metalOrSelf() {
            return luminance(c) > 120 ? c : METAL;
        }

        private void necklace() {
            Color m = metalOrSelf();
            float[] dash = {4f, 3f};
            g.setColor(darken(m, 0.8f));
            g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
            g.draw(new QuadCurve2D.Double(-78, -86, 0, 90, 78, -86));
            Path2D drop = new Path2D.Double();
            drop.moveTo(0, 4);
            drop.quadTo(22, 34, 0, 56);
            drop.quadTo(-22, 34, 0, 4);
            drop.closePath();
            fill(oval(0, 2, 5, 5), m);
            body(drop, r.nextBoolean() ? m : new Color(0x2C6FB7));
        }

        private void earrings() {
            Color m = metalOrSelf();
            for (int side = -1; side <= 1; side += 2) {
                double x = side * 40;
                stroke(new Arc2D.Double(x - 10, -86, 20, 26, 0, 200, Arc2D.OPEN), darken(m, 0.8f), 3);
                line(x + 10, -73, x + 10, -50, darken(m, 0.8f), 3);
                fill(oval(x + 10, -46, 6, 6), m);
                Path2D drop = new Path2D.Double();
                drop.moveTo(x + 10, -40);
                drop.quadTo(x + 38, 10, x + 10, 38);
                drop.quadTo(x - 18, 10, x + 10, -40);
                drop.closePath();
                body(drop, m);
                fill(oval(x + 6, 4, 5, 9), withAlpha(Color.WHITE, 110));
            }
        }

        private void bracelet() {
            Color bead = c;
            for (int i = 0; i < 20; i++) {
                double a = Math.toRadians(i * 18);
                double x = StrictMath.cos(a) * 60;
                double y = StrictMath.sin(a) * 60;
                body(oval(x, y, 11, 11), i % 5 == 0 ? metal() : bead);
                fill(oval(x - 3, y - 3, 3, 3), withAlpha(Color.WHITE, 150));
            }
        }

        // ---- phones & electronics ----

        private void smartphone() {
            body(rr(-44, -88, 88, 176, 22), c);
            g.setPaint(new GradientPaint(-38, -80, new Color(0x23407A), 38, 80, new Color(0x0B0F1A)));
            g.fill(rr(-38, -80, 76, 160, 14));
            fill(rr(-12, -77, 24, 7, 6), Color.BLACK);
            fill(rr(44, -50, 3, 24, 2), darken(c, 0.7f));
            for (int i = 0; i < 3; i++) {
                fill(rr(-28 + i * 20, 40, 14, 14, 4), withAlpha(Color.getHSBColor((float) r.nextDouble(), 0.6f, 0.9f), 220));
            }
        }

        private void phoneCase() {
            body(rr(-46, -88, 92, 176, 24), c);
            fill(rr(-40, -80, 44, 44, 14), DARK);
            for (int i = 0; i < 2; i++) {
                Shape lens = oval(-29 + i * 0, -68 + i * 22, 8, 8);
                fill(oval(-29, -69 + i * 22, 9, 9), new Color(0x444A55));
                fill(lens, Color.BLACK);
            }
            fill(oval(-8, -58, 4, 4), new Color(0xFFE9A8));
            fill(oval(0, 20, 12, 12), withAlpha(brighten(c, 1.3f), 200));
        }

        private void laptop() {
            Color m = luminance(c) < 60 ? new Color(0x3A3D44) : c;
            body(rr(-72, -76, 144, 98, 8), m);
            g.setPaint(new GradientPaint(-64, -70, new Color(0x3B6FB6), 64, 14, new Color(0x0E1B33)));
            g.fill(new Rectangle2D.Double(-64, -69, 128, 84));
            Path2D base = poly(-76, 24, 76, 24, 96, 50, -96, 50);
            body(base, m);
            for (int row = 0; row < 3; row++) {
                line(-64 + row * 4, 30 + row * 6, 64 - row * 4, 30 + row * 6, darken(m, 0.6f), 3);
            }
            fill(rr(-16, 44, 32, 4, 2), darken(m, 0.7f));
        }

        private void headphones() {
            stroke(new Arc2D.Double(-64, -78, 128, 140, 0, 180, Arc2D.OPEN), darken(c, 0.8f), 12);
            stroke(new Arc2D.Double(-64, -78, 128, 140, 20, 140, Arc2D.OPEN), withAlpha(brighten(c, 1.2f), 200), 4);
            for (int side = -1; side <= 1; side += 2) {
                double x = side * 64;
                body(rr(x - 20, -4, 40, 72, 22), c);
                fill(rr(x - (side < 0 ? -12 : 20), 4, 8, 56, 8), DARK);
            }
        }

        private void camera() {
            body(rr(-86, -36, 172, 98, 14), c);
            body(rr(-26, -58, 52, 26, 6), c);
            if (luminance(c) > 120) {
                fill(new Rectangle2D.Double(-86, -8, 172, 34), new Color(0x2A2A2A)); // leatherette band
            }
            fill(rr(52, -48, 20, 10, 4), DARK);
            fill(rr(-74, -28, 22, 14, 3), new Color(0xEDEDED));
            fill(oval(8, 14, 44, 44), new Color(0x2B2D31));
            fill(oval(8, 14, 34, 34), new Color(0x111111));
            g.setPaint(new RadialGradientPaint(0, 6, 26, new float[] {0f, 1f},
                    new Color[] {new Color(0x6A8FD0), new Color(0x0A0F1A)}));
            g.fill(oval(8, 14, 22, 22));
            fill(oval(0, 6, 5, 5), withAlpha(Color.WHITE, 180));
        }

        private void speaker() {
            body(rr(-52, -84, 104, 168, 34), c);
            Color d = luminance(c) > 150 ? new Color(0x34363C) : darken(c, 0.5f);
            fill(oval(0, -38, 28, 28), d);
            fill(oval(0, -38, 12, 12), darken(d, 0.6f));
            fill(oval(0, 38, 36, 36), d);
            fill(oval(0, 38, 16, 16), darken(d, 0.6f));
            fill(oval(0, 34, 5, 5), withAlpha(Color.WHITE, 90));
        }

        // ---- home ----

        private void lamp() {
            g.setPaint(new RadialGradientPaint(0, -6, 60, new float[] {0f, 1f},
                    new Color[] {new Color(255, 230, 150, 150), new Color(255, 230, 150, 0)}));
            g.fill(oval(0, -6, 60, 60));
            fill(new Rectangle2D.Double(-4, -18, 8, 82), new Color(0x8C7A5B));
            body(oval(0, 70, 40, 11), darken(c, 0.7f));
            body(poly(-42, -86, 42, -86, 64, -14, -64, -14), c);
        }

        private void mug() {
            Shape handle = ringShape(50, 6, 30, 18);
            body(handle, c);
            Shape cup = rr(-56, -54, 100, 120, 18);
            body(cup, c);
            fill(oval(-6, -54, 50, 9), darken(c, 0.5f));
            if (r.nextBoolean()) {
                stroke(new QuadCurve2D.Double(-20, -70, -10, -84, -20, -98), new Color(255, 255, 255, 150), 4);
                stroke(new QuadCurve2D.Double(4, -70, 14, -84, 4, -98), new Color(255, 255, 255, 150), 4);
            }
        }

        private void cushion() {
            Path2D p = new Path2D.Double();
            p.moveTo(-72, -72);
            p.quadTo(0, -56, 72, -72);
            p.quadTo(56, 0, 72, 72);
            p.quadTo(0, 56, -72, 72);
            p.quadTo(-56, 0, -72, -72);
            p.closePath();
            body(p, c);
            if (r.nextBoolean()) {
                Shape clip = g.getClip();
                g.clip(p);
                for (int y = -70; y < 72; y += 18) {
                    fill(new Rectangle2D.Double(-80, y, 160, 7), withAlpha(contrast(), 70));
                }
                g.setClip(clip);
            }
            fill(oval(0, 0, 6, 6), darken(c, 0.6f));
            stroke(new QuadCurve2D.Double(-40, -40, 0, -10, 40, -40), withAlpha(darken(c, 0.7f), 120), 2);
        }

        private void vase() {
            Path2D p = new Path2D.Double();
            p.moveTo(-22, -88);
            p.lineTo(22, -88);
            p.lineTo(16, -78);
            p.curveTo(14, -50, 62, -30, 56, 20);
            p.curveTo(52, 60, 30, 74, 26, 84);
            p.lineTo(-26, 84);
            p.curveTo(-30, 74, -52, 60, -56, 20);
            p.curveTo(-62, -30, -14, -50, -16, -78);
            p.closePath();
            body(p, c);
            line(-40, 0, 40, 0, withAlpha(contrast(), 120), 3);
            stroke(new QuadCurve2D.Double(-36, -8, -40, 30, -28, 56), withAlpha(Color.WHITE, 90), 5);
        }

        private void candle() {
            g.setPaint(new RadialGradientPaint(0, -64, 40, new float[] {0f, 1f},
                    new Color[] {new Color(255, 200, 90, 140), new Color(255, 200, 90, 0)}));
            g.fill(oval(0, -64, 40, 40));
            body(rr(-42, -42, 84, 124, 10), c);
            fill(oval(0, -42, 42, 8), brighten(c, 1.15f));
            line(0, -44, 0, -54, DARK, 2.5f);
            Path2D flame = new Path2D.Double();
            flame.moveTo(0, -84);
            flame.quadTo(12, -62, 0, -54);
            flame.quadTo(-12, -62, 0, -84);
            flame.closePath();
            g.setPaint(new GradientPaint(0, -84, new Color(0xFFF4B0), 0, -54, new Color(0xFF8A1E)));
            g.fill(flame);
        }

        private void chair() {
            Color legs = darken(c, 0.6f);
            stroke(new Line2D.Double(30, -86, 40, 82), legs, 8);
            stroke(new Line2D.Double(-46, 6, -50, 82), legs, 8);
            stroke(new Line2D.Double(20, 6, 18, 82), legs, 7);
            stroke(new Line2D.Double(-44, 50, 20, 50), legs, 4);
            body(rr(-56, -6, 100, 16, 6), c);
            body(rr(18, -84, 22, 64, 8), c);
            line(28, -70, 32, -30, withAlpha(Color.WHITE, 90), 3);
        }

        // ---- beauty ----

        private void lipstick() {
            Color tube = r.nextBoolean() ? GOLD : DARK;
            body(rr(-24, 0, 48, 88, 6), tube);
            fill(rr(-26, -6, 52, 10, 3), METAL);
            body(rr(-18, -30, 36, 26, 3), tube);
            body(poly(-15, -30, 15, -30, 15, -70, -15, -50), c);
            line(-8, -34, -8, -52, withAlpha(Color.WHITE, 120), 3);
        }

        private void perfume() {
            Color cap = r.nextBoolean() ? GOLD : DARK;
            body(rr(-24, -90, 48, 36, 8), cap);
            fill(new Rectangle2D.Double(-12, -56, 24, 16), METAL);
            Shape bottle = rr(-56, -42, 112, 122, 18);
            g.setPaint(new GradientPaint(-56, -42, withAlpha(brighten(c, 1.15f), 215), 56, 80, withAlpha(darken(c, 0.8f), 235)));
            g.fill(bottle);
            stroke(bottle, withAlpha(darken(c, 0.6f), 255), 3);
            fill(rr(-26, 4, 52, 30, 4), new Color(0xF6F3EA));
            line(-14, 14, 14, 14, DARK, 2);
            line(-40, -30, -40, 60, withAlpha(Color.WHITE, 120), 6);
        }

        private void nailPolish() {
            body(rr(-16, -92, 32, 84, 8), DARK);
            body(rr(-46, -14, 92, 96, 36), c);
            fill(rr(-20, -16, 40, 8, 3), METAL);
            line(-28, 4, -28, 56, withAlpha(Color.WHITE, 130), 6);
        }

        private void faceCream() {
            body(rr(-74, -8, 148, 76, 14), new Color(0xF5F2EC));
            fill(new Rectangle2D.Double(-74, 18, 148, 24), withAlpha(c, 170));
            body(rr(-78, -44, 156, 42, 14), c);
            line(-70, -22, 70, -22, withAlpha(darken(c, 0.7f), 140), 2);
            line(-62, -34, -30, -34, withAlpha(Color.WHITE, 140), 4);
        }

        // ---- sports ----

        private void football() {
            Color base = luminance(c) > 210 ? new Color(0xF4F4F4) : new Color(0xF7F7F7);
            Color patch = luminance(c) > 210 ? DARK : c;
            Shape ball = oval(0, 0, 76, 76);
            body(ball, base);
            Shape clip = g.getClip();
            g.clip(ball);
            fill(pentagon(0, 0, 22, -90), patch);
            for (int i = 0; i < 5; i++) {
                double a = Math.toRadians(-90 + 36 + i * 72);
                fill(pentagon(StrictMath.cos(a) * 66, StrictMath.sin(a) * 66, 22, -90 + 36 + i * 72 + 180), patch);
                line(StrictMath.cos(a) * 20, StrictMath.sin(a) * 20, StrictMath.cos(a) * 48, StrictMath.sin(a) * 48, new Color(0x888888), 1.5f);
            }
            g.setClip(clip);
            stroke(ball, new Color(0x777777), 2);
        }

        private static Shape pentagon(double cx, double cy, double rad, double startDeg) {
            double[] xy = new double[10];
            for (int i = 0; i < 5; i++) {
                double a = Math.toRadians(startDeg + i * 72);
                xy[2 * i] = cx + StrictMath.cos(a) * rad;
                xy[2 * i + 1] = cy + StrictMath.sin(a) * rad;
            }
            return poly(xy);
        }

        private void racket() {
            Shape head = oval(0, -38, 46, 58);
            Shape clip = g.getClip();
            g.clip(head);
            for (int x = -46; x <= 46; x += 8) {
                line(x, -100, x, 30, new Color(0xE8E8E8), 1.3f);
            }
            for (int y = -96; y <= 20; y += 8) {
                line(-50, y, 50, y, new Color(0xE8E8E8), 1.3f);
            }
            g.setClip(clip);
            stroke(head, c, 9);
            stroke(poly(-20, 14, 0, 36, 20, 14), c, 7);
            body(rr(-7, 34, 14, 62, 5), DARK);
            for (int y = 40; y < 94; y += 8) {
                line(-7, y, 7, y + 4, new Color(0x555555), 1.5f);
            }
        }

        private void yogaMat() {
            Color d = darken(c, 0.7f);
            body(new Rectangle2D.Double(-76, -30, 150, 60), c);
            fill(oval(-76, 0, 14, 30), d);
            body(oval(74, 0, 16, 30), brighten(c, 1.05f));
            for (int k = 1; k <= 3; k++) {
                stroke(new Arc2D.Double(74 - 16 + 4 * k, -30 + 7 * k, 32 - 8 * k, 60 - 14 * k, 90, 270, Arc2D.OPEN), d, 2);
            }
            Color strap = luminance(c) < 70 ? new Color(0x8A8D91) : DARK;
            fill(new Rectangle2D.Double(-40, -31, 10, 62), strap);
            fill(new Rectangle2D.Double(30, -31, 10, 62), strap);
            line(-70, -16, 60, -16, withAlpha(Color.WHITE, 70), 4);
        }

        private void dumbbell() {
            fill(rr(-56, -7, 112, 14, 6), METAL);
            for (int x = -24; x <= 24; x += 6) {
                line(x, -6, x + 3, 6, new Color(0x8A8E94), 1.5f);
            }
            for (int side = -1; side <= 1; side += 2) {
                body(rr(side * 70 - 16, -42, 32, 84, 10), c);
                body(rr(side * 48 - 6, -26, 12, 52, 5), darken(c, 0.8f));
            }
        }

        private void bicycle() {
            Color tyre = new Color(0x202226);
            for (int side = -1; side <= 1; side += 2) {
                double x = side * 54;
                stroke(oval(x, 32, 36, 36), tyre, 6);
                for (int i = 0; i < 8; i++) {
                    double a = Math.toRadians(i * 22.5);
                    line(x + StrictMath.cos(a) * 33, 32 + StrictMath.sin(a) * 33, x - StrictMath.cos(a) * 33, 32 - StrictMath.sin(a) * 33,
                            new Color(0x9A9EA4), 1);
                }
            }
            Path2D frame = new Path2D.Double();
            frame.moveTo(-54, 32);
            frame.lineTo(-6, 32);
            frame.lineTo(-22, -22);
            frame.closePath();
            frame.moveTo(-22, -22);
            frame.lineTo(34, -22);
            frame.lineTo(-6, 32);
            frame.moveTo(34, -22);
            frame.lineTo(54, 32);
            stroke(frame, c, 6);
            line(-26, -32, -22, -22, DARK, 4);
            fill(rr(-40, -38, 28, 8, 4), DARK);
            line(34, -22, 30, -40, DARK, 4);
            line(22, -42, 42, -40, DARK, 4);
        }

        private void waterBottle() {
            body(rr(-22, -92, 44, 24, 8), DARK);
            stroke(new Arc2D.Double(14, -100, 24, 22, 270, 180, Arc2D.OPEN), DARK, 4);
            fill(rr(-18, -70, 36, 14, 4), METAL);
            body(rr(-32, -58, 64, 148, 24), c);
            fill(new Rectangle2D.Double(-32, 0, 64, 26), withAlpha(contrast(), 150));
            line(-20, -46, -20, 76, withAlpha(Color.WHITE, 110), 5);
        }

        /** Products from an unknown sub-category (imported catalogues) get a parcel. */
        private void parcel() {
            body(new Rectangle2D.Double(-70, -50, 140, 110), c);
            fill(new Rectangle2D.Double(-10, -50, 20, 110), darken(c, 0.75f));
        }
    }
}
