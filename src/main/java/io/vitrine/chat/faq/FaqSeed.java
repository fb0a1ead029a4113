package io.vitrine.chat.faq;

import io.vitrine.chat.ChatLanguage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The FAQ and policy pages the shop starts with, {@code io/vitrine/chat/faq-seed.tsv}
 * ({@code id<TAB>intent<TAB>lang<TAB>question<TAB>answer}), written by the project in English and French.
 */
public final class FaqSeed {

    static final String RESOURCE = "/io/vitrine/chat/faq-seed.tsv";

    private FaqSeed() {
    }

    public static List<FaqEntry> load(Instant at) {
        try (InputStream in = FaqSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            List<FaqEntry> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 5 tab-separated fields");
                }
                ChatLanguage lang = ChatLanguage.fromCode(f[2])
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown language " + f[2]));
                out.add(new FaqEntry(f[0], f[1], lang, f[3], f[4], at));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
