package dev.acrconsole.app.operations;

import java.util.concurrent.CompletableFuture;

/**
 * Asked by {@link OperationsService} before an operation is journaled or sent: the one place every write passes, so
 * read-only mode and the typed-name confirmation of a production target hold whichever page sent it.
 */
public interface WriteGuard {
    /** Completes normally to let {@code request} go; exceptionally (a {@link Refused}) to keep it from being sent. */
    CompletableFuture<Void> check(OperationRequest request);

    /** Why a write was not sent, in words for the user. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }
}
