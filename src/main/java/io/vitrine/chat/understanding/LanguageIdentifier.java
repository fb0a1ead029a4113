package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * French or English with OpenNLP's language detector (langdetect-183, 103 languages), keeping only P(fra) and
 * P(eng): raw detection picks a third language for short messages ("Hello" came out as something else).
 * Even between the two, the detector is close to a coin toss on one-word chat messages ("merci" scored 50/50,
 * "bjr" went to English), so its log-odds are added to a chat lexicon learnt from our own intent corpus
 * (smoothed per-word log-likelihood ratio French/English, capped so no single word decides a long message).
 * Thread-safe; the model (10 MB) is loaded once per process by {@link #standard()}.
 */
public final class LanguageIdentifier {

    /** Resource of {@code org.apache.opennlp:opennlp-models-langdetect}. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";

    /** The detector's log-odds are small (about 0.4 for a clear four-word sentence); this scales them to the lexicon's. */
    static final double DETECTOR_WEIGHT = 4.0;
    /** Cap of one word's lexicon log-likelihood ratio. */
    static final double WORD_CAP = 2.5;

    private final LanguageDetectorME detector;
    private final Map<String, Double> frenchLogOdds;

    /**
     * @param model  OpenNLP language detector model
     * @param french French chat utterances, for the lexicon
     * @param english English chat utterances, for the lexicon
     */
    public LanguageIdentifier(LanguageDetectorModel model, List<String> french, List<String> english) {
        this.detector = new LanguageDetectorME(Objects.requireNonNull(model, "model"));
        this.frenchLogOdds = Map.copyOf(lexicon(french, english));
    }

    /** The shared identifier over the packaged model. */
    public static LanguageIdentifier standard() {
        return Holder.INSTANCE;
    }

    public LanguageGuess guess(String text) {
        String[] tokens = TextNormalizer.tokens(text);
        double eng = 0;
        double fra = 0;
        for (Language l : detector.predictLanguages(text)) {
            if (l.getLang().equals("eng")) {
                eng = l.getConfidence();
            } else if (l.getLang().equals("fra")) {
                fra = l.getConfidence();
            }
        }
        double logOdds = eng > 0 && fra > 0 ? DETECTOR_WEIGHT * Math.log(fra / eng) : 0;
        for (String t : tokens) {
            logOdds += frenchLogOdds.getOrDefault(t, 0.0);
        }
        double pFr = 1 / (1 + Math.exp(-logOdds));
        return pFr > 0.5
                ? new LanguageGuess(ChatLanguage.FR, pFr, tokens.length)
                : new LanguageGuess(ChatLanguage.EN, 1 - pFr, tokens.length);
    }

    /** Add-one smoothed log P(word | French) - log P(word | English), for words seen in either corpus. */
    private static Map<String, Double> lexicon(List<String> french, List<String> english) {
        Map<String, Integer> fr = counts(french);
        Map<String, Integer> en = counts(english);
        Set<String> vocabulary = new HashSet<>(fr.keySet());
        vocabulary.addAll(en.keySet());
        double frTotal = fr.values().stream().mapToInt(Integer::intValue).sum() + vocabulary.size();
        double enTotal = en.values().stream().mapToInt(Integer::intValue).sum() + vocabulary.size();
        Map<String, Double> out = new HashMap<>();
        for (String w : vocabulary) {
            double llr = Math.log((fr.getOrDefault(w, 0) + 1) / frTotal) - Math.log((en.getOrDefault(w, 0) + 1) / enTotal);
            out.put(w, Math.max(-WORD_CAP, Math.min(WORD_CAP, llr)));
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            for (String t : TextNormalizer.tokens(text)) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> texts(List<IntentExample> examples) {
        return examples.stream().map(IntentExample::text).toList();
    }

    private static final class Holder {
        static final LanguageIdentifier INSTANCE = load();

        private static LanguageIdentifier load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + MODEL_RESOURCE + " (opennlp-models-langdetect)");
                }
                return new LanguageIdentifier(new LanguageDetectorModel(in),
                        texts(IntentCorpus.load(ChatLanguage.FR)), texts(IntentCorpus.load(ChatLanguage.EN)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
