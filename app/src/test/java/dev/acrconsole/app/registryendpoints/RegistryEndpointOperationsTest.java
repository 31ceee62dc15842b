package dev.acrconsole.app.registryendpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.iotinstances.ExtendedLocation;
import dev.acrconsole.app.iotinstances.IotInstanceKind;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.IotOperationsData;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing, creating, replacing and deleting registry endpoints over HTTPS against the sandbox, into a real cache. */
class RegistryEndpointOperationsTest {
    private static final String GUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    @TempDir
    Path dir;
    private SandboxFixture env;
    private ThreadPoolBackground background;
    private OperationsService operations;

    private void start(SandboxConfig config) {
        env = new SandboxFixture(config, dir);
        background = new ThreadPoolBackground("test-iot", 4);
        operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG, background, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        operations.close();
        background.close();
        env.close();
    }

    private CacheScope scope() {
        return env.arm().session().cacheScope();
    }

    private IotOperationsData.Instance dublin() {
        return env.sandbox.data().iotOperations().instances().stream().filter(i -> i.name().equals("aio-dublin")).findFirst().orElseThrow();
    }

    @Test
    void aRefreshListsInstancesAndEveryEndpointAcrossPages() {
        start(SandboxConfig.defaults().withPageSize(2));
        RefreshReport report = new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
        assertThat(report.failures()).isEmpty();

        IotOperationsData iot = env.sandbox.data().iotOperations();
        for (IotOperationsData.Instance i : iot.instances()) {
            CachedResource row = env.store().get(scope(), i.id()).orElseThrow();
            assertThat(row.kind()).isEqualTo(IotInstanceKind.KIND);
            assertThat(row.parentId()).isEqualToIgnoringCase("/subscriptions/" + i.subscriptionId() + "/resourceGroups/" + i.resourceGroup());
            List<CachedResource> endpoints = env.store().children(scope(), i.id(), RegistryEndpointKind.KIND);
            assertThat(endpoints).extracting(CachedResource::name).containsExactlyInAnyOrderElementsOf(
                    iot.registryEndpoints().stream().filter(e -> e.instance().equals(i)).map(IotOperationsData.RegistryEndpoint::name).toList());
        }
        assertThat(env.store().navigationRows(scope())).extracting(r -> r.name()).contains("aio-dublin", "aio-edge-hub", "aio-plant-ohio");
        // The cross-link a registry's page shows: who points at fabrikamedgehub's login server.
        assertThat(env.store().withHost(scope(), RegistryEndpointKind.KIND, RegistryEndpoint.HOST_PATH, "fabrikamedgehub.azurecr.io"))
                .extracting(CachedResource::name).containsExactly("dataflow-graphs", "hub-images", "hub-mirror");
    }

    @Test
    void aThrottledPageIsAskedAgainAfterRetryAfter() {
        start(SandboxConfig.defaults());
        env.sandbox.faults().throttle(1, "GET", "/registryEndpoints", 1);
        long started = System.nanoTime();
        List<?> endpoints = env.arm().reads().all(new RegistryEndpointKind().listing().firstPage(dublin().id()));
        assertThat(endpoints).hasSize(6);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void eachMethodIsCreatedAsAnOperationThenReplacedAndDeleted() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(400)).withRetryAfterSeconds(0));
        IotOperationsData.Instance dublin = dublin();
        var location = new ExtendedLocation(dublin.customLocationId(), "CustomLocation");
        List<EndpointForm> forms = List.of(
                form(location, "new-anonymous", AuthenticationMethod.ANONYMOUS, null, null, null),
                form(location, "new-system", AuthenticationMethod.SYSTEM_ASSIGNED, null, null, null),
                form(location, "new-user", AuthenticationMethod.USER_ASSIGNED, GUID, GUID, null),
                form(location, "new-secret", AuthenticationMethod.ARTIFACT_PULL_SECRET, null, null, "edge-pull-secret"));
        for (EndpointForm f : forms) {
            Operation done = run(RegistryEndpointActions.createOrUpdate(f, false));
            assertThat(done.state()).as(done.errorCode() + ": " + done.errorMessage()).isEqualTo(Operation.State.Succeeded);
            assertThat(done.pollMode()).isEqualTo(Operation.PollMode.async);
            RegistryEndpoint cached = RegistryEndpoint.parse(env.store().get(scope(), done.targetId()).orElseThrow().json());
            assertThat(cached.authentication()).isEqualTo(f.authentication());
            assertThat(cached.provisioningState()).isEqualTo("Succeeded");
            assertThat(cached.extendedLocation()).isEqualTo(location);
        }
        CachedResource user = env.store().get(scope(), dublin.id() + "/registryEndpoints/new-user").orElseThrow();
        assertThat(Kinds.CATALOG.describe(user).fields()).extracting(f -> f.label() + "=" + f.value())
                .contains("Client ID=" + GUID, "Tenant ID=" + GUID, "Host=contosoprodacr.azurecr.io");
        assertThat(new RegistryEndpointKind().listingKey(user.id()))
                .isEqualTo(ListingKeys.children(dublin.id(), RegistryEndpointKind.KIND));

        Operation replaced = run(RegistryEndpointActions.createOrUpdate(
                form(location, "new-user", AuthenticationMethod.SYSTEM_ASSIGNED, null, null, null), true));
        assertThat(replaced.state()).isEqualTo(Operation.State.Succeeded);
        assertThat(replaced.title()).isEqualTo("Update registry endpoint new-user on aio-dublin");
        assertThat(RegistryEndpoint.parse(env.store().get(scope(), replaced.targetId()).orElseThrow().json()).authentication())
                .isInstanceOf(EndpointAuthentication.SystemAssigned.class);

        Operation deleted = run(RegistryEndpointActions.delete(replaced.targetId(), "t"));
        assertThat(deleted.state()).isEqualTo(Operation.State.Succeeded);
        assertThat(deleted.pollMode()).isEqualTo(Operation.PollMode.location);
        assertThat(env.store().get(scope(), replaced.targetId())).isEmpty();
    }

    @Test
    void whenTheServiceFailsTheOperationItsErrorIsKept() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0));
        Operation failed = run(RegistryEndpointActions.createOrUpdate(form(new ExtendedLocation(dublin().customLocationId(),
                "CustomLocation"), "fail-endpoint", AuthenticationMethod.ANONYMOUS, null, null, null), false));
        assertThat(failed.state()).isEqualTo(Operation.State.Failed);
        assertThat(failed.errorCode()).isEqualTo("ProvisioningFailed");
        assertThat(failed.errorMessage()).contains("fail-endpoint");
    }

    private EndpointForm form(ExtendedLocation location, String name, AuthenticationMethod method, String clientId,
                              String tenantId, String secretRef) {
        return new EndpointForm(dublin().id(), "t", location, name, "contosoprodacr.azurecr.io", method, clientId, tenantId,
                null, secretRef, null, List.of());
    }

    private Operation run(dev.acrconsole.app.operations.OperationRequest request) throws Exception {
        Operation op = operations.submit(request).get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Operation now = env.journal().get(op.id()).orElseThrow();
            if (now.state().terminal()) {
                return now; // the cache was brought in line before the terminal row was journaled
            }
            Thread.sleep(50);
        }
        throw new AssertionError("operation did not end: " + op.title());
    }
}
