package io.vitrine.platform.web;

import java.util.Objects;

/**
 * A plain link a page renders as {@code <a href="#{request.contextPath}#{link.href}">#{link.label}</a>}: worked out by
 * the page's bean instead of an {@code h:link} with {@code f:param}s, which resolves its navigation case and encodes
 * its parameters on every view. {@code href} is the path and query below the context root, already encoded;
 * {@code key} is what the link stands for (a category id, a sort), {@code active} marks the one the page shows now.
 */
public record PageLink(String key, String href, String label, boolean active) implements java.io.Serializable {

    public PageLink {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
        return label + " -> " + href + (active ? " (active)" : "");
    }
}
