package io.vitrine.chat.faq;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
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
public class FaqEntry {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_ANSWER = 4000;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern INTENT = Pattern.compile("[a-z][a-z_]{1,40}");

    @Id
    private String id;
    @Column
    private String intent;
    @Column
    private String lang;
    @Column
    private String question;
    @Column
    private String answer;
    @Column
    private long updatedAt;

    protected FaqEntry() {
    }

    public FaqEntry(String id, String intent, ChatLanguage lang, String question, String answer, Instant updatedAt) {
        if (id == null || id.length() > 80 || !ID.matcher(id).matches()) {
            throw new InvalidInputException("a FAQ id is lower-case letters, digits and dashes (at most 80): " + id);
        }
        if (intent == null || !INTENT.matcher(intent).matches()) {
            throw new InvalidInputException("a FAQ intent is an intent name such as returns or payment_methods");
        }
        this.id = id;
        this.intent = intent;
        this.lang = Objects.requireNonNull(lang, "lang").code();
        this.question = text("question", question, MAX_QUESTION);
        this.answer = text("answer", answer, MAX_ANSWER);
        this.updatedAt = updatedAt.toEpochMilli();
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

    public String id() {
        return id;
    }

    public String intent() {
        return intent;
    }

    public ChatLanguage lang() {
        return ChatLanguage.fromCode(lang).orElse(ChatLanguage.EN);
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public Instant updatedAt() {
        return Instant.ofEpochMilli(updatedAt);
    }
}
