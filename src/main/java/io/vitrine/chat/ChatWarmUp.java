package io.vitrine.chat;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SubCategory;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.platform.startup.StartupStep;
import io.vitrine.search.SearchService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs the assistant's real paths at start-up, once its model and the search serve, so that the first shoppers do
 * not pay for them: the JIT compiling the understanding, search and answer code (a run of the first few hundred
 * messages held compilations of 100 ms and more), and the typo automata of the catalogue's common words, built on a
 * word's first search. It answers messages made from the training corpus and from the live catalogue (products
 * sampled evenly by id, every shelf) in throwaway conversations that are never stored ({@link ChatService#rehearse}):
 * nothing is written, no seller is messaged, no search is recorded. Bounded by {@value #BUDGET_SECONDS} s.
 */
@ApplicationScoped
public class ChatWarmUp implements StartupStep {

    private static final Logger LOG = Logger.getLogger(ChatWarmUp.class.getName());
    /** Products sampled from the catalogue and corpus utterances taken, per round. */
    static final int PRODUCTS = 40;
    static final int UTTERANCES = 200;
    static final int ROUNDS = 2;
    static final long BUDGET_SECONDS = 120;
    /** How long to wait for the model and the search index before giving up (a start-up that failed elsewhere). */
    private static final long READY_WAIT_SECONDS = 900;

    @Inject
    ChatService chat;
    @Inject
    ChatModels models;
    @Inject
    SearchService search;
    @Inject
    CatalogService catalog;
    @Inject
    ProductRepository products;
    @Resource
    ManagedExecutorService executor;

    @Override
    public Phase phase() {
        return Phase.FIGURES;
    }

    @Override
    public String name() {
        return "chat-warm-up";
    }

    @Override
    public void onStartup() {
        if (executor != null) {
            executor.execute(this::warmUp);
        }
    }

    void warmUp() {
        long deadline = System.nanoTime() + READY_WAIT_SECONDS * 1_000_000_000L;
        while (!ready()) {
            if (System.nanoTime() > deadline) {
                LOG.info("chat warm-up skipped: the model or the search did not serve in time");
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long started = System.nanoTime();
        long budget = started + BUDGET_SECONDS * 1_000_000_000L;
        List<List<String>> conversations = conversations();
        int answered = 0;
        int failed = 0;
        for (int round = 0; round < ROUNDS && System.nanoTime() < budget; round++) {
            for (List<String> turns : conversations) {
                if (System.nanoTime() > budget) {
                    break;
                }
                Conversation c = Conversation.start(Instant.now());
                for (String message : turns) {
                    try {
                        chat.rehearse(c, message);
                        answered++;
                    } catch (RuntimeException e) {
                        failed++;
                        LOG.log(Level.FINE, "chat warm-up message failed: " + message, e);
                    }
                }
            }
        }
        int n = answered;
        int f = failed;
        LOG.info(() -> String.format("chat warm-up: %d messages answered (%d failed) in %.1f s", n, f,
                (System.nanoTime() - started) / 1e9));
    }

    private boolean ready() {
        try {
            models.classifier();
            return search.ready();
        } catch (ChatUnavailableException e) {
            return false;
        }
    }

    /** The warm-up's conversations: corpus utterances one by one, then questions about products and shelves. */
    List<List<String>> conversations() {
        List<List<String>> out = new ArrayList<>();
        List<IntentExample> corpus = IntentCorpus.loadAll();
        for (IntentExample e : evenly(corpus, UTTERANCES)) {
            out.add(List.of(e.text()));
        }
        List<Product> all;
        try (Stream<Product> stream = products.streamAll()) {
            all = stream.sorted(Comparator.comparing(p -> p.id().value())).toList();
        }
        out.addAll(productConversations(evenly(all, PRODUCTS)));
        for (Category c : catalog.categories()) {
            for (SubCategory sub : c.subCategories()) {
                out.add(List.of("I want " + lower(sub.name().en()), "cheaper?", "the second one", "how much is it?"));
                out.add(List.of("je cherche " + lower(sub.name().fr()) + " à moins de 50 euros", "en rouge ?", "compare les deux premiers"));
            }
        }
        return out;
    }

    /** For each product: what shoppers ask about one (price, stock, colours, seller, delivery, "it"), and set against the next. */
    static List<List<String>> productConversations(List<Product> sample) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            Product p = sample.get(i);
            Product next = sample.get((i + 1) % sample.size());
            String en = p.name().en();
            String fr = p.name().fr();
            out.add(List.of("tell me about the " + en, "how much is it?", "do you have it in blue?"));
            out.add(List.of("is the " + en + " in stock"));
            out.add(List.of("what colours does the " + en + " come in?"));
            out.add(List.of("who sells the " + en + "?"));
            out.add(List.of("combien coûte " + fr + " ?", "il est bien noté ?"));
            out.add(List.of("quand arriverait " + fr + " en Belgique ?"));
            if (next != p) {
                out.add(List.of(en + " vs " + next.name().en()));
            }
        }
        return out;
    }

    /** At most {@code n} items spread evenly over the list (every k-th), in its order. */
    static <T> List<T> evenly(List<T> items, int n) {
        if (items.size() <= n) {
            return List.copyOf(items);
        }
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(items.get((int) ((long) i * items.size() / n)));
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
