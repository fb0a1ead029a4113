package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.Objects;

/** A text in English and French; a missing translation falls back to the other language. */
// GROUPING keeps it a sub-document: JNoSQL's default (FLAT) would spill its fields into the parent document,
// where two LocalizedText fields (name, description) would overwrite each other.
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class LocalizedText {

    @Column
    private String en;
    @Column
    private String fr;

    protected LocalizedText() {
    }

    private LocalizedText(String en, String fr) {
        this.en = en;
        this.fr = fr;
    }

    public static LocalizedText of(String en, String fr) {
        String e = blankToNull(en);
        String f = blankToNull(fr);
        if (e == null && f == null) {
            throw new InvalidInputException("a text needs at least one language");
        }
        return new LocalizedText(e, f);
    }

    /** The same text in both languages (imports of single-language catalogues). */
    public static LocalizedText same(String text) {
        return of(text, text);
    }

    public String en() {
        return en != null ? en : fr;
    }

    public String fr() {
        return fr != null ? fr : en;
    }

    /** The stored texts without the fallback, for writes that must store exactly what JNoSQL would. */
    String storedEn() {
        return en;
    }

    String storedFr() {
        return fr;
    }

    /**
     * The text in {@code language} ("fr" or "en"). One method of that name only: the pages call it from EL, and an
     * overload (a {@code Locale} one was here) makes EL try to convert the argument to each candidate's type on every
     * call, which looks for a property editor class through the web application's class loader each time.
     */
    public String in(String language) {
        return "fr".equalsIgnoreCase(language) ? fr() : en();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && Objects.equals(en(), t.en()) && Objects.equals(fr(), t.fr());
    }

    @Override
    public int hashCode() {
        return Objects.hash(en(), fr());
    }

    @Override
    public String toString() {
        return en() + " / " + fr();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
