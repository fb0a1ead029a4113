package io.vitrine.analytics.web;

import io.vitrine.analytics.AnalyticsService;
import io.vitrine.analytics.AnalyticsUnavailableException;
import io.vitrine.analytics.Period;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Seller;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.web.PageCaller;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the dashboard and the product analysis share: the period picker, the seller an admin chose (a seller always
 * reads its own; the service decides), and how a read of figures tells the page that they are not ready yet or
 * that the period is wrong.
 */
abstract class FiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One read of figures for a caller, a chosen seller (none: the whole shop or the caller's own) and a period. */
    @FunctionalInterface
    interface FigureRead<T> {
        T read(Caller caller, Optional<String> seller, Period period);
    }

    @Inject
    AnalyticsService analytics;
    @Inject
    CatalogService catalog;
    @Inject
    PageCaller caller;
    @Inject
    Texts texts;

    private final PeriodChoice period = new PeriodChoice();
    private String seller;

    /**
     * Reads figures for the chosen period and seller; empty, with the reason shown on the page, when they are still
     * being computed ({@code notReady} runs first) or the period is wrong.
     */
    <T> Optional<T> read(FigureRead<T> figures, Runnable notReady) {
        try {
            Period p = period.period();
            return Optional.of(figures.read(caller.get(), Optional.ofNullable(seller).filter(s -> !s.isBlank()), p));
        } catch (AnalyticsUnavailableException e) {
            notReady.run();
            texts.warn("analytics.notReady");
        } catch (IllegalArgumentException e) {
            texts.error(e.getMessage());
        }
        return Optional.empty();
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public String getSeller() {
        return seller;
    }

    public void setSeller(String seller) {
        this.seller = seller;
    }

    public boolean isAdmin() {
        return caller.get().isAdmin();
    }

    public List<Seller> getSellers() {
        return catalog.sellers().stream().sorted(Comparator.comparing(Seller::name)).toList();
    }
}
