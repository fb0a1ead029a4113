package io.vitrine.chat;

/** The assistant cannot answer yet: its intent model is still loading after start-up (503 with Retry-After). */
public class ChatUnavailableException extends io.vitrine.platform.NotReadyException {

    public static final int RETRY_AFTER_SECONDS = 5;

    public ChatUnavailableException(String message) {
        super(message, RETRY_AFTER_SECONDS);
    }
}
