package io.vitrine.chat.faq;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.platform.EpochMillis;
import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One FAQ / policy answer in one language (returns, payment, delivery, opening hours...), stored in MongoDB and
 * edited by an admin. {@code intent} is the assistant intent it answers; its {@code question} also becomes a training
 * utterance of that intent, so editing the FAQ retrains the intent model. Ids look like {@code returns-en}.
 */
@Entity("chat_faq")
public record FaqEntry(@Id String id, @Column String intent, @Column @Convert(LanguageColumn.class) ChatLanguage lang,
                       @Column String question, @Column String answer,
                       @Column @Convert(EpochMillis.class) Instant updatedAt) {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_ANSWER = 4000;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern INTENT = Pattern.compile("[a-z][a-z_]{1,40}");

    /** Checks the entry (as an admin writes it; what the database hands back was checked when it was saved). */
    public FaqEntry {
        if (id == null || id.length() > 80 || !ID.matcher(id).matches()) {
            throw new InvalidInputException("a FAQ id is lower-case letters, digits and dashes (at most 80): " + id);
        }
        if (intent == null || !INTENT.matcher(intent).matches()) {
            throw new InvalidInputException("a FAQ intent is an intent name such as returns or payment_methods");
        }
        Objects.requireNonNull(lang, "lang");
        question = text("question", question, MAX_QUESTION);
        answer = text("answer", answer, MAX_ANSWER);
        updatedAt = EpochMillis.of(updatedAt);
    }

    private static String text(String what, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("the " + what + " is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("the " + what + " may hold at most " + max + " characters");
        }
        return v;
    }
}
