package dev.acrconsole.ui.operations;

import dev.acrconsole.app.operations.OperationPoll;
import dev.acrconsole.cache.Operation;
import java.util.List;

/**
 * What the details view of one operation shows, toolkit-free: the request as journaled (secrets already left out),
 * each exchange with ARM this run of the console saw, ARM's full error, and the equivalent {@code az} command.
 *
 * @param request   method and ARM path
 * @param body      the request body, indented; null when it had none
 * @param exchanges oldest first; empty when it was sent before this start (the journal keeps only their count)
 * @param polls     what the journal says of its polls, for when {@code exchanges} cannot list them
 * @param error     ARM's code and message in full; for a lost one, since when and why; null when none
 * @param azCommand the command line az users type for the same change; null where az has none
 * @param withheld  the journal left secrets out of the body (so it is not sent again from here)
 */
public record OperationDetails(Operation operation, String request, String body, List<OperationPoll> exchanges,
                               String polls, String error, String azCommand, boolean withheld) {
    public OperationDetails {
        exchanges = List.copyOf(exchanges);
    }
}
