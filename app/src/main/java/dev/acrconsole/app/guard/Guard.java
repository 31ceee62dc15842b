package dev.acrconsole.app.guard;

import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.WriteGuard;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Guarded production and read-only mode. A subscription, resource group or registry can be marked Production (kept in
 * the settings file by ARM id); everything below a mark is production too. Before a destructive operation on production
 * is sent, the user types its name ({@link Confirmer}); in read-only mode nothing is sent at all. Plain Java.
 */
public final class Guard implements WriteGuard {
    /** The kinds {@link #check} is asked about for Regenerate (admin user) and Generate (a token's password). */
    public static final String REGENERATE_ADMIN_PASSWORD = "registry.regenerateCredential";
    public static final String GENERATE_TOKEN_PASSWORD = "token.generateCredentials";
    public static final String READ_ONLY_MESSAGE =
            "Read-only mode: nothing is sent. Turn off View > Read-only mode to make changes.";
    /**
     * Operation kinds that destroy or cut off something besides the DELETEs; a regenerated password cuts off whoever
     * signs in with the old one (those two are checked by {@link #check} though never sent as operations: the
     * answers hold the new passwords).
     */
    private static final Set<String> DESTRUCTIVE = Set.of("cleanup.run", "connectedRegistry.deactivate",
            REGENERATE_ADMIN_PASSWORD, GENERATE_TOKEN_PASSWORD);
    /** Deletes whose own form already asks for the typed name (a registry, a repository): not asked twice. */
    private static final Set<String> TYPED_IN_FORM = Set.of("registry.delete", "repository.delete");

    /** Asks the user to type {@code name} to go ahead; completes with true only when it was typed. */
    public interface Confirmer {
        CompletableFuture<Boolean> typedName(String name, String action);
    }

    private final List<String> production = new CopyOnWriteArrayList<>();
    private final Consumer<List<String>> save;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean readOnly;
    private volatile Confirmer confirmer;

    /** @param save keeps the marks (the settings file); called after each change */
    public Guard(Collection<String> marks, boolean readOnly, Consumer<List<String>> save) {
        marks.forEach(m -> production.add(normal(m)));
        this.readOnly = readOnly;
        this.save = save;
    }

    public void confirmer(Confirmer c) {
        this.confirmer = c;
    }

    /** Runs on every change of a mark or of read-only mode (on the thread that made it). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public boolean readOnly() {
        return readOnly;
    }

    public void readOnly(boolean on) {
        if (on != readOnly) {
            readOnly = on;
            listeners.forEach(Runnable::run);
        }
    }

    /** True when {@code armId} is marked Production or lies below a mark. */
    public boolean production(String armId) {
        if (armId == null) {
            return false;
        }
        String id = normal(armId);
        return production.stream().anyMatch(m -> id.equals(m) || id.startsWith(m + "/"));
    }

    /** True when {@code armId} itself is marked (not only inherited from above). */
    public boolean marked(String armId) {
        return armId != null && production.contains(normal(armId));
    }

    /** Marks or unmarks {@code armId} and saves the marks. */
    public void mark(String armId, boolean on) {
        String id = normal(armId);
        boolean changed = on ? !production.contains(id) && production.add(id) : production.remove(id);
        if (changed) {
            save.accept(List.copyOf(production));
            listeners.forEach(Runnable::run);
        }
    }

    public List<String> marks() {
        return List.copyOf(production);
    }

    /** True for a write that deletes or cuts off something: what asks for the typed name on production. */
    public static boolean destructive(OperationRequest r) {
        return r.method().equalsIgnoreCase("DELETE") || r.kind().endsWith(".delete") || DESTRUCTIVE.contains(r.kind());
    }

    /** The name the user types: the last segment of the ARM id (a registry's, a tag's). */
    public static String name(String armId) {
        String id = armId.endsWith("/") ? armId.substring(0, armId.length() - 1) : armId;
        return id.substring(id.lastIndexOf('/') + 1);
    }

    @Override
    public CompletableFuture<Void> check(OperationRequest request) {
        if (readOnly) {
            return CompletableFuture.failedFuture(new Refused(READ_ONLY_MESSAGE));
        }
        if (!destructive(request) || !production(request.targetId()) || TYPED_IN_FORM.contains(request.kind())) {
            return CompletableFuture.completedFuture(null);
        }
        Confirmer c = confirmer;
        String name = name(request.targetId());
        if (c == null) { // nobody to ask (headless): a production target is not destroyed unasked
            return CompletableFuture.failedFuture(new Refused(request.title() + " was not sent: it is in production, and "
                    + "nobody was there to type its name."));
        }
        return c.typedName(name, request.title()).thenCompose(ok -> ok ? CompletableFuture.<Void>completedFuture(null)
                : CompletableFuture.failedFuture(new Refused(request.title() + " was not sent: " + name
                        + " is in production, and its name was not typed.")));
    }

    /**
     * Asks {@code guard} (null: none) about a write that is sent straight to ARM rather than as an operation, because
     * ARM's answer holds secrets (a regenerated password): refused in read-only mode, the typed name asked on
     * production, as for an operation. Completes when it may go.
     */
    public static CompletableFuture<Void> allow(WriteGuard guard, String kind, String title, String targetId,
                                                dev.acrconsole.cache.ResourceKind targetKind, String tenantId) {
        if (guard == null) {
            return CompletableFuture.completedFuture(null);
        }
        return guard.check(new OperationRequest(kind, title, targetId, targetKind, tenantId, "POST", targetId,
                null, dev.acrconsole.cache.Operation.After.none, null));
    }

    /** ARM ids are case-insensitive: marks and lookups compare lower-case, without a trailing slash. */
    private static String normal(String armId) {
        String id = armId.strip().toLowerCase(Locale.ROOT);
        return id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
    }
}
