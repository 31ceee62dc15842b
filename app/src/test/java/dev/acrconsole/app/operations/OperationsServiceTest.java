package dev.acrconsole.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionDetails;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation.State;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.Faults;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poller against the sandbox's long-running operations, over HTTPS, into a real cache. */
class OperationsServiceTest {
    @TempDir
    Path dir;

    private SandboxFixture env;
    private ThreadPoolBackground background;
    private OperationsService service;
    private final List<Operation> seen = new CopyOnWriteArrayList<>();

    private void start(SandboxConfig config) {
        env = new SandboxFixture(config, dir);
        background = new ThreadPoolBackground("test-ops", 4);
        service = newService();
    }

    private OperationsService newService() {
        OperationsService s = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG, background, Clock.systemUTC());
        s.addListener(seen::add);
        return s;
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (background != null) {
            background.close();
        }
        if (env != null) {
            env.close();
        }
    }

    private SandboxData.ResourceGroup group() {
        return env.sandbox.data().resourceGroups().getFirst();
    }

    private RegistryForm form(String name, String sku) {
        SandboxData.ResourceGroup g = group();
        return new RegistryForm(g.subscriptionId(), "tenant-x", g.name(), name, "eastus", sku, true, true, false, false);
    }

    private Operation awaitState(String id, Predicate<Operation> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Operation op = env.journal().get(id).orElseThrow();
            if (done.test(op)) {
                return op;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("operation " + id + " is still " + env.journal().get(id).orElseThrow().state());
    }

    @Test
    void aCreatedRegistryIsJournaledFirstPolledPerRetryAfterAndLandsInTheCache() throws Exception {
        // 2.5 s at Retry-After 1 s, each answer 300 ms late: 2 polls are needed, a third may fall just short.
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(2500)).withRetryAfterSeconds(1).withLatencyMs(300));

        Operation journaled = service.submit(RegistryActions.create(form("opsreg01", "Premium"))).get(10, TimeUnit.SECONDS);

        // The row is on disk while ARM has not answered yet (every answer takes 300 ms here).
        assertThat(env.journal().get(journaled.id()).orElseThrow().state()).isEqualTo(State.Pending);
        assertThat(journaled.requestBody()).contains("\"Premium\"");
        Operation running = awaitState(journaled.id(), op -> op.state() == State.Running);
        assertThat(running.pollMode()).isEqualTo(Operation.PollMode.async);
        assertThat(running.pollUrl()).contains("/operationStatuses/");

        Operation done = awaitState(journaled.id(), op -> op.state().terminal());
        assertThat(done.state()).isEqualTo(State.Succeeded);
        // Polled no sooner than Retry-After each time (1 s; a little slack for the clocks), and no more than needed.
        List<java.time.Instant> polls = env.sandbox.operations().pollTimes(running.pollUrl());
        assertThat(polls).hasSizeBetween(2, 3);
        for (int i = 1; i < polls.size(); i++) {
            assertThat(Duration.between(polls.get(i - 1), polls.get(i))).isGreaterThan(Duration.ofMillis(950));
        }
        CachedResource cached = env.store().get(env.arm().session().cacheScope(), running.targetId()).orElseThrow();
        assertThat(cached.provisioningState()).isEqualTo("Succeeded");
        assertThat(cached.json()).contains("opsreg01.azurecr.io");
        assertThat(seen).extracting(Operation::state).contains(State.Pending, State.Running, State.Succeeded);
    }

    @Test
    void anOperationRunningWhenTheAppStopsFinishesAfterTheNextStart() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(1500)).withRetryAfterSeconds(1));
        Operation journaled = service.submit(RegistryActions.create(form("opsreg02", "Standard"))).get(10, TimeUnit.SECONDS);
        awaitState(journaled.id(), op -> op.state() == State.Running);

        // The app stops: poller, threads and cache all go; the sandbox keeps running the operation.
        service.close();
        background.close();
        env.closeCache();
        Thread.sleep(1600);

        env.open();
        background = new ThreadPoolBackground("test-ops-2", 4);
        service = newService();
        assertThat(service.resume().get(10, TimeUnit.SECONDS)).isEqualTo(1);

        Operation done = awaitState(journaled.id(), op -> op.state().terminal());
        assertThat(done.state()).isEqualTo(State.Succeeded);
        assertThat(env.store().get(env.arm().session().cacheScope(), journaled.targetId())).isPresent();
    }

    @Test
    void aFailedOperationKeepsArmsCodeAndMessage() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        Operation journaled = service.submit(RegistryActions.create(form("failingreg", "Basic"))).get(10, TimeUnit.SECONDS);

        Operation done = awaitState(journaled.id(), op -> op.state().terminal());
        assertThat(done.state()).isEqualTo(State.Failed);
        assertThat(done.errorCode()).isEqualTo("ProvisioningFailed");
        assertThat(done.errorMessage()).contains("failingreg");
        // ARM keeps a registry that failed to provision; the cache shows it as it is.
        assertThat(env.store().get(env.arm().session().cacheScope(), done.targetId()).orElseThrow().provisioningState())
                .isEqualTo("Failed");

        // `acr-console export` prints the journal, ARM's error included.
        var out = new java.io.ByteArrayOutputStream();
        assertThat(dev.acrconsole.app.cli.ExportCommand.run(dir, out, System.err)).isZero();
        var exported = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray()).get("operations");
        assertThat(exported).hasSize(1);
        assertThat(exported.get(0).get("title").asText()).isEqualTo("Create registry failingreg");
        assertThat(exported.get(0).at("/error/code").asText()).isEqualTo("ProvisioningFailed");
        assertThat(exported.get(0).at("/requestBody/location").asText()).isEqualTo("eastus");

        // The details view lists each exchange: the request ARM accepted first, the poll that told the failure last.
        List<OperationPoll> exchanges = service.exchanges(done.id());
        assertThat(exchanges.size()).as("the request, then each poll (the one that ends it is not in the journal's count)")
                .isEqualTo(done.polls() + 2);
        assertThat(exchanges.getFirst().request()).isEqualTo("Sent PUT");
        assertThat(exchanges.getFirst().answer()).matches("HTTP 20[01] · Running · .*");
        assertThat(exchanges.getLast().request()).isEqualTo("Poll");
        assertThat(exchanges.getLast().answer()).startsWith("HTTP 200 · Failed · ProvisioningFailed: ").contains("failingreg");
        assertThat(exchanges).extracting(OperationPoll::at).isSorted();
    }

    @Test
    void aFailedOperationIsSentAgainAsANewOneButNotOneWhoseSecretsTheJournalLeftOut() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        String connected = env.sandbox.edge().connectedRegistries().getFirst().id();
        env.sandbox.faults().strikeNext(Faults.Chaos.RESET, "POST", "/deactivate");
        Operation failed = awaitState(service.submit(RegistryRequests.action("connectedRegistry.deactivate", "Deactivate",
                connected, ConnectedRegistryKind.KIND, null, "deactivate")).get(10, TimeUnit.SECONDS).id(), op -> op.state().terminal());
        assertThat(failed.errorCode()).isEqualTo("NoAnswer");

        Operation again = service.resend(failed.id()).get(10, TimeUnit.SECONDS);

        assertThat(again.id()).as("a new operation, with its own row").isNotEqualTo(failed.id());
        assertThat(again.title()).isEqualTo(failed.title());
        assertThat(awaitState(again.id(), op -> op.state().terminal()).state()).isEqualTo(State.Succeeded);
        assertThat(env.journal().get(failed.id()).orElseThrow().state()).as("the failed one stays as it ended").isEqualTo(State.Failed);

        // A webhook's create kept no service URI in the journal: sending that again would be refused or wrong.
        env.journal().save(journaledWebhookCreate("withheld-1", "resenthook", "")
                .finished(State.Failed, "Conflict", "It was changed meanwhile.", java.time.Instant.now()));
        int requests = env.sandbox.requestCount();
        assertThat(service.resend("withheld-1")).failsWithin(10, TimeUnit.SECONDS)
                .withThrowableThat().withMessageContaining("secrets the console does not keep");
        assertThat(env.sandbox.requestCount()).as("nothing sent").isEqualTo(requests);
    }

    @Test
    void aRefusedRequestFailsAtOnceWithArmsError() throws Exception {
        start(SandboxConfig.defaults());
        String taken = env.sandbox.data().registries().getLast().name();
        Operation journaled = service.submit(RegistryActions.create(form(taken, "Basic"))).get(10, TimeUnit.SECONDS);

        Operation done = awaitState(journaled.id(), op -> op.state().terminal());
        assertThat(done.state()).isEqualTo(State.Failed);
        assertThat(done.errorCode()).isEqualTo("RegistryNameNotAvailable");
        assertThat(done.pollUrl()).isNull();
    }

    @Test
    void aWriteThatGotNoAnswerIsSentAgainButAnActionIsNotForItMayHaveRun() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        env.sandbox.faults().strikeNext(Faults.Chaos.RESET, "PUT", "/registries/opsreg04");

        Operation created = awaitState(service.submit(RegistryActions.create(form("opsreg04", "Basic"))).get(10, TimeUnit.SECONDS).id(),
                op -> op.state().terminal());

        assertThat(created.state()).isEqualTo(State.Succeeded);
        assertThat(seen).filteredOn(op -> op.id().equals(created.id()) && op.note() != null).extracting(Operation::note)
                .anyMatch(n -> n.startsWith("No answer from ARM (") && n.endsWith("); sending again"));

        String connected = env.sandbox.edge().connectedRegistries().getFirst().id();
        env.sandbox.faults().strikeNext(Faults.Chaos.RESET, "POST", "/deactivate");
        Operation deactivate = awaitState(service.submit(RegistryRequests.action("connectedRegistry.deactivate", "Deactivate",
                connected, ConnectedRegistryKind.KIND, null, "deactivate")).get(10, TimeUnit.SECONDS).id(), op -> op.state().terminal());

        assertThat(deactivate.state()).isEqualTo(State.Failed);
        assertThat(deactivate.errorCode()).isEqualTo("NoAnswer");
        assertThat(deactivate.errorMessage()).startsWith("ARM did not answer; the request may or may not have arrived: ");
        assertThat(env.sandbox.faults().struck()).extracting(Faults.Struck::method).containsExactly("PUT", "POST");
    }

    @Test
    void aWriteJournaledWithoutItsSecretsIsNotSentAgainAfterARestartButEndsSayingSo() throws Exception {
        start(SandboxConfig.defaults());
        // The console stopped after journaling it, before sending it: what the journal holds is all that is left.
        env.journal().save(journaledWebhookCreate("restarted-1", "restartedhook", "Authorization: Bearer s3cret-header"));
        Operation journaled = env.journal().get("restarted-1").orElseThrow();
        assertThat(journaled.requestBody()).doesNotContain("s3cret");
        int requests = env.sandbox.requestCount();

        assertThat(service.resume().get(10, TimeUnit.SECONDS)).isEqualTo(1);

        Operation done = awaitState("restarted-1", op -> op.state().terminal());
        assertThat(done.state()).isEqualTo(State.Failed);
        assertThat(done.errorCode()).isEqualTo("Interrupted");
        assertThat(done.errorMessage()).contains("keeps no secrets").contains("send it again");
        assertThat(env.sandbox.requestCount()).as("nothing sent without its service URI").isEqualTo(requests);
    }

    /** A webhook's create as the journal keeps it: without its service URI (a secret) and headers. */
    private Operation journaledWebhookCreate(String id, String name, String headers) {
        String registryId = env.sandbox.data().registries().getFirst().id();
        OperationRequest create = dev.acrconsole.app.webhooks.WebhookActions.create(new dev.acrconsole.app.webhooks.WebhookForm(
                registryId, "t", "eastus", true, name, "https://hooks.example.com/x?code=s3cret-token", headers,
                false, List.of("push"), "", true));
        return Operation.pending(id, env.arm().session().cacheScope(), create.kind(), create.title(), create.targetId(),
                create.targetKind(), create.tenantId(), create.method(), create.path(), create.body(), create.after(),
                create.cancelPath(), java.time.Instant.now());
    }

    @Test
    void a429WhilePollingIsWaitedOutAndNothingIsLostFromTheJournal() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(800)).withRetryAfterSeconds(0));
        env.sandbox.faults().throttle(2, "GET", "/operationStatuses/", 1);
        long started = System.nanoTime();
        Operation journaled = service.submit(RegistryActions.create(form("opsreg03", "Basic"))).get(10, TimeUnit.SECONDS);

        Operation done = awaitState(journaled.id(), op -> op.state().terminal());
        assertThat(done.state()).isEqualTo(State.Succeeded);
        assertThat(done.throttled()).isEqualTo(2);
        // Two 429s asking for 1 s each: the poller waited them out instead of asking again at once.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(2000));
        assertThat(seen).filteredOn(op -> op.note() != null).extracting(Operation::note)
                .anyMatch(n -> n.contains("Throttled by ARM (429)"));
        assertThat(env.journal().all()).extracting(Operation::id).containsExactly(journaled.id());
    }

    @Test
    void deletingARegistryRemovesItAndWhatItHeldFromTheCache() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
        SandboxData.Registry victim = env.sandbox.data().registries().getFirst(); // has private endpoint connections
        var scope = env.arm().session().cacheScope();
        assertThat(env.store().children(scope, victim.id(), PrivateEndpointConnectionKind.KIND)).isNotEmpty();

        Operation journaled = service.submit(RegistryActions.delete(victim.id(), "t", victim.name())).get(10, TimeUnit.SECONDS);

        Operation done = awaitState(journaled.id(), op -> op.state().terminal());
        assertThat(done.state()).isEqualTo(State.Succeeded);
        assertThat(done.pollMode()).isEqualTo(Operation.PollMode.location);
        assertThat(env.store().get(scope, victim.id())).isEmpty();
        assertThat(env.store().children(scope, victim.id(), PrivateEndpointConnectionKind.KIND)).isEmpty();
    }

    @Test
    void approvingAPendingConnectionEmptiesThePendingInbox() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
        List<CachedResource> pending = pendingConnections();
        assertThat(pending).hasSize(2);
        CachedResource first = pending.getFirst();

        Operation journaled = service.submit(ConnectionActions.approve(first.id(), first.tenantId(), "Approved in a test"))
                .get(10, TimeUnit.SECONDS);

        assertThat(awaitState(journaled.id(), op -> op.state().terminal()).state()).isEqualTo(State.Succeeded);
        assertThat(pendingConnections()).extracting(CachedResource::id).doesNotContain(first.id()).hasSize(1);
        PrivateEndpointConnectionDetails after = PrivateEndpointConnectionDetails.parse(
                env.store().get(env.arm().session().cacheScope(), first.id()).orElseThrow().json());
        assertThat(after.status()).isEqualTo("Approved");
        assertThat(after.description()).isEqualTo("Approved in a test");
    }

    @Test
    void rejectingAPendingConnectionRecordsTheReasonAndARejectedOneCannotBeApproved() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
        CachedResource pending = pendingConnections().getLast();

        Operation rejected = service.submit(ConnectionActions.reject(pending.id(), pending.tenantId(), "Not our VNet"))
                .get(10, TimeUnit.SECONDS);
        assertThat(awaitState(rejected.id(), op -> op.state().terminal()).state()).isEqualTo(State.Succeeded);
        PrivateEndpointConnectionDetails after = PrivateEndpointConnectionDetails.parse(
                env.store().get(env.arm().session().cacheScope(), pending.id()).orElseThrow().json());
        assertThat(after.status()).isEqualTo("Rejected");
        assertThat(after.description()).isEqualTo("Not our VNet");

        Operation approve = service.submit(ConnectionActions.approve(pending.id(), pending.tenantId(), "Changed my mind"))
                .get(10, TimeUnit.SECONDS);
        Operation refused = awaitState(approve.id(), op -> op.state().terminal());
        assertThat(refused.state()).isEqualTo(State.Failed);
        assertThat(refused.errorCode()).isEqualTo("PrivateEndpointConnectionCannotBeApproved");
    }

    @Test
    void onlyWorkArmCanCancelIsCanceledAndAFinishedOneCanBeDismissed() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        Operation journaled = service.submit(RegistryActions.create(form("opsreg04", "Basic"))).get(10, TimeUnit.SECONDS);
        awaitState(journaled.id(), op -> op.state() == State.Running);
        assertThat(service.cancel(journaled.id()).get(10, TimeUnit.SECONDS)).contains("ARM cannot cancel");

        awaitState(journaled.id(), op -> op.state().terminal());
        assertThat(service.recent(10)).extracting(Operation::id).contains(journaled.id());
        assertThat(service.dismiss(journaled.id()).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(service.recent(10)).extracting(Operation::id).doesNotContain(journaled.id());
        assertThat(env.journal().get(journaled.id())).isPresent();
    }

    @Test
    void anOperationWhoseEndpointStopsAnsweringIsLostContactAfterTheBoundAndRetryFollowsItOnceTheEndpointIsBack()
            throws Exception {
        SandboxConfig kept = SandboxConfig.defaults().withOperationDuration(Duration.ofSeconds(3)).withRetryAfterSeconds(1)
                .withStateFile(dir.resolve("sandbox-state.json"));
        start(kept);
        service.lostAfter(Duration.ofSeconds(2));
        Operation journaled = service.submit(RegistryActions.create(form("opsreg05", "Standard"))).get(10, TimeUnit.SECONDS);
        awaitState(journaled.id(), op -> op.state() == State.Running);

        env.sandbox.close(); // the endpoint is gone: connections are refused from now on
        Operation lost = awaitState(journaled.id(), op -> op.state() != State.Running);
        assertThat(lost.state()).isEqualTo(State.Lost);
        assertThat(lost.unansweredSince()).isNotNull().isBefore(lost.updatedAt().minus(Duration.ofMillis(1900)));
        assertThat(OperationText.outcome(lost)).startsWith("Lost contact since ").contains("No answer from ARM")
                .doesNotContain("asking again");
        assertThat(service.runningCount()).as("no longer followed").isZero();
        Thread.sleep(1500);
        assertThat(env.journal().get(journaled.id()).orElseThrow().polls()).as("not asked again").isEqualTo(lost.polls());
        assertThat(seen).extracting(Operation::state).contains(State.Lost);

        // The endpoint comes back (the same sandbox, from its state file, on another port) and the user retries.
        try (SandboxServer back = SandboxServer.start(kept)) {
            ArmClients arm = new ArmClients(new ArmSession("sandbox", ArmEndpoint.sandbox(back.baseUrl(), back.certificate()),
                    new StaticTokenCredential(SandboxServer.token())));
            OperationsService again = new OperationsService(arm, env.journal(), env.store(), Kinds.CATALOG, background,
                    Clock.systemUTC());
            try {
                assertThat(again.retry(journaled.id()).get(10, TimeUnit.SECONDS).state()).isEqualTo(State.Running);
                Operation done = awaitState(journaled.id(), op -> op.state().terminal());
                assertThat(done.state()).isEqualTo(State.Succeeded);
                assertThat(done.unansweredSince()).isNull();
                assertThat(env.store().get(env.arm().session().cacheScope(), journaled.targetId()).orElseThrow().json())
                        .contains("opsreg05.azurecr.io");
            } finally {
                again.close();
            }
        }
    }

    @Test
    void operationsSentToAnEndpointThatNoLongerExistsAreMarkedLostWithTheReasonAndCanBeDismissed() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMinutes(5)).withRetryAfterSeconds(1));
        Operation journaled = service.submit(RegistryActions.create(form("opsreg06", "Basic"))).get(10, TimeUnit.SECONDS);
        Operation running = awaitState(journaled.id(), op -> op.state() == State.Running);

        assertThat(service.abandonUnfinished("It was sent to a sandbox that no longer exists.")).isEqualTo(1);

        Operation lost = env.journal().get(journaled.id()).orElseThrow();
        assertThat(lost.state()).isEqualTo(State.Lost);
        assertThat(lost.unansweredSince()).as("last heard of").isEqualTo(running.updatedAt());
        assertThat(OperationText.outcome(lost)).contains("no longer exists");
        assertThat(service.runningCount()).isZero();
        assertThat(env.journal().unfinished(env.arm().session().cacheScope())).as("a start does not pick it up").isEmpty();
        assertThat(service.dismiss(journaled.id()).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(service.recent(10)).extracting(Operation::id).doesNotContain(journaled.id());
    }

    private List<CachedResource> pendingConnections() {
        return env.store().withJsonValue(null, PrivateEndpointConnectionKind.KIND,
                "$.properties.privateLinkServiceConnectionState.status", "Pending");
    }
}
