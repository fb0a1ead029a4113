package io.vitrine.experiment;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.Models;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.ShopModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The saved model versions running experiments serve beside the live one (and the winner's promotion), read once from their files through the
 * model lifecycle ({@code ModelFiles}) and held until no running experiment needs them. At most
 * {@code vitrine.experiment.max-models} at a time: each costs about what the live model costs.
 */
@ApplicationScoped
public class VariantModels {

    private static final Logger LOG = Logger.getLogger(VariantModels.class.getName());

    @Inject
    Models models;
    @Inject
    ShopModels engine;
    @Inject
    ExperimentSettings settings;

    private final Map<Long, ShopModel> loaded = new ConcurrentHashMap<>();
    /** BLEND variants: the live model reweighted, per live version and recipe (dropped when the live model changes). */
    private final Map<String, ShopModel> blends = new ConcurrentHashMap<>();

    /** Loads {@code version} (409 when its file is not kept or the memory budget is spent). */
    public ShopModel load(long version) {
        ShopModel m = loaded.get(version);
        if (m != null) {
            return m;
        }
        if (loaded.size() >= settings.maxModels()) {
            throw new ConflictException("experiments already hold " + loaded.size() + " model versions in memory "
                    + "(vitrine.experiment.max-models); stop one first");
        }
        ShopModel read = models.of(engine).files().load(version)
                .orElseThrow(() -> new ConflictException("model version " + version + " has no saved file (only the newest "
                        + "live versions are kept); pick a version listed under GET /api/v1/admin/models/shop-blend"));
        loaded.put(version, read);
        LOG.info(() -> "shop-blend version " + version + " loaded for an experiment");
        return read;
    }

    public Optional<ShopModel> get(long version) {
        return Optional.ofNullable(loaded.get(version));
    }

    /** The model a variant serves beside {@code live}: live itself, its loaded saved version, or live reweighted. */
    public ShopModel of(Variant v, ShopModel live) {
        return switch (v.kind()) {
            case LIVE -> live;
            case MODEL_VERSION -> get(v.modelVersion()).orElseThrow(() -> new ConflictException("version " + v.modelVersion() + " not loaded"));
            case BLEND -> {
                String key = live.version() + "|" + v.recipe();
                ShopModel m = blends.get(key);
                if (m == null) {
                    blends.keySet().removeIf(k -> !k.startsWith(live.version() + "|"));
                    m = reweighted(live, v);
                    blends.put(key, m);
                }
                yield m;
            }
        };
    }

    /** Checks before start that the live model has every part a BLEND variant weighs (409 otherwise). */
    public void check(Variant v) {
        if (v.kind() == Variant.Kind.BLEND) {
            engine.live().ifPresent(live -> reweighted(live.model(), v));
        }
    }

    private static ShopModel reweighted(ShopModel live, Variant v) {
        try {
            return live.reweighted(v.recipe());
        } catch (IllegalArgumentException notThisBlend) {
            throw new ConflictException("variant " + v.name() + ": " + notThisBlend.getMessage());
        }
    }

    /**
     * Puts a variant live through the model lifecycle (a new version, swapped atomically), as the kind's one job: a
     * saved version as it is, a blend recipe applied to the live version's saved file. Returns the job and the saved
     * version it started from.
     */
    public Promotion promote(Variant v, String note) {
        ModelLifecycle<ShopModel> lifecycle = models.of(engine);
        if (v.kind() == Variant.Kind.BLEND) {
            long live = engine.live().map(l -> l.model().version())
                    .orElseThrow(() -> new ConflictException("no live model to apply the blend recipe to yet"));
            return new Promotion(lifecycle.promote(live, m -> reweighted(m, v), note), live);
        }
        return new Promotion(lifecycle.promote(v.modelVersion(), note), v.modelVersion());
    }

    /** A promotion's job and the saved version it started from. */
    public record Promotion(RetrainJob job, long fromVersion) {
    }

    /** Drops the versions no running experiment serves. */
    public void keepOnly(Set<Long> versions) {
        loaded.keySet().retainAll(versions);
    }
}
