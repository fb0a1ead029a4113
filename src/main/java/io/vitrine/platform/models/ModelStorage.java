package io.vitrine.platform.models;

/**
 * Where an engine's versions live: {@code vitrine.data.dir/models/<folder>/<prefix><version><suffix>}, written and
 * read by {@code format}.
 */
public record ModelStorage<M>(String folder, String prefix, String suffix, ModelFormat<M> format) {
}
