package dev.acrconsole.app.operations;

import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import java.util.Objects;

/**
 * A write to send to ARM as an operation: what it is called, the request, and what to do with its target when it
 * succeeds. Built by the action classes (e.g. {@code RegistryActions}) from validated input.
 * <p>
 * {@code follow} is null for ARM's long-running operations (followed as ARM's answer says). {@link Operation.PollMode#run}
 * is for requests that start an ACR Tasks run (ScheduleRun, a task's "Run now"): ARM answers with the run, which
 * becomes the target, is followed by its status, and is canceled through its {@code /cancel} action.
 *
 * @param kind       a stable code, e.g. {@code registry.create}
 * @param title      what the operations panel shows, e.g. "Create registry contosonew"
 * @param path       the ARM path with its api-version query
 * @param body       JSON, or null
 * @param cancelPath the ARM action that cancels the work, where ARM has one (e.g. a run's cancel), else null
 */
public record OperationRequest(String kind, String title, String targetId, ResourceKind targetKind, String tenantId,
                               String method, String path, String body, Operation.After after, String cancelPath,
                               Operation.PollMode follow) {
    public OperationRequest(String kind, String title, String targetId, ResourceKind targetKind, String tenantId,
                            String method, String path, String body, Operation.After after, String cancelPath) {
        this(kind, title, targetId, targetKind, tenantId, method, path, body, after, cancelPath, null);
    }

    public OperationRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(after, "after");
    }
}
