package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.app.tokens.TokenKind;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.app.scopemaps.ScopeMapActions;
import dev.acrconsole.app.tokens.TokenActions;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The create wizard's work: the sync scope map, the sync token, then the connected registry, each an operation that
 * must succeed before the next is sent (seed 000's chain). If one fails, the flow says which resources it had already
 * made (including one ARM accepted and left Failed) and can remove them, newest first: ARM refuses to delete a sync
 * token while its connected registry exists. Plain Java: the UI shows {@link Step}s as they change.
 */
public final class CreateConnectedRegistryFlow {

    public enum State { WAITING, RUNNING, DONE, FAILED, SKIPPED, REMOVING, REMOVED, NOT_REMOVED }

    /** One step as the wizard lists it; {@code detail} is ARM's error when it failed. */
    public record Step(String title, String resourceId, ResourceKind kind, State state, String detail) {
        Step with(State next, String why) {
            return new Step(title, resourceId, kind, next, why);
        }

        /** What the step makes, e.g. "scope map site1-sync-scope-map". */
        public String what() {
            String what = kind == ScopeMapKind.KIND ? "scope map " : kind == TokenKind.KIND ? "token " : "connected registry ";
            return what + ArmIds.name(resourceId);
        }
    }

    /** How the flow (or the removal) ended, in words for the user. */
    public record Result(boolean succeeded, String message) {}

    /** Hears the steps each time one changes, on whichever thread the operation ended on. */
    @FunctionalInterface
    public interface Listener {
        void changed(List<Step> steps);
    }

    private final Function<OperationRequest, CompletableFuture<Operation>> run;
    private final Listener listener;
    private final List<OperationRequest> requests;
    private final String tenantId;
    private final List<Step> steps = new ArrayList<>();
    private final boolean[] made;

    /** {@code run} sends one operation and completes when it has ended (see OperationsService.submitAndWait). */
    public CreateConnectedRegistryFlow(ConnectedRegistryForm form, Function<OperationRequest, CompletableFuture<Operation>> run,
                                       Listener listener) {
        this.run = run;
        this.listener = listener;
        this.tenantId = form.parent().tenantId();
        this.requests = List.of(ConnectedRegistryActions.syncScopeMap(form), ConnectedRegistryActions.syncToken(form),
                ConnectedRegistryActions.create(form));
        for (OperationRequest r : requests) {
            steps.add(new Step(r.title(), r.targetId(), r.targetKind(), State.WAITING, null));
        }
        this.made = new boolean[requests.size()];
    }

    public synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    /** Runs the steps in order; completes when the last has succeeded or one has failed. */
    public CompletableFuture<Result> start() {
        return step(0);
    }

    /** The resources the flow made (succeeded, or accepted by ARM and left Failed), oldest first. */
    public synchronized List<Step> made() {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < made.length; i++) {
            if (made[i] && steps.get(i).state() != State.REMOVED) {
                out.add(steps.get(i));
            }
        }
        return out;
    }

    /** Deletes what {@link #made()} lists, newest first, each an operation; stops at the first that fails. */
    public CompletableFuture<Result> removeMade() {
        List<Integer> order = new ArrayList<>();
        for (int i = made.length - 1; i >= 0; i--) {
            if (made[i] && steps.get(i).state() != State.REMOVED) {
                order.add(i);
            }
        }
        return remove(order, 0);
    }

    private CompletableFuture<Result> step(int i) {
        if (i == requests.size()) {
            return CompletableFuture.completedFuture(new Result(true, "Made " + describe(made()) + "."));
        }
        update(i, State.RUNNING, null);
        return run.apply(requests.get(i)).handle((op, error) -> {
            if (error == null && op.state() == Operation.State.Succeeded) {
                synchronized (this) {
                    made[i] = true;
                }
                update(i, State.DONE, null);
                return (CompletableFuture<Result>) null;
            }
            String why = error != null ? ArmErrors.describe(error) : OperationText.outcome(op);
            synchronized (this) {
                made[i] = op != null && op.pollUrl() != null; // ARM accepted it: the resource exists, Failed
            }
            update(i, State.FAILED, why);
            for (int j = i + 1; j < requests.size(); j++) {
                update(j, State.SKIPPED, null);
            }
            return CompletableFuture.completedFuture(new Result(false, failure(i, why)));
        }).thenCompose(next -> next != null ? next : step(i + 1));
    }

    private String failure(int i, String why) {
        List<Step> already = made();
        return steps.get(i).title() + " failed — " + why + ". "
                + (already.isEmpty() ? "Nothing was made." : "Already made: " + describe(already) + ". Remove "
                + (already.size() == 1 ? "it" : "them") + "?");
    }

    private CompletableFuture<Result> remove(List<Integer> order, int k) {
        if (k == order.size()) {
            return CompletableFuture.completedFuture(new Result(true, "Removed what the wizard had made."));
        }
        int i = order.get(k);
        update(i, State.REMOVING, null);
        Step s = steps().get(i);
        OperationRequest delete = s.kind() == ScopeMapKind.KIND ? ScopeMapActions.delete(s.resourceId(), tenantId)
                : s.kind() == TokenKind.KIND ? TokenActions.delete(s.resourceId(), tenantId)
                : ConnectedRegistryActions.delete(s.resourceId(), tenantId);
        return run.apply(delete).handle((op, error) -> {
            if (error == null && op.state() == Operation.State.Succeeded) {
                update(i, State.REMOVED, null);
                return (CompletableFuture<Result>) null;
            }
            String why = error != null ? ArmErrors.describe(error) : OperationText.outcome(op);
            update(i, State.NOT_REMOVED, why);
            return CompletableFuture.completedFuture(new Result(false, "Could not remove " + s.what() + " — " + why
                    + ". Still there: " + describe(made()) + "."));
        }).thenCompose(next -> next != null ? next : remove(order, k + 1));
    }

    private void update(int i, State state, String detail) {
        List<Step> copy;
        synchronized (this) {
            steps.set(i, steps.get(i).with(state, detail));
            copy = List.copyOf(steps);
        }
        listener.changed(copy);
    }

    private static String describe(List<Step> list) {
        return list.stream().map(Step::what).collect(Collectors.joining(", "));
    }
}
