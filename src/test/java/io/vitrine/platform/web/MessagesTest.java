package io.vitrine.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every string of the pages exists in English and French. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9.\\-_]+)'\\]");

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        ResourceBundle en = ResourceBundle.getBundle(LanguageBean.BUNDLE, Locale.ENGLISH);
        ResourceBundle fr = ResourceBundle.getBundle(LanguageBean.BUNDLE, Locale.FRENCH);
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(fr.keySet()));
        assertEquals("Panier", fr.getString("nav.cart"));
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        ResourceBundle en = ResourceBundle.getBundle(LanguageBean.BUNDLE, Locale.ENGLISH);
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY.matcher(Files.readString(page));
                while (m.find()) {
                    seen++;
                    if (!en.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(seen > 50, "the pages use the bundle");
        assertEquals(Set.of(), missing);
    }
}
