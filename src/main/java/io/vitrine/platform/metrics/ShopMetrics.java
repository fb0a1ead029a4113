package io.vitrine.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The business figures Vitrine publishes at {@code /metrics} (Prometheus names in brackets; see
 * docker/prometheus.yml and docker/grafana-dashboard.json):
 * <ul>
 * <li>recommendation lists served per kind and model version ({@code vitrine_recommendation_lists_total{kind,version}})</li>
 * <li>search latency ({@code vitrine_search_latency_ms}, buckets in microprofile-config.properties) and
 *     searches by outcome ({@code vitrine_searches_total{result="zero"|"some"}}: the zero-result rate)</li>
 * <li>chat messages per understood intent and hand-overs to a seller ({@code vitrine_chat_messages_total{intent}},
 *     {@code vitrine_chat_handovers_total})</li>
 * <li>photo searches and whether the best look-alike was close ({@code vitrine_photo_searches_total{match}})</li>
 * <li>events ingested ({@code vitrine_events_ingested_total})</li>
 * <li>live model versions and their age ({@code vitrine_model_live_version{kind}}, {@code vitrine_model_age_seconds{kind}},
 *     registered by {@link ModelGauges})</li>
 * <li>model jobs (retraining, promotion) by kind and outcome, with their duration from submission to end
 *     ({@code vitrine_model_job_seconds{kind,state}}: count, sum and quantiles)</li>
 * </ul>
 * Counters and histograms are looked up once per name and tags and kept: the hot paths (every list, search, event)
 * pay one map lookup.
 * Services hold {@link #NONE} until CDI injects the real one, so plain unit tests that build a service with
 * {@code new} need no registry.
 */
@ApplicationScoped
public class ShopMetrics {

    /** Does nothing: the value services start with before injection. */
    public static final ShopMetrics NONE = new ShopMetrics();
    /** Tag values come from code (kinds, intents), but are cleaned anyway: a label must never carry free text. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_:-]{1,40}");

    @Inject
    MetricRegistry registry;
    /** Each counter and histogram by name and tags, registered on first use. */
    private final Map<String, Metric> metrics = new ConcurrentHashMap<>();

    /**
     * One recommendation list served: {@code kind} is user, popular, trending, similar or bought-together, by the model
     * version that ranked it (an experiment's candidate counts under its own version).
     */
    public void listServed(String kind, long modelVersion) {
        count("vitrine.recommendation.lists", "Recommendation lists served", 1, new Tag("kind", label(kind)),
                new Tag("version", Long.toString(modelVersion)));
    }

    /** A model job ended in {@code state} (LIVE, REJECTED, FAILED) after {@code took} from its submission. */
    public void jobFinished(String kind, String state, java.time.Duration took) {
        if (registry == null) {
            return;
        }
        Tag[] tags = {new Tag("kind", label(kind)), new Tag("state", label(state))};
        Histogram h = (Histogram) metrics.computeIfAbsent(key("vitrine.model.job.seconds", tags), k -> registry.histogram(
                Metadata.builder().withName("vitrine.model.job.seconds").withDescription("Model jobs (retraining, promotion) "
                        + "by kind and outcome, seconds from submission to end").build(), tags));
        h.update(took.toSeconds());
    }

    /** One search answered in {@code nanos}, with or without results. */
    public void searched(long nanos, boolean zeroResults) {
        if (registry == null) {
            return;
        }
        // the unit is in the name, not in the metadata: Prometheus output would otherwise rename it by its base unit
        Histogram h = (Histogram) metrics.computeIfAbsent("vitrine.search.latency.ms", k -> registry.histogram(
                Metadata.builder().withName("vitrine.search.latency.ms").withDescription("Search latency in milliseconds").build()));
        h.update(nanos / 1_000_000);
        count("vitrine.searches", "Searches by outcome", 1, new Tag("result", zeroResults ? "zero" : "some"));
    }

    /** One chat message answered with this intent; {@code handedOver} when the answer passed a message to a seller. */
    public void chatMessage(String intent, boolean handedOver) {
        count("vitrine.chat.messages", "Chat messages by understood intent", 1, new Tag("intent", label(intent)));
        if (handedOver) {
            count("vitrine.chat.handovers", "Chat messages passed on to a seller", 1);
        }
    }

    /** One photo search; {@code bestSimilarity} of its first look-alike (negative when none was found). */
    public void photoSearch(boolean closeMatch) {
        count("vitrine.photo.searches", "Photo searches by whether the photo model found a close match in the shop", 1,
                new Tag("match", closeMatch ? "close" : "none"));
    }

    /** {@code n} interactions stored (REST batches and the pages' own events). */
    public void eventsIngested(int n) {
        if (n > 0) {
            count("vitrine.events.ingested", "Interactions stored", n);
        }
    }

    /** {@code n} of the shop's own events dropped because the background writer's queue was full. */
    public void eventsDropped(long n) {
        if (n > 0) {
            count("vitrine.events.dropped", "Shop events (searches, page views) dropped: the event writer's queue was full", n);
        }
    }

    /** A gauge read at each scrape (the model gauges). */
    void gauge(String name, String description, String unit, Supplier<Number> value, Tag... tags) {
        if (registry != null) {
            registry.gauge(Metadata.builder().withName(name).withDescription(description).withUnit(unit).build(),
                    () -> value.get().doubleValue(), tags);
        }
    }

    private void count(String name, String description, long n, Tag... tags) {
        if (registry != null) {
            Counter c = (Counter) metrics.computeIfAbsent(key(name, tags),
                    k -> registry.counter(Metadata.builder().withName(name).withDescription(description).build(), tags));
            c.inc(n);
        }
    }

    private static String key(String name, Tag... tags) {
        StringBuilder k = new StringBuilder(name);
        for (Tag t : tags) {
            k.append('|').append(t.getTagName()).append('=').append(t.getTagValue());
        }
        return k.toString();
    }

    static String label(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return LABEL.matcher(v).matches() ? v : "other";
    }
}
