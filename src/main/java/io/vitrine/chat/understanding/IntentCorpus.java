package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The project's own intent corpus, {@code io/vitrine/chat/intents-<lang>.tsv} on the classpath:
 * {@code intent<TAB>utterance} per line, {@code #} starts a comment.
 */
public final class IntentCorpus {

    /** Label of the corpus's out-of-scope examples. */
    public static final String OUT_OF_SCOPE = Intent.OUT_OF_SCOPE.label();

    private IntentCorpus() {
    }

    public static List<IntentExample> load(ChatLanguage lang) {
        return resource("/io/vitrine/chat/intents-" + lang.code() + ".tsv");
    }


    private static List<IntentExample> resource(String resource) {
        try (InputStream in = IntentCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing intent corpus " + resource);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both languages, English first. */
    public static List<IntentExample> loadAll() {
        List<IntentExample> all = new ArrayList<>(load(ChatLanguage.EN));
        all.addAll(load(ChatLanguage.FR));
        return List.copyOf(all);
    }

    public static List<IntentExample> read(Reader reader) throws IOException {
        List<IntentExample> out = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException("line " + number + ": expected intent<TAB>utterance");
            }
            out.add(new IntentExample(line.substring(0, tab).trim(), line.substring(tab + 1).trim()));
        }
        return List.copyOf(out);
    }

    /** Utterance count per intent, sorted by intent. */
    public static Map<String, Integer> counts(List<IntentExample> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        for (IntentExample e : examples) {
            counts.merge(e.intent(), 1, Integer::sum);
        }
        return counts;
    }
}
