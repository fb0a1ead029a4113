package io.vitrine.experiment.web;

import io.vitrine.experiment.Experiment;
import io.vitrine.experiment.Metric;
import io.vitrine.experiment.analysis.Msprt;
import io.vitrine.experiment.analysis.Sample;
import io.vitrine.experiment.analysis.Verdict;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The experiments page says everything in English and in French, and its English verdicts are the REST ones. */
class ExperimentWordsTest {

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ExperimentsView.BUNDLE, locale);
    }

    static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyInBothLanguagesWithTheSamePlaceholders() {
        ResourceBundle en = bundle(Locale.ENGLISH);
        ResourceBundle fr = bundle(Locale.FRENCH);
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(fr.keySet()));
        for (String key : en.keySet()) {
            assertEquals(placeholders(en.getString(key)), placeholders(fr.getString(key)), key);
        }
        for (Experiment.Status s : Experiment.Status.values()) {
            assertTrue(en.containsKey("experiments.status." + s.name()), s.name());
        }
        for (Experiment.Mode m : Experiment.Mode.values()) {
            assertTrue(en.containsKey("experiments.mode." + m.name()), m.name());
        }
        for (Metric m : Metric.values()) {
            assertEquals(m.words(), en.getString("experiments.metric." + m.name()), "the page names the metric as REST does");
        }
    }

    @Test
    void theEnglishPageVerdictIsTheRestVerdict() {
        ResourceBundle en = bundle(Locale.ENGLISH);
        Verdict.ENGLISH.forEach((key, pattern) -> assertEquals(pattern, en.getString("verdict." + key), key));
    }

    @Test
    void aFrenchVerdict() {
        Verdict v = Verdict.ab(Sample.ofRate(100, 1000), Sample.ofRate(200, 1000), new Msprt(0.05, 0.0004), "click-through", 500);
        Object[] args = {"taux de clic", "B", "A", "100,0 %", "95,0 %"};
        assertEquals(5, v.phrase().args().size());
        assertEquals("B est meilleur que A de 100,0 % en taux de clic, s\u00fbr \u00e0 95,0 %.",
                new MessageFormat(bundle(Locale.FRENCH).getString("verdict." + v.phrase().key()), Locale.FRENCH).format(args));
    }
}
