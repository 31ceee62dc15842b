package dev.acrconsole.app.cacherules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.credentialsets.CredentialSetActions;
import dev.acrconsole.app.credentialsets.CredentialSetDetails;
import dev.acrconsole.app.credentialsets.CredentialSetForm;
import dev.acrconsole.app.credentialsets.CredentialSetKind;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.review.CacheReview;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.CacheSample;
import dev.acrconsole.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cache rules and credential sets through the real SDK, operations and cache against the sandbox: the listing, the
 * unhealthy rule flagged, create/update/delete as operations, ARM's refusals shown, What changed, search and export.
 */
class ArtifactCacheTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String KV = "https://contoso-build-kv.vault.azure.net/secrets/";

    @TempDir
    Path dir;

    private SandboxFixture env;
    private ThreadPoolBackground background;
    private OperationsService operations;
    private RefreshService refresh;
    private CacheScope scope;
    private CachedResource registry;

    @BeforeEach
    void start() {
        env = new SandboxFixture(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0), dir);
        background = new ThreadPoolBackground("test-cache", 4);
        operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG, background, Clock.systemUTC());
        refresh = new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC());
        scope = env.arm().session().cacheScope();
        refresh.refreshAll(RefreshListener.NONE);
        String id = env.sandbox.data().registries().stream().filter(r -> r.name().equals(CacheSample.REGISTRY)).findFirst()
                .orElseThrow().id();
        registry = env.store().get(scope, id).orElseThrow();
        assertThat(refresh.refreshChildren(registry, CacheRuleKind.KIND, RefreshListener.NONE).failures()).isEmpty();
        assertThat(refresh.refreshChildren(registry, CredentialSetKind.KIND, RefreshListener.NONE).failures()).isEmpty();
    }

    @AfterEach
    void stop() {
        operations.close();
        background.close();
        env.close();
    }

    private List<Row> rows(dev.acrconsole.cache.ResourceKind kind) {
        return env.store().listingRows(scope, ListingKeys.children(registry.id(), kind)).stream().map(Kinds.CATALOG::row).toList();
    }

    private Row row(dev.acrconsole.cache.ResourceKind kind, String name) {
        return rows(kind).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private Operation run(dev.acrconsole.app.operations.OperationRequest request) throws Exception {
        return operations.submitAndWait(request).get(60, TimeUnit.SECONDS);
    }

    private List<String> otherTargets() {
        return rows(CacheRuleKind.KIND).stream().map(r -> r.details(CacheRuleDetails.class).targetRepository()).toList();
    }

    @Test
    void theSampleCacheIsListedWithItsColumnsAndTheRuleOnAnUnhealthySetIsFlagged() {
        assertThat(rows(CacheRuleKind.KIND)).extracting(Row::name)
                .containsExactlyInAnyOrder("nginx-cache", "dockerhub-library", "mcr-dotnet", "ghcr-actions-runner");
        Row nginx = row(CacheRuleKind.KIND, "nginx-cache");
        assertThat(Kinds.CATALOG.of(CacheRuleKind.KIND).columns()).extracting(c -> c.header() + "=" + c.value().apply(nginx))
                .containsExactly("Name=nginx-cache", "Source repository=docker.io/library/nginx", "Target repository=docker/nginx",
                        "Credential set=dockerhub-creds", "Provisioning=Succeeded");
        Row ghcr = row(CredentialSetKind.KIND, "ghcr-creds");
        assertThat(Kinds.CATALOG.of(CredentialSetKind.KIND).columns()).extracting(c -> c.header() + "=" + c.value().apply(ghcr))
                .containsExactly("Name=ghcr-creds", "Login server=ghcr.io",
                        "Health=Credential1: Unhealthy (" + CacheSample.SECRET_NOT_FOUND + ")",
                        "Identity=SystemAssigned", "Provisioning=Succeeded");
        assertThat(ghcr.details(CredentialSetDetails.class).principalId()).isNotBlank();
        assertThat(ghcr.details(CredentialSetDetails.class).health()).as("the details pane has ARM's message too")
                .endsWith("The secret 'ghcr-pat' was not found in Key Vault 'contoso-build-kv', or the credential set's identity "
                        + "may not read it.)");
        assertThat(row(CredentialSetKind.KIND, "dockerhub-creds").details(CredentialSetDetails.class).health())
                .isEqualTo("Credential1: Healthy");

        List<CacheRuleHealth.Flag> flags = CacheRuleHealth.flags(rows(CacheRuleKind.KIND), rows(CredentialSetKind.KIND));
        assertThat(flags).extracting(CacheRuleHealth.Flag::ruleName, CacheRuleHealth.Flag::credentialSetName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ghcr-actions-runner", "ghcr-creds"));
        assertThat(flags.getFirst().text()).contains("ghcr.io/actions/actions-runner", CacheSample.SECRET_NOT_FOUND);
    }

    @Test
    void aCredentialSetAndARuleAreCreatedUpdatedAndDeletedAsOperationsAndAppearWithoutARefresh() throws Exception {
        CredentialSetForm set = new CredentialSetForm(registry.id(), registry.tenantId(), true, "quay-creds", "quay.io",
                KV + "quay-user", KV + "quay-pass");
        assertThat(run(CredentialSetActions.create(set)).state()).isEqualTo(Operation.State.Succeeded);
        Row quay = row(CredentialSetKind.KIND, "quay-creds");
        assertThat(quay.details(CredentialSetDetails.class).credentials().getFirst().passwordSecret()).isEqualTo(KV + "quay-pass");
        assertThat(quay.details(CredentialSetDetails.class).health()).isEqualTo("Credential1: Healthy");

        CacheRuleForm rule = new CacheRuleForm(registry.id(), registry.tenantId(), true, "quay-prometheus",
                "quay.io/prometheus/prometheus", "quay/prometheus", quay.id(), otherTargets());
        assertThat(run(CacheRuleActions.create(rule)).state()).isEqualTo(Operation.State.Succeeded);
        assertThat(row(CacheRuleKind.KIND, "quay-prometheus").details(CacheRuleDetails.class).credentialSetName()).isEqualTo("quay-creds");

        // Update: another credential set, then none (ARM's explicit null, as az acr cache update --remove-cred-set).
        Row hub = row(CredentialSetKind.KIND, "dockerhub-creds");
        assertThat(run(CacheRuleActions.update(new CacheRuleForm(registry.id(), registry.tenantId(), false, "quay-prometheus",
                null, null, hub.id(), List.of()))).state()).isEqualTo(Operation.State.Succeeded);
        assertThat(row(CacheRuleKind.KIND, "quay-prometheus").details(CacheRuleDetails.class).credentialSetName()).isEqualTo("dockerhub-creds");
        assertThat(run(CacheRuleActions.update(new CacheRuleForm(registry.id(), registry.tenantId(), false, "quay-prometheus",
                null, null, null, List.of()))).state()).isEqualTo(Operation.State.Succeeded);
        assertThat(row(CacheRuleKind.KIND, "quay-prometheus").details(CacheRuleDetails.class).credentialSetId()).isNull();

        assertThat(run(CredentialSetActions.update(new CredentialSetForm(registry.id(), registry.tenantId(), false, "quay-creds",
                null, KV + "quay-user", KV + "quay-pass2"))).state()).isEqualTo(Operation.State.Succeeded);
        assertThat(row(CredentialSetKind.KIND, "quay-creds").details(CredentialSetDetails.class).credentials().getFirst()
                .passwordSecret()).isEqualTo(KV + "quay-pass2");

        assertThat(run(CacheRuleActions.delete(rule.id(), registry.tenantId())).state()).isEqualTo(Operation.State.Succeeded);
        assertThat(run(CredentialSetActions.delete(quay.id(), registry.tenantId())).state()).isEqualTo(Operation.State.Succeeded);
        assertThat(rows(CacheRuleKind.KIND)).extracting(Row::name).doesNotContain("quay-prometheus");
        assertThat(rows(CredentialSetKind.KIND)).extracting(Row::name).doesNotContain("quay-creds");
    }

    @Test
    void armsRefusalIsShownWithItsCodeAndNothingIsCached() throws Exception {
        // The form checks against the cached rules; ARM refuses the same target for a rule the cache has not seen yet.
        CacheRuleForm taken = new CacheRuleForm(registry.id(), registry.tenantId(), true, "nginx-again",
                "docker.io/library/nginx", "docker/nginx", null, List.of());
        Operation refused = run(CacheRuleActions.create(taken));
        assertThat(refused.state()).isEqualTo(Operation.State.Failed);
        assertThat(refused.errorCode()).isEqualTo("Conflict");
        assertThat(refused.errorMessage()).contains("nginx-cache");

        CacheRuleForm noSet = new CacheRuleForm(registry.id(), registry.tenantId(), true, "redis-cache",
                "docker.io/library/redis", "docker/redis", registry.id() + "/credentialSets/gone-creds", List.of());
        Operation missing = run(CacheRuleActions.create(noSet));
        assertThat(missing.errorCode()).isEqualTo("InvalidParameter");
        assertThat(missing.errorMessage()).contains("gone-creds");
        assertThat(rows(CacheRuleKind.KIND)).extracting(Row::name).doesNotContain("nginx-again", "redis-cache");
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        int before = env.sandbox.requestCount();
        CredentialSetForm badUri = new CredentialSetForm(registry.id(), registry.tenantId(), true, "bad-creds", "docker.io",
                "https://myvault.vault.azure.net/keys/username", KV + "p");
        assertThat(badUri.validate().of(CredentialSetForm.USERNAME_SECRET)).isPresent();
        assertThatThrownBy(() -> CredentialSetActions.create(badUri)).isInstanceOf(InvalidInputException.class);
        CacheRuleForm wildcard = new CacheRuleForm(registry.id(), registry.tenantId(), true, "half-wild",
                "docker.io/bitnami/*", "bitnami", null, List.of());
        assertThatThrownBy(() -> CacheRuleActions.create(wildcard)).isInstanceOf(InvalidInputException.class);
        assertThat(env.sandbox.requestCount()).isEqualTo(before);
    }

    @Test
    void aSetThatTurnedUnhealthyShowsInWhatChangedAndSearchExportAndSnapshotsCarryTheCache() throws Exception {
        Changes changes = new CacheReview(env.db(), dir.resolve("work"), Clock.systemUTC()).changes();
        String hubId = row(CredentialSetKind.KIND, "dockerhub-creds").id();
        env.sandbox.state().change(hubId, n -> ((ObjectNode) n.at("/properties/authCredentials/0/credentialHealth"))
                .put("status", "Unhealthy").put("errorCode", "KeyVaultAccessDenied")
                .put("errorMessage", "The credential set's identity may not read the secret."));
        refresh.refreshAll(RefreshListener.NONE); // the folders were opened once: every refresh reads them again

        List<Change> health = changes.list(Changes.Query.recent(100)).stream()
                .filter(c -> c.kind().equals(CredentialSetKind.KIND.code())).toList();
        assertThat(health).extracting(c -> c.name() + " " + c.field() + " " + c.before() + " -> " + c.after())
                .contains("dockerhub-creds Health Healthy -> Unhealthy", "dockerhub-creds Health error null -> KeyVaultAccessDenied");
        assertThat(CacheRuleHealth.flags(rows(CacheRuleKind.KIND), rows(CredentialSetKind.KIND)))
                .extracting(CacheRuleHealth.Flag::ruleName)
                .containsExactlyInAnyOrder("nginx-cache", "dockerhub-library", "ghcr-actions-runner");

        CacheReview review = new CacheReview(env.db(), dir.resolve("work"), Clock.systemUTC());
        assertThat(review.search().find("ghcr-creds", null, List.of(), 20)).extracting(h -> h.kind())
                .contains(CredentialSetKind.KIND);
        assertThat(review.search().find("actions-runner", null, List.of(CacheRuleKind.KIND), 20)).isNotEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ExportCommand.run(dir, out, System.err)).isZero();
        JsonNode exported = MAPPER.readTree(out.toByteArray());
        assertThat(exported.path("resources").findValuesAsText("name")).contains("ghcr-actions-runner", "ghcr-creds");

        Path file = dir.resolve("cache.acrsnap");
        assertThat(ExportCommand.run(dir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.json, file,
                Set.of(), Set.of(), Set.of(registry.id())), new ByteArrayOutputStream(), System.err)).isZero();
        try (CacheDatabase snap = Snapshots.open(file, dir.resolve("work"), Kinds.CATALOG.cachePolicy())) {
            ResourceStore snapStore = new ResourceStore(snap);
            assertThat(snapStore.listingRows(scope, ListingKeys.children(registry.id(), CredentialSetKind.KIND)))
                    .extracting(CachedResource::name).contains("dockerhub-creds", "ghcr-creds");
            assertThat(snapStore.get(scope, hubId).orElseThrow().json()).contains("KeyVaultAccessDenied", "vault.azure.net/secrets/");
        }
    }
}
