package io.vitrine.platform.api;

import java.util.List;

/** A page of results: {@code {items, total, page, size}}. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {
}
