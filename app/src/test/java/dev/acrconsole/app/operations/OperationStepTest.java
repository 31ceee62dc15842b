package dev.acrconsole.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation.PollMode;
import dev.acrconsole.cache.Operation.State;
import dev.acrconsole.cache.Operation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ARM's long-running-operation rules, one answer at a time. */
class OperationStepTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String TARGET = "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r";

    private static Operation pending(String method) {
        return Operation.pending("op", new CacheScope("a", "c"), "k", "t", TARGET, RegistryKind.KIND, null, method,
                TARGET + "?api-version=2025-11-01", null, Operation.After.refresh, null, NOW);
    }

    private static ArmResponse answer(int status, String body, String async, String location, String retryAfter) {
        return new ArmResponse(status, body, async, location, retryAfter);
    }

    @Test
    void anAcceptedWriteIsFollowedByItsStatusUrlNoSoonerThanRetryAfter() {
        Operation op = OperationStep.afterSend(pending("PUT"), answer(201, "{}", "https://arm/s1", null, "7"), NOW);
        assertThat(op.state()).isEqualTo(State.Running);
        assertThat(op.pollMode()).isEqualTo(PollMode.async);
        assertThat(op.pollUrl()).isEqualTo("https://arm/s1");
        assertThat(op.nextPollAt()).isEqualTo(NOW.plusSeconds(7));
    }

    @Test
    void aDeleteIsFollowedByItsLocationAndWithoutRetryAfterBacksOffFromOneSecond() {
        Operation op = OperationStep.afterSend(pending("DELETE"), answer(202, null, null, "https://arm/r1", null), NOW);
        assertThat(op.pollMode()).isEqualTo(PollMode.location);
        assertThat(op.nextPollAt()).isEqualTo(NOW.plusSeconds(1));

        Operation later = OperationStep.afterPoll(op, answer(202, null, null, "https://arm/r1", null), NOW);
        assertThat(later.nextPollAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(PollDelay.backoff(10)).isEqualTo(Duration.ofSeconds(15));
        assertThat(OperationStep.afterPoll(later, answer(204, null, null, null, null), NOW).state()).isEqualTo(State.Succeeded);
    }

    @Test
    void acceptedWithoutAStatusUrlFollowsTheResourcesProvisioningState() {
        Operation op = OperationStep.afterSend(pending("PUT"),
                answer(201, "{\"properties\":{\"provisioningState\":\"Creating\"}}", null, null, null), NOW);
        assertThat(op.pollMode()).isEqualTo(PollMode.resource);
        assertThat(op.pollUrl()).isEqualTo(op.path());
        assertThat(OperationStep.afterPoll(op, answer(200, "{\"properties\":{\"provisioningState\":\"Updating\"}}", null, null, null), NOW)
                .state()).isEqualTo(State.Running);
        Operation failed = OperationStep.afterPoll(op, answer(200, "{\"properties\":{\"provisioningState\":\"Failed\"}}", null, null, null), NOW);
        assertThat(failed.state()).isEqualTo(State.Failed);
        assertThat(failed.errorMessage()).contains("Failed");
    }

    @Test
    void aSynchronousAnswerEndsItAtOnce() {
        assertThat(OperationStep.afterSend(pending("PUT"),
                answer(200, "{\"properties\":{\"provisioningState\":\"Succeeded\"}}", null, null, null), NOW).state())
                .isEqualTo(State.Succeeded);
        assertThat(OperationStep.afterSend(pending("DELETE"), answer(204, null, null, null, null), NOW).state())
                .isEqualTo(State.Succeeded);
    }

    @Test
    void aRequestArmWasUnavailableForIsSentAgainAFewTimesThenFailsWithArmsError() {
        ArmResponse unavailable = answer(503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"Try later.\"}}",
                null, null, null);
        Operation op = pending("POST");
        for (int send = 1; send < OperationStep.MAX_SENDS; send++) {
            op = OperationStep.afterSend(op, unavailable, NOW);
            assertThat(op.state()).as("after send " + send).isEqualTo(State.Pending);
            assertThat(op.note()).isEqualTo("ARM is unavailable (503); sending again");
            assertThat(op.nextPollAt()).isAfter(NOW);
        }
        Operation refused = OperationStep.afterSend(op, unavailable, NOW);
        assertThat(refused.state()).isEqualTo(State.Failed);
        assertThat(refused.errorCode()).isEqualTo("ServiceUnavailable");
        assertThat(refused.errorMessage()).isEqualTo("Try later.");
    }

    @Test
    void aRefusalCarriesArmsCodeAndMessage() {
        Operation op = OperationStep.afterSend(pending("PUT"),
                answer(400, "{\"error\":{\"code\":\"InvalidRegistryName\",\"message\":\"Use letters.\"}}", null, null, null), NOW);
        assertThat(op.state()).isEqualTo(State.Failed);
        assertThat(op.errorCode()).isEqualTo("InvalidRegistryName");
        assertThat(op.errorMessage()).isEqualTo("Use letters.");
    }

    @Test
    void aThrottledWriteIsSentAgainAfterRetryAfterAndAThrottledPollWaitsAsAsked() {
        Operation op = OperationStep.afterSend(pending("PUT"), answer(429, "{\"error\":{\"code\":\"x\"}}", null, null, "12"), NOW);
        assertThat(op.state()).isEqualTo(State.Pending);
        assertThat(op.nextPollAt()).isEqualTo(NOW.plusSeconds(12));
        assertThat(op.throttled()).isEqualTo(1);

        Operation running = pending("PUT").running(PollMode.async, "https://arm/s", NOW, NOW);
        Operation throttled = OperationStep.afterPoll(running, answer(429, null, null, null, "Fri, 20 Nov 2026 10:00:30 GMT"), NOW);
        assertThat(throttled.state()).isEqualTo(State.Running);
        assertThat(throttled.nextPollAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(throttled.note()).contains("429");
        assertThat(OperationStep.afterPoll(running, answer(429, null, null, null, null), NOW).nextPollAt())
                .isEqualTo(NOW.plus(PollDelay.THROTTLED_DEFAULT));
    }

    @Test
    void aStatusBodyEndsItSucceededFailedOrCanceled() {
        Operation running = pending("PUT").running(PollMode.async, "https://arm/s", NOW, NOW);
        assertThat(OperationStep.afterPoll(running, answer(200, "{\"status\":\"InProgress\"}", null, null, "0"), NOW).nextPollAt())
                .isEqualTo(NOW.plus(PollDelay.FLOOR));
        assertThat(OperationStep.afterPoll(running, answer(200, "{\"status\":\"Succeeded\"}", null, null, null), NOW).state())
                .isEqualTo(State.Succeeded);
        Operation failed = OperationStep.afterPoll(running,
                answer(200, "{\"status\":\"Failed\",\"error\":{\"code\":\"QuotaExceeded\",\"message\":\"No more.\"}}", null, null, null), NOW);
        assertThat(failed.state()).isEqualTo(State.Failed);
        assertThat(failed.errorCode()).isEqualTo("QuotaExceeded");
        assertThat(OperationStep.afterPoll(running, answer(200, "{\"status\":\"Canceled\"}", null, null, null), NOW).state())
                .isEqualTo(State.Canceled);
    }

    @Test
    void aGatewayHiccupIsAskedAgainButArmsOwnErrorEndsIt() {
        Operation running = pending("DELETE").running(PollMode.location, "https://arm/r", NOW, NOW);
        Operation blip = OperationStep.afterPoll(running, answer(502, "<html>bad gateway</html>", null, null, null), NOW);
        assertThat(blip.state()).isEqualTo(State.Running);
        assertThat(blip.note()).contains("502");
        Operation unavailable = OperationStep.afterPoll(running,
                answer(503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"Later.\"}}", null, null, null), NOW);
        assertThat(unavailable.state()).as("503 says nothing of the operation").isEqualTo(State.Running);
        // A hiccup is no answer: unanswered since the first one, until an answer comes.
        assertThat(blip.unansweredSince()).isEqualTo(NOW);
        Operation again = OperationStep.afterPoll(blip, answer(503, null, null, null, null), NOW.plusSeconds(2));
        assertThat(again.unansweredSince()).isEqualTo(NOW);
        assertThat(OperationText.outcome(again)).isEqualTo("ARM answered HTTP 503; asking again");
        assertThat(OperationStep.afterPoll(again, answer(202, null, null, "https://arm/r", null), NOW.plusSeconds(5))
                .unansweredSince()).isNull();
        Operation failed = OperationStep.afterPoll(running,
                answer(500, "{\"error\":{\"code\":\"ProvisioningFailed\",\"message\":\"Broke.\"}}", null, null, null), NOW);
        assertThat(failed.state()).isEqualTo(State.Failed);
        assertThat(failed.errorCode()).isEqualTo("ProvisioningFailed");
    }

    @Test
    void followingADeletedResourceEndsWhenItIsGone() {
        Operation running = pending("DELETE").running(PollMode.resource, TARGET, NOW, NOW);
        assertThat(OperationStep.afterPoll(running, answer(200, "{\"properties\":{\"provisioningState\":\"Deleting\"}}", null, null, null), NOW)
                .state()).isEqualTo(State.Running);
        assertThat(OperationStep.afterPoll(running, answer(404, "{\"error\":{\"code\":\"ResourceNotFound\"}}", null, null, null), NOW)
                .state()).isEqualTo(State.Succeeded);
    }
}
