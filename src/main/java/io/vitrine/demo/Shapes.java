package io.vitrine.demo;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/** Shorthands for the Java2D shapes product pictures are drawn with (the demo store's painter, the photo model's shots). */
public final class Shapes {

    private Shapes() {
    }

    /** A closed polygon through the points {@code x0, y0, x1, y1, ...}. */
    public static Path2D poly(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    /** A rectangle with rounded corners of diameter {@code arc}. */
    public static Shape rr(double x, double y, double w, double h, double arc) {
        return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
    }

    /** An ellipse by its centre and radii. */
    public static Shape oval(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }
}
