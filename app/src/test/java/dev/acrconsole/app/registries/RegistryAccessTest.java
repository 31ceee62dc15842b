package dev.acrconsole.app.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.resourcemanager.containerregistry.models.RegistryUpdateParameters;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.tokens.AdminCredentials;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry's access and network settings through the real SDK against the sandbox: each is sent by the update
 * dialog's operation and lands at ARM, in the cache (the details show it) and in what changed; what the SKU cannot have
 * is refused by ARM with its code and the cached registry keeps what it had; the admin user's passwords are read and
 * one regenerated straight from ARM.
 */
class RegistryAccessTest {
    @TempDir
    Path dir;

    private SandboxFixture env;
    private ThreadPoolBackground background;
    private OperationsService operations;

    @BeforeEach
    void start() {
        env = new SandboxFixture(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0), dir);
        env.open();
        new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
        background = new ThreadPoolBackground("t", 2);
        operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG, background, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        operations.close();
        background.close();
        env.close();
    }

    private Row registry(String name) {
        return env.store().resources(env.arm().session().cacheScope(), RegistryKind.KIND).stream().map(Kinds.CATALOG::row)
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** The update the dialog sends when only the access settings changed. */
    private static RegistryUpdate update(Row registry, RegistryAccess access) {
        RegistryDetails d = registry.details(RegistryDetails.class);
        boolean retention = d.policies().getOrDefault("Retention", "").startsWith("Enabled");
        return new RegistryUpdate(registry.id(), registry.tenantId(), registry.name(), d.skuName(), d.skuName(),
                Boolean.TRUE.equals(d.adminUserEnabled()), !"Disabled".equalsIgnoreCase(d.publicNetworkAccess()),
                "Enabled".equalsIgnoreCase(d.zoneRedundancy()), Boolean.TRUE.equals(d.dataEndpointEnabled()), retention,
                retention ? 14 : 7, false, true, access);
    }

    private Operation run(OperationRequest request) throws Exception {
        return operations.submitAndWait(request).get(60, TimeUnit.SECONDS);
    }

    @Test
    void eachSettingIsSentLandsInTheCacheAndShowsInWhatChanged() throws Exception {
        Row mirror = registry("contosomirror"); // Premium, reachable from every network
        RegistryDetails before = mirror.details(RegistryDetails.class);
        assertThat(before.networkDefaultAction()).isEqualTo("Allow");
        assertThat(before.anonymousPullEnabled()).isFalse();
        assertThat(before.roleAssignmentMode()).isEqualTo("LegacyRegistryPermissions");

        RegistryAccess access = new RegistryAccess(true, "Deny", List.of("203.0.113.0/24", " 198.51.100.7 "), false, true,
                false, RegistryAccess.ABAC, before.roleAssignmentMode(), true);
        Operation done = run(RegistryActions.update(update(mirror, access)));

        assertThat(done.state()).as(done.errorCode() + " " + done.errorMessage()).isEqualTo(Operation.State.Succeeded);
        RegistryDetails after = registry("contosomirror").details(RegistryDetails.class);
        assertThat(after.anonymousPullEnabled()).isTrue();
        assertThat(after.networkDefaultAction()).isEqualTo("Deny");
        assertThat(after.ipRules()).containsExactly("203.0.113.0/24", "198.51.100.7");
        assertThat(after.networkRuleBypassOptions()).isEqualTo("None");
        assertThat(after.trustEnabled()).isTrue();
        assertThat(after.entraAuthAsArmEnabled()).isFalse();
        assertThat(after.roleAssignmentMode()).isEqualTo("AbacRepositoryPermissions");
        assertThat(after.fields()).extracting(f -> f.label() + ": " + f.value()).contains(
                "Anonymous pull: Enabled", "Other networks: Denied except the IP rules", "IP rules: 203.0.113.0/24, 198.51.100.7",
                "Trusted Azure services: Held to the network rules", "Role assignment mode: ABAC repository permissions");

        List<Change> changes = new Changes(env.db()).list(new Changes.Query(null, null, null, Change.What.changed, null, null, 100));
        assertThat(changes).filteredOn(c -> c.id().equalsIgnoreCase(mirror.id()))
                .extracting(c -> c.field() + ": " + c.before() + " -> " + c.after())
                .contains("Anonymous pull: false -> true", "Network default action: Allow -> Deny",
                        "Trusted services bypass: AzureServices -> None",
                        "Role assignment mode: LegacyRegistryPermissions -> AbacRepositoryPermissions");

        // A Standard registry's update does not send a rule set it cannot have; a Premium one's does.
        Row standard = registry("contosoreleases");
        RegistryAccess allow = new RegistryAccess(false, "Allow", List.of(), true, false, true, RegistryAccess.LEGACY,
                RegistryAccess.LEGACY, false);
        assertThat(RegistryActions.update(update(standard, allow)).body()).doesNotContain("networkRuleSet").contains("anonymousPullEnabled");
        assertThat(RegistryActions.update(update(mirror, allow)).body()).contains("\"networkRuleSet\"");

        // And back: the rules cleared, other networks allowed again.
        RegistryAccess open = new RegistryAccess(false, "Allow", List.of(), true, false, true, RegistryAccess.ABAC,
                after.roleAssignmentMode(), false);
        assertThat(run(RegistryActions.update(update(registry("contosomirror"), open))).state()).isEqualTo(Operation.State.Succeeded);
        RegistryDetails reopened = registry("contosomirror").details(RegistryDetails.class);
        assertThat(reopened.ipRules()).isEmpty();
        assertThat(reopened.networkDefaultAction()).isEqualTo("Allow");
        assertThat(reopened.entraAuthAsArmEnabled()).isTrue();
    }

    @Test
    void whatTheSkuCannotHaveIsRefusedHereOrByArmWithItsCodeAndTheCacheKeepsItsRegistry() throws Exception {
        Row basic = registry("contosoprodbackup"); // Basic
        RegistryAccess anonymous = new RegistryAccess(true, "Allow", List.of(), true, false, true, RegistryAccess.LEGACY,
                RegistryAccess.LEGACY, false);
        assertThatThrownBy(() -> RegistryActions.update(update(basic, anonymous))).isInstanceOf(InvalidInputException.class);
        Row standard = registry("contosoreleases");
        RegistryAccess rules = new RegistryAccess(false, "Deny", List.of("203.0.113.0/24"), true, false, true,
                RegistryAccess.LEGACY, RegistryAccess.LEGACY, false);
        assertThat(update(standard, rules).validate().of(RegistryAccess.NETWORK)).hasValueSatisfying(m -> assertThat(m).contains("Premium"));

        // Another client (a script, az) sends what the console's rules would have refused: ARM's own refusal.
        String cached = basic.resource().json();
        Operation anon = run(raw(basic, new RegistryUpdateParameters().withAnonymousPullEnabled(true)));
        assertThat(anon.state()).isEqualTo(Operation.State.Failed);
        assertThat(anon.errorCode()).isEqualTo("BadRequest");
        assertThat(anon.errorMessage()).startsWith("Anonymous pull is not supported for SKU Managed_Basic.");
        Operation network = run(raw(standard, new RegistryUpdateParameters().withNetworkRuleSet(
                new com.azure.resourcemanager.containerregistry.models.NetworkRuleSet()
                        .withDefaultAction(com.azure.resourcemanager.containerregistry.models.DefaultAction.DENY))));
        assertThat(network.state()).isEqualTo(Operation.State.Failed);
        assertThat(network.errorCode()).isEqualTo("FeatureNotSupportedForSku");
        assertThat(network.errorMessage()).contains("network rules");
        assertThat(registry("contosoprodbackup").resource().json()).as("nothing cached is lost").isEqualTo(cached);
        assertThat(registry("contosoreleases").details(RegistryDetails.class).networkDefaultAction()).isEqualTo("Allow");
    }

    @Test
    void theAdminPasswordsAreReadAndOneRegeneratedStraightFromArm() throws Exception {
        Row dev = registry("contosodevacr"); // its admin user is enabled
        AdminCredentials credentials = new AdminCredentials(env.arm());
        AdminCredentials.Shown first = credentials.list(dev.id());
        assertThat(first.username()).isEqualTo("contosodevacr");
        assertThat(first.password().reveal()).isNotBlank();
        assertThat(first.password2().reveal()).isNotBlank().isNotEqualTo(first.password().reveal());
        assertThat(first.toString()).doesNotContain(first.password().reveal());

        AdminCredentials.Shown rotated = credentials.regenerate(dev.id(), AdminCredentials.Which.PASSWORD2);
        assertThat(rotated.password().reveal()).as("password is kept").isEqualTo(first.password().reveal());
        assertThat(rotated.password2().reveal()).as("password2 is new").isNotEqualTo(first.password2().reveal());
        assertThat(credentials.list(dev.id()).password2().reveal()).isEqualTo(rotated.password2().reveal());
        assertThat(env.journal().all()).as("not operations: nothing journaled").isEmpty();

        Row prod = registry("contosoprodacr"); // its admin user is disabled: ARM refuses
        assertThatThrownBy(() -> credentials.list(prod.id())).hasMessageContaining("UnAuthorizedForCredentialOperations");
    }

    @Test
    void aCustomerManagedKeyAndItsIdentityShowOnTheDetails() throws Exception {
        Row weu = registry("contosoprodweu");
        assertThat(weu.details(RegistryDetails.class).fields()).extracting(f -> f.label() + ": " + f.value())
                .contains("Encryption: Disabled", "Identity: None");
        String identityId = "/subscriptions/" + weu.subscriptionId() + "/resourceGroups/" + weu.resourceGroup()
                + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-acr-cmk";
        // Set by another client (the portal): the console shows them, it does not change them.
        Operation done = run(raw(weu, new RegistryUpdateParameters()
                .withIdentity(new com.azure.resourcemanager.containerregistry.models.IdentityProperties()
                        .withType(com.azure.resourcemanager.containerregistry.models.ResourceIdentityType.SYSTEM_ASSIGNED_USER_ASSIGNED)
                        .withUserAssignedIdentities(java.util.Map.of(identityId,
                                new com.azure.resourcemanager.containerregistry.models.UserIdentityProperties())))
                .withEncryption(new com.azure.resourcemanager.containerregistry.models.EncryptionProperty()
                        .withStatus(com.azure.resourcemanager.containerregistry.models.EncryptionStatus.ENABLED)
                        .withKeyVaultProperties(new com.azure.resourcemanager.containerregistry.models.KeyVaultProperties()
                                .withKeyIdentifier("https://kv-contoso-weu.vault.azure.net/keys/acr-cmk")
                                .withIdentity("c1d2e3f4-0000-4000-8000-00000000c0de")))));
        assertThat(done.state()).as(done.errorCode() + " " + done.errorMessage()).isEqualTo(Operation.State.Succeeded);

        RegistryDetails d = registry("contosoprodweu").details(RegistryDetails.class);
        assertThat(d.encryptionKeyIdentifier()).isEqualTo("https://kv-contoso-weu.vault.azure.net/keys/acr-cmk");
        assertThat(d.userAssignedIdentities()).containsExactly(identityId);
        assertThat(d.identityPrincipalId()).isNotBlank();
        assertThat(d.fields()).extracting(f -> f.label() + ": " + f.value()).contains(
                "Encryption: Customer-managed key https://kv-contoso-weu.vault.azure.net/keys/acr-cmk "
                        + "(read by identity c1d2e3f4-0000-4000-8000-00000000c0de)",
                "Identity: SystemAssigned, UserAssigned (principal " + d.identityPrincipalId() + "): id-acr-cmk");
        List<Change> changes = new Changes(env.db()).list(new Changes.Query(null, null, null, Change.What.changed, null, null, 100));
        assertThat(changes).filteredOn(c -> c.id().equalsIgnoreCase(weu.id())).extracting(Change::field)
                .contains("Encryption", "Encryption key", "Identity");
    }

    /** A PATCH of the registry with {@code body}, not checked by the console's rules. */
    private static OperationRequest raw(Row registry, RegistryUpdateParameters body) {
        return new OperationRequest("registry.update", "Update registry " + registry.name(), registry.id(), RegistryKind.KIND,
                registry.tenantId(), "PATCH", registry.id() + ApiVersions.query(ApiVersions.REGISTRY), RegistryActions.json(body),
                Operation.After.refresh, null);
    }
}
