package io.vitrine.chat;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.Product;
import io.vitrine.chat.answers.Answers;
import io.vitrine.chat.answers.ChatAnswer;
import io.vitrine.chat.answers.LiveChatShop;
import io.vitrine.chat.answers.ReplyTexts;
import io.vitrine.chat.conversation.ChatTurn;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.conversation.ConversationStore;
import io.vitrine.chat.handover.SellerMessageService;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.IntentClassifier;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentPrediction;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.ProductNameMask;
import io.vitrine.platform.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The chat assistant: checks the message, loads or starts the conversation, classifies the message with the live
 * intent model in the conversation's language, lets {@link Answers} answer from live data, stores the turn
 * and any message left for a seller. The conversation is MongoDB's, so it survives restarts and serves every page.
 */
@ApplicationScoped
public class ChatService {

    public static final int MAX_MESSAGE = 1000;
    /** A message needs a letter or a digit to be read ("😀😀" or "???" has none). */
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    @Inject
    io.vitrine.platform.metrics.ShopMetrics metrics = io.vitrine.platform.metrics.ShopMetrics.NONE;
    @Inject
    ConversationStore conversations;
    @Inject
    ChatModels models;
    @Inject
    LiveChatShop shop;
    @Inject
    SellerMessageService sellerMessages;
    @Inject
    ChatSettings settings;

    private final Clock clock = Clock.systemUTC();
    private Answers answers;

    @PostConstruct
    void init() {
        answers = new Answers(shop, settings.delivery(), settings.zones(), clock);
    }

    /**
     * @param conversationId an existing conversation, or empty to start one
     * @param message        1 to {@value #MAX_MESSAGE} characters
     * @param lang           forces the reply language; otherwise detected, sticky per conversation
     * @param account        the logged-in shopper, if any (orders need one)
     * @throws IllegalArgumentException for an empty or too long message, or a malformed conversation id (400)
     * @throws NotFoundException        for an unknown conversation, or one of another shopper (404)
     */
    public ChatReply chat(Optional<String> conversationId, String message, Optional<ChatLanguage> lang, Optional<String> account) {
        if (message == null || message.isBlank()) {
            throw new InvalidInputException("the message is empty");
        }
        if (message.length() > MAX_MESSAGE) {
            throw new InvalidInputException("a message may hold at most " + MAX_MESSAGE + " characters");
        }
        Conversation started = conversationId.isPresent() ? null : Conversation.start(clock.instant());
        String id = conversationId.map(ChatService::checkedId).orElseGet(() -> started.id());
        // the next message of this conversation waits until this one is stored (before the reply leaves)
        try (ConversationStore.Held held = conversations.hold(id)) {
            Conversation c = started != null ? started : find(held, id, account);
            ChatReply reply = answer(c, message.strip(), lang, account);
            held.store(c);
            return reply;
        }
    }

    private ChatReply answer(Conversation c, String text, Optional<ChatLanguage> lang, Optional<String> account) {
        c.identify(account);
        IntentPrediction p;
        ChatAnswer answer;
        if (!HAS_WORD.matcher(text).find()) {
            ChatLanguage l = lang.or(() -> c.language().language()).orElse(ChatLanguage.EN);
            p = new IntentPrediction(IntentCorpus.OUT_OF_SCOPE, 0, l, IntentCorpus.OUT_OF_SCOPE, true);
            answer = ChatAnswer.of(ReplyTexts.text(l, "no_words"), Intent.OUT_OF_SCOPE);
        } else {
            IntentClassifier classifier = models.classifier();
            java.util.function.Function<String, IntentPrediction> classify =
                    t -> lang.map(l -> classifier.model().classify(t, l)).orElseGet(() -> classifier.classify(t, c.language()));
            IntentPrediction full = classify.apply(text);
            // only a message longer than a product name run can name a product in full: no search for "yes", "thanks"
            // and only one whose run of words some product's name holds: most messages need no search for it
            List<Product> named = text.split("\\s+").length > ProductNameMask.MIN_RUN && shop.names().mayNameInFull(text)
                    ? shop.search(ProductCriteria.text(text), full.lang(), 1) : List.of();
            Optional<Product> inFull = ProductNameMask.namedInFull(text, named);
            p = ProductNameMask.reading(text, named, full, classify);
            if (inFull.isEmpty()) {
                p = ProductNameMask.shelfReading(text, shop.shelf(text, p.lang()), p, classify,
                        t -> classifier.model().bestOtherThan(t, classifier.model().outOfScopeLabel()));
            }
            answer = answers.answer(c, text, p, inFull, account);
        }
        c.speak(p.lang());
        answer.sellerMessage().ifPresent(sellerMessages::leave);
        metrics.chatMessage(answer.intent().label(), answer.sellerMessage().isPresent());
        c.record(new ChatTurn(text, answer.text(), answer.intent().label(), p.confidence(), clock.instant()));
        return new ChatReply(c.id(), answer.text(), p.lang(), answer.intent(), p.confidence(), answer.cards());
    }

    /** The turns of a conversation, for a page that shows it again (after the last message is stored). */
    public List<ChatTurn> history(String conversationId, Optional<String> account) {
        String id = checkedId(conversationId);
        try (ConversationStore.Held held = conversations.hold(id)) {
            return find(held, id, account).turns();
        }
    }

    private static String checkedId(String id) {
        if (!Conversation.isValidId(id)) {
            throw new InvalidInputException("conversationId is not a conversation id (a UUID the assistant returned)");
        }
        return id;
    }

    private static Conversation find(ConversationStore.Held held, String id, Optional<String> account) {
        return held.read(id).filter(c -> c.mayContinue(account))
                .orElseThrow(() -> new NotFoundException("no conversation " + id + "; leave conversationId out to start one"));
    }
}
