package dev.acrconsole.app.concurrent;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Background work on a fixed pool of daemon threads (daemon: never keeps the app from exiting). */
public final class ThreadPoolBackground implements Background {
    private final ScheduledThreadPoolExecutor pool;

    public ThreadPoolBackground(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ScheduledThreadPoolExecutor(threads, factory);
        pool.setRemoveOnCancelPolicy(true); // a rescheduled poll must not leave its old timer behind
    }

    @Override
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            // A late caller (a window closing after the app) gets a cancelled future, not a throw into its thread.
            result.cancel(false);
        }
        return result;
    }

    @Override
    public Future<?> schedule(Duration delay, Runnable work) {
        try {
            return pool.schedule(work, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new CancellationException("closed"));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
