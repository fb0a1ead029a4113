package io.vitrine.demo;

import io.vitrine.catalog.Product;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes PNG contact sheets (one row per sub-category, a few products each) to look at the painted images. */
final class ContactSheet {

    private ContactSheet() {
    }

    static void write(List<Product> products, ProductImagePainter painter, Path dir) throws Exception {
        Map<String, List<Product>> bySub = new LinkedHashMap<>();
        for (Product p : products) {
            List<Product> l = bySub.computeIfAbsent(p.subCategory(), k -> new ArrayList<>());
            if (l.size() < 6) {
                l.add(p);
            }
        }
        List<String> subs = new ArrayList<>(bySub.keySet());
        int cell = 128;
        int rowsPerSheet = 8;
        for (int sheet = 0; sheet * rowsPerSheet < subs.size(); sheet++) {
            List<String> rows = subs.subList(sheet * rowsPerSheet, Math.min(subs.size(), (sheet + 1) * rowsPerSheet));
            BufferedImage out = new BufferedImage(6 * cell, rows.size() * cell, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            for (int row = 0; row < rows.size(); row++) {
                List<Product> l = bySub.get(rows.get(row));
                for (int col = 0; col < l.size(); col++) {
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(painter.paint(l.get(col)).bytes()));
                    g.drawImage(img, col * cell, row * cell, cell, cell, null);
                }
                g.setColor(Color.BLACK);
                g.drawString(rows.get(row), 3, row * cell + 12);
            }
            g.dispose();
            ImageIO.write(out, "png", dir.resolve("sheet-" + sheet + ".png").toFile());
        }
        // full-size decoded JPEGs, to judge compression artefacts
        BufferedImage full = new BufferedImage(4 * ProductImagePainter.SIZE, ProductImagePainter.SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = full.createGraphics();
        for (int i = 0; i < 4; i++) {
            Product p = products.get(i * 131 % products.size());
            byte[] jpeg = painter.paint(p).bytes();
            Files.write(dir.resolve(p.id().value() + ".jpg"), jpeg);
            g.drawImage(ImageIO.read(new ByteArrayInputStream(jpeg)), i * ProductImagePainter.SIZE, 0, null);
        }
        g.dispose();
        ImageIO.write(full, "png", dir.resolve("full-size.png").toFile());
    }
}
