package io.vitrine.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A few container threads for the small background hand-offs that run after almost every request: the event batches
 * ({@code EventBatcher}) and the re-reads of changed products ({@code ChangedKeys}). The container's managed executor
 * captures and restores the application's context on every task it runs (Payara looks its context providers up
 * through a ServiceLoader each time: 2.6 % of the shop's CPU under the mixed load); threads made by its
 * {@link ManagedThreadFactory} carry that context from their start, so a task costs a queue offer.
 */
@ApplicationScoped
public class BackgroundThreads {

    private static final Logger LOG = Logger.getLogger(BackgroundThreads.class.getName());
    /** Threads at most: the hand-offs are short, one of them may wait for a disk commit. */
    static final int THREADS = 4;

    @Resource
    ManagedThreadFactory factory;

    private ThreadPoolExecutor pool;

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true); // an idle shop keeps no thread
    }

    /** Runs hand-offs in the background; refuses them (RejectedExecutionException) once the application stops. */
    public Executor executor() {
        return pool;
    }

    /** The threads' executor; null without a container (tests, tools), where the hand-offs run on the caller. */
    public static Executor executor(BackgroundThreads threads) {
        return threads == null ? null : threads.executor();
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("background hand-offs still running after 30 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
