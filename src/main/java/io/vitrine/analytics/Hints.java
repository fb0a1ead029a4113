package io.vitrine.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a product's figures into advice. Thresholds are relative to the seller's own products where that makes
 * sense (a product has "many views" when it is in the seller's top quarter and has at least
 * {@value #MIN_VIEWS} views; it sells "poorly" below half the seller's conversion rate), so a small shop gets
 * advice too.
 */
public final class Hints {

    static final long MIN_VIEWS = 20;
    static final double DEAR = 0.10;
    static final double CHEAP = -0.15;
    static final double RISING = 1.5;
    static final long MIN_TRENDING_VIEWS = 10;
    static final int LOW_STOCK = 5;

    /** The seller-wide yardsticks a product is measured against. */
    public record Context(double conversion, long upperQuartileViews) {
    }

    /** A product's own numbers. */
    public record Facts(long views, long purchases, int stock, Optional<Double> priceVsMedian, Optional<Double> rating,
                        int ratingCount, long viewsLastWeek, long viewsWeekBefore, long unitsLastWeek) {

        Optional<Double> conversion() {
            return views == 0 ? Optional.empty() : Optional.of((double) purchases / views);
        }
    }

    private Hints() {
    }

    /** Rising views: at least {@value #MIN_TRENDING_VIEWS} last week and 1.5 times the week before. */
    public static boolean trending(Facts f) {
        return f.viewsLastWeek() >= MIN_TRENDING_VIEWS && f.viewsLastWeek() >= RISING * Math.max(1, f.viewsWeekBefore());
    }

    public static List<Hint> of(Facts f, Context c) {
        List<Hint> hints = new ArrayList<>();
        if (f.views() == 0) {
            hints.add(new Hint(Hint.Kind.NO_VIEWS, 0));
        }
        if (f.stock() == 0 && f.views() > 0) {
            hints.add(new Hint(Hint.Kind.OUT_OF_STOCK, 0));
        }
        double conversion = f.conversion().orElse(0.0);
        boolean manyViews = f.views() >= Math.max(MIN_VIEWS, c.upperQuartileViews());
        boolean fewSales = conversion < 0.5 * c.conversion();
        double vsMedian = f.priceVsMedian().orElse(0.0);
        if (manyViews && fewSales && f.stock() > 0) {
            hints.add(vsMedian >= DEAR ? new Hint(Hint.Kind.OVERPRICED, percent(vsMedian)) : new Hint(Hint.Kind.FEW_SALES, 0));
        }
        // stock for less than two weeks at last week's pace, or a handful left
        boolean lowStock = f.stock() > 0 && (f.stock() <= LOW_STOCK || f.stock() < 2 * f.unitsLastWeek());
        if (lowStock && trending(f)) {
            double rise = (double) f.viewsLastWeek() / Math.max(1, f.viewsWeekBefore()) - 1;
            hints.add(new Hint(Hint.Kind.LOW_STOCK_TRENDING, percent(rise)));
        }
        if (f.ratingCount() >= 3 && f.rating().orElse(5.0) < 3.0) {
            hints.add(new Hint(Hint.Kind.LOW_RATING, 0));
        }
        if (f.purchases() >= 3 && c.conversion() > 0 && conversion >= 1.5 * c.conversion() && vsMedian <= CHEAP
                && f.priceVsMedian().isPresent()) {
            hints.add(new Hint(Hint.Kind.UNDERPRICED, percent(-vsMedian)));
        }
        return hints;
    }

    private static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }
}
