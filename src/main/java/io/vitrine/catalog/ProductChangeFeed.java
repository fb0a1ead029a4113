package io.vitrine.catalog;

import io.vitrine.platform.cluster.Change;
import io.vitrine.platform.cluster.ChangeListener;
import io.vitrine.platform.cluster.ChangeLog;
import io.vitrine.platform.cluster.Cluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.function.Consumer;

/**
 * The catalogue's changes, shared by the nodes of a cluster: every {@link ProductChanged} made on this node goes to
 * the cluster's change log (topic {@value #TOPIC}), and every one made on another node is fired here as the same
 * event, so the read model, the text index and the photo index of every node follow every node's changes through
 * the path they already observe. On one node the log is the solo one and records nothing.
 */
@ApplicationScoped
public class ProductChangeFeed implements ChangeListener {

    static final String TOPIC = "product";
    /** Set while another node's change is fired here: it is not logged a second time. */
    private static final ThreadLocal<Boolean> APPLYING = ThreadLocal.withInitial(() -> false);

    @Inject
    Cluster cluster;
    @Inject
    Event<ProductChanged> events;

    private ChangeLog log;
    private Consumer<ProductChanged> fire;

    public ProductChangeFeed() {
    }

    /** For tests: a given log, and where the other nodes' changes are fired. */
    ProductChangeFeed(ChangeLog log, Consumer<ProductChanged> fire) {
        this.log = log;
        this.fire = fire;
    }

    void onProductChanged(@Observes ProductChanged change) {
        if (!APPLYING.get()) {
            log().append(TOPIC, change.product().value(), change.change().name());
        }
    }

    /**
     * A batch (an import's) goes to the log product by product, as updates: another node re-reads each one, which is
     * what a creation needs too.
     */
    void onProductsChanged(@Observes ProductsChanged batch) {
        if (!APPLYING.get()) {
            ChangeLog target = log();
            batch.products().forEach(id -> target.append(TOPIC, id.value(), ProductChanged.Change.UPDATED.name()));
        }
    }

    private ChangeLog log() {
        return log != null ? log : cluster.changes();
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void apply(Change change) {
        ProductChanged event = new ProductChanged(new ProductId(change.key()), ProductChanged.Change.valueOf(change.value()));
        APPLYING.set(true);
        try {
            if (fire != null) {
                fire.accept(event);
            } else {
                events.fire(event);
            }
        } finally {
            APPLYING.set(false);
        }
    }
}
