package io.vitrine.chat.faq;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.platform.TextColumn;

/** Stores a {@link ChatLanguage} as its ISO code ("en"); a code it does not know reads back as English. */
public final class LanguageColumn extends TextColumn<ChatLanguage> {

    public LanguageColumn() {
        super(ChatLanguage::code, code -> ChatLanguage.fromCode(code).orElse(ChatLanguage.EN));
    }
}
