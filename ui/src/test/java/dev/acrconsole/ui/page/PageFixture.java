package dev.acrconsole.ui.page;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxServer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A view model's world without the JavaFX toolkit: a real cache file, the real sandbox through the real SDK when
 * asked for, {@link DirectBackground} (work runs on the caller) and a same-thread "FX" executor. What the user is told
 * and what the tree is asked to open are recorded for the test to read.
 */
public final class PageFixture implements AutoCloseable {
    /** The same-thread executor that stands in for the FX thread. */
    public static final Executor SAME_THREAD = Runnable::run;
    /** The sandbox with operations that end in a moment and no Retry-After: for tests that follow one to its end. */
    public static final SandboxConfig QUICK = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300))
            .withRetryAfterSeconds(0);

    public final AppServices services;
    public final PageContext context;
    public final List<String> notices = new CopyOnWriteArrayList<>();
    /** What the tree was asked to open: "show id [folder kind]" or "row id kind". */
    public final List<String> revealed = new CopyOnWriteArrayList<>();
    private final Background background;

    private PageFixture(AppServices services, Background background) {
        this.services = services;
        this.background = background;
        PageContext.Reveal reveal = new PageContext.Reveal() {
            @Override
            public void show(String resourceId, ResourceKind folderKind) {
                revealed.add("show " + resourceId + (folderKind == null ? "" : " " + folderKind.code()));
            }

            @Override
            public void showRow(String rowId, ResourceKind kind) {
                revealed.add("row " + rowId + " " + kind.code());
            }
        };
        this.context = new PageContext(services.store(), services.kinds(), services.review(), services.viewScope(), background,
                SAME_THREAD, services::session, services::canChange, notices::add, reveal,
                new CacheFeed(services.database().changes(), SAME_THREAD));
    }

    /** A cache with nothing in it, and no session: offline. */
    public static PageFixture offline(Path dir) {
        return new PageFixture(new AppServices(LaunchOptions.Mode.OFFLINE, dir, open(dir), Clock.systemUTC()),
                new DirectBackground());
    }

    /** The sandbox's demo sample, connected and refreshed once into the cache; work runs on the caller. */
    public static PageFixture sandbox(Path dir) {
        return sandbox(dir, SandboxConfig.defaults(), new DirectBackground());
    }

    /** As {@link #sandbox(Path)}, with {@link #QUICK} operations: for tests that follow what a form sent to its end. */
    public static PageFixture quick(Path dir) {
        return sandbox(dir, QUICK, new DirectBackground());
    }

    /**
     * As {@link #sandbox(Path)}, with work on a real pool: for view models that wait before they ask (a name check,
     * search as you type), which {@link DirectBackground} cannot do.
     */
    public static PageFixture sandboxScheduling(Path dir) {
        return sandboxScheduling(dir, SandboxConfig.defaults());
    }

    /** As {@link #sandboxScheduling(Path)}, with a sandbox of {@code config} (e.g. {@link #QUICK}). */
    public static PageFixture sandboxScheduling(Path dir, SandboxConfig config) {
        return sandbox(dir, config, new ThreadPoolBackground("fixture", 2));
    }

    public static PageFixture sandbox(Path dir, SandboxConfig config, Background background) {
        AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dir, open(dir), Clock.systemUTC(), config);
        PageFixture f = new PageFixture(services, background);
        f.refresh();
        return f;
    }

    private static CacheDatabase open(Path dir) {
        return CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy());
    }

    /** A whole refresh of the sandbox into the cache, on this thread. */
    public RefreshReport refresh() {
        return services.session().orElseThrow().refresh().refreshAll(RefreshListener.NONE);
    }

    public SandboxServer sandbox() {
        return services.sandbox().orElseThrow();
    }

    public CacheScope scope() {
        return services.viewScope();
    }

    /** The sandbox's registry named {@code name} (e.g. "contosoprodacr", the Premium one with runs and connections). */
    public SandboxData.Registry sandboxRegistry(String name) {
        return sandbox().data().registries().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no registry " + name + " in the sandbox"));
    }

    /** The first of the sandbox's private endpoint connections on {@code registry} in {@code status} (e.g. "Pending"). */
    public SandboxData.PrivateEndpointConnection connection(String registry, String status) {
        String registryId = sandboxRegistry(registry).id();
        return sandbox().data().privateEndpointConnections().stream()
                .filter(c -> c.registryId().equals(registryId) && c.status().equals(status)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + status + " connection on " + registry));
    }

    /** The cached row of {@code id} with its typed details. */
    public Row row(String id) {
        return context.find(scope(), id).orElseThrow(() -> new AssertionError(id + " is not cached"));
    }

    public Optional<Row> find(String id) {
        return context.find(scope(), id);
    }

    /** The cached registry of the sandbox's sample called {@code name}. */
    public Row registry(String name) {
        return row(sandboxRegistry(name).id());
    }

    /** Reads a collection below {@code parent} into the cache, as opening its folder does; its rows then. */
    public List<Row> fetch(Row parent, ResourceKind kind) {
        services.session().orElseThrow().refresh().refreshChildren(parent.resource(), kind, RefreshListener.NONE);
        return context.children(parent, kind);
    }

    /** The cached row of {@code kind} called {@code name} below {@code parent}. */
    public Row child(Row parent, ResourceKind kind, String name) {
        return context.children(parent, kind).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not cached below " + parent.name()));
    }

    /** The resource as the sandbox holds it now (what ARM would answer). */
    public JsonNode atArm(String id) {
        return sandbox().state().get(id).orElseThrow(() -> new AssertionError(id + " is not in the sandbox"));
    }

    /** Waits until the operation a form sent has ended; its journal row then. */
    public Operation ended(CompletableFuture<Operation> sent) {
        if (sent == null) {
            throw new AssertionError("the form refused to send");
        }
        String id = await(sent).id();
        waitFor("the operation ends", () -> services.journal().get(id).orElseThrow().state().terminal());
        return services.journal().get(id).orElseThrow();
    }

    /** The result of work handed to a future (the operations service's and a pool's complete on other threads). */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("did not complete: " + e, e);
        }
    }

    /** Waits (at most 30 s) for what other threads do: operations being followed, a pool's scheduled work. */
    public static void waitFor(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }

    @Override
    public void close() {
        if (background != null && !(background instanceof DirectBackground)) {
            background.close();
        }
        services.close();
    }
}
