package io.vitrine.experiment;

import io.vitrine.platform.ConflictException;
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

    /** Puts a saved version live through the model lifecycle (a new version, swapped atomically), as the kind's one job. */
    public RetrainJob promote(long version, String note) {
        return models.of(engine).promote(version, note);
    }

    /** Drops the versions no running experiment serves. */
    public void keepOnly(Set<Long> versions) {
        loaded.keySet().retainAll(versions);
    }
}
