package dev.acrconsole.app.connectedregistries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.ArmExamples;
import dev.acrconsole.app.forms.CronSchedule;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wizard's and the update dialog's rules, and the request bodies they lead to. */
class ConnectedRegistryRulesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String REGISTRY = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup"
            + "/providers/Microsoft.ContainerRegistry/registries/myRegistry";
    private static final ParentRegistry PREMIUM = new ParentRegistry(REGISTRY, "myRegistry", "t", "Premium", true);
    private static final SyncSettings DAILY = new SyncSettings("0 9 * * *", "PT3H", "P2D");

    private static ConnectedRegistryForm form(ParentRegistry parent, String name, SyncSettings sync, List<String> notifications) {
        return new ConnectedRegistryForm(parent, name, "ReadWrite", List.of("hello-world"), sync, "Information", false,
                notifications, List.of(REGISTRY + "/tokens/client1Token"));
    }

    private static String error(FieldErrors errors, String field) {
        return errors.of(field).orElse(null);
    }

    @Test
    void aBasicRegistryIsRefusedWithTheReasonAndAPremiumOneWithoutADataEndpointCanBeFixed() {
        ParentRegistry basic = new ParentRegistry(REGISTRY, "citest", "t", "Basic", false);
        assertThat(basic.problem()).contains("citest is a Basic registry", "Premium");
        assertThat(basic.needsDataEndpoint()).isFalse();
        ParentRegistry noEndpoint = new ParentRegistry(REGISTRY, "mirror", "t", "Premium", false);
        assertThat(noEndpoint.problem()).contains("data endpoint is off", "Enable it");
        assertThat(noEndpoint.needsDataEndpoint()).isTrue();
        assertThat(PREMIUM.problem()).isNull();
        assertThat(error(form(basic, "site01", DAILY, List.of()).validate(), ConnectedRegistryForm.PARENT)).contains("Basic");
    }

    @Test
    void cronSchedulesAreCheckedAndTheNextOccurrencesShown() {
        assertThat(CronSchedule.problem("0 9 * * *")).isNull();
        assertThat(CronSchedule.problem("0 0 */10 * *")).isNull();
        assertThat(CronSchedule.problem("* * * * *")).isNull();
        assertThat(CronSchedule.problem("0 2 * * 0,6")).isNull();
        assertThat(CronSchedule.problem("61 * * * *")).contains("Not a valid schedule", "five fields");
        assertThat(CronSchedule.problem("0 9 * *")).contains("4 fields");
        assertThat(CronSchedule.problem("every day")).contains("2 fields");
        assertThat(CronSchedule.problem("")).startsWith("Enter a schedule");
        ZonedDateTime from = ZonedDateTime.of(2026, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        assertThat(CronSchedule.next("0 9 * * *", from, 3)).containsExactly(
                from.plusHours(23), from.plusHours(47), from.plusHours(71));
        assertThat(CronSchedule.next("nonsense", from, 3)).isEmpty();
    }

    @Test
    void durationsMustBeIso8601WithinArmsRangesAndAWindowIsNeededUnlessContinuous() {
        assertThat(new SyncSettings("* * * * *", "", "P1D").validate().isEmpty()).isTrue();
        assertThat(new SyncSettings("0 9 * * *", "P7D", "P90D").validate().isEmpty()).isTrue();
        assertThat(error(new SyncSettings("0 9 * * *", "", "P2D").validate(), SyncSettings.WINDOW)).contains("needed", "PT3H");
        assertThat(error(new SyncSettings("0 9 * * *", "PT2H", "P2D").validate(), SyncSettings.WINDOW)).contains("out of range", "PT3H");
        assertThat(error(new SyncSettings("0 9 * * *", "P8D", "P2D").validate(), SyncSettings.WINDOW)).contains("P7D");
        assertThat(error(new SyncSettings("0 9 * * *", "3 hours", "P2D").validate(), SyncSettings.WINDOW)).contains("not an ISO-8601 duration");
        assertThat(error(new SyncSettings("* * * * *", "", "PT12H").validate(), SyncSettings.TTL)).contains("P1D (1 day) to P90D");
        assertThat(error(new SyncSettings("* * * * *", "", "P91D").validate(), SyncSettings.TTL)).contains("out of range");
        assertThat(error(new SyncSettings("* * * * *", "", "P1M").validate(), SyncSettings.TTL)).contains("not an ISO-8601");
        assertThat(error(new SyncSettings("* * * * *", "", "").validate(), SyncSettings.TTL)).startsWith("Enter how long");
    }

    @Test
    void notificationPatternsAndNamesFollowArmsRules() {
        for (String ok : List.of("hello-world:*:*", "sample/repo/*:1.0:*", "app:v1", "*:*", "team/app:latest:abc123")) {
            assertThat(ConnectedRegistryRules.notificationProblem(ok)).as(ok).isNull();
        }
        for (String bad : List.of("hello-world", "Hello:*", "a:b:c:d", ":tag", "repo:", "repo:tag:NOTHEX")) {
            assertThat(ConnectedRegistryRules.notificationProblem(bad)).as(bad).contains("<repository>:<tag>");
        }
        assertThat(ConnectedRegistryRules.nameProblem("site01")).isNull();
        assertThat(ConnectedRegistryRules.nameProblem("site-01")).contains("only letters and digits");
        assertThat(ConnectedRegistryRules.nameProblem("abc")).contains("5 to 35");
        assertThat(ConnectedRegistryRules.nameProblem("a".repeat(36))).contains("sync scope map");
        assertThat(error(form(PREMIUM, "s", DAILY, List.of("bad")).validate(), ConnectedRegistryForm.NOTIFICATIONS)).contains("hello-world:*:*");
    }

    @Test
    void theCreateRequestHasTheShapeOfMicrosoftsExample() throws Exception {
        JsonNode example = MAPPER.readTree(ArmExamples.dir().resolve("registry/2025-11-01/ConnectedRegistryCreate.json").toFile())
                .at("/parameters/connectedRegistryCreateParameters");
        ConnectedRegistryForm f = new ConnectedRegistryForm(PREMIUM, "syncx1",
                "ReadWrite", List.of("hello-world"), DAILY, "Information", false, List.of("hello-world:*:*", "sample/repo/*:1.0:*"),
                List.of(REGISTRY + "/tokens/client1Token"));
        OperationRequest create = ConnectedRegistryActions.create(f);
        JsonNode body = MAPPER.readTree(create.body());
        assertThat(create.method()).isEqualTo("PUT");
        assertThat(create.path()).isEqualTo(REGISTRY + "/connectedRegistries/syncx1?api-version=2026-01-01-preview");
        JsonNode p = body.path("properties");
        JsonNode want = example.path("properties");
        assertThat(p.path("mode")).isEqualTo(want.path("mode"));
        assertThat(p.at("/parent/syncProperties/schedule")).isEqualTo(want.at("/parent/syncProperties/schedule"));
        assertThat(p.at("/parent/syncProperties/messageTtl")).isEqualTo(want.at("/parent/syncProperties/messageTtl"));
        assertThat(p.at("/parent/syncProperties/syncWindow")).isEqualTo(want.at("/parent/syncProperties/syncWindow"));
        assertThat(p.path("clientTokenIds")).isEqualTo(want.path("clientTokenIds"));
        assertThat(p.path("notificationsList")).isEqualTo(want.path("notificationsList"));
        assertThat(p.at("/parent/syncProperties/tokenId").asText()).isEqualTo(REGISTRY + "/tokens/syncx1-sync-token");
        assertThat(p.at("/logging/auditLogStatus").asText()).isEqualTo("Disabled");
    }

    @Test
    void theSyncScopeMapGrantsTheRepositoriesForTheModeAndItsOwnGateway() {
        ConnectedRegistryForm readOnly = new ConnectedRegistryForm(PREMIUM, "store01", "Mirror", List.of("hello-world", "apps/*"),
                DAILY, "Information", true, List.of(), List.of());
        assertThat(ConnectedRegistryActions.syncPermissions(readOnly).actions()).containsExactly(
                "repositories/hello-world/content/read", "repositories/hello-world/metadata/read",
                "repositories/apps/*/content/read", "repositories/apps/*/metadata/read",
                "gateway/store01/config/read", "gateway/store01/config/write",
                "gateway/store01/message/read", "gateway/store01/message/write");
        ConnectedRegistryForm writable = form(PREMIUM, "site01", DAILY, List.of());
        assertThat(ConnectedRegistryActions.syncPermissions(writable).actions()).contains(
                "repositories/hello-world/content/delete", "repositories/hello-world/metadata/write");
        assertThat(ConnectedRegistryActions.syncScopeMap(writable).targetId()).endsWith("/scopeMaps/site01-sync-scope-map");
        assertThat(ConnectedRegistryActions.syncToken(writable).body()).contains("site01-sync-scope-map", "\"enabled\"");
    }

    @Test
    void invalidInputNeverBecomesARequest() {
        ConnectedRegistryForm bad = form(PREMIUM, "site01", new SyncSettings("0 9 * * *", "", "P2D"), List.of());
        assertThatThrownBy(() -> ConnectedRegistryActions.create(bad)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ConnectedRegistryActions.syncScopeMap(bad)).isInstanceOf(InvalidInputException.class);
        ConnectedRegistryUpdate update = new ConnectedRegistryUpdate(REGISTRY + "/connectedRegistries/site01", "t",
                new SyncSettings("* * * * *", "", "P100D"), "Information", false, List.of(), List.of());
        assertThat(update.validate().of(SyncSettings.TTL)).isPresent();
        assertThatThrownBy(() -> ConnectedRegistryActions.update(update)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void scopeMapPermissionsRoundTripAndRefuseWhatIsNotAllowed() {
        List<String> actions = List.of("repositories/hello-world/content/read", "repositories/hello-world/metadata/write",
                "gateway/site1/message/read", "repositories/myrepository/contentWrite");
        ScopeMapPermissions p = ScopeMapPermissions.fromActions(actions);
        assertThat(p.repositories()).hasSize(1);
        assertThat(p.gateways()).hasSize(1);
        assertThat(p.others()).containsExactly("repositories/myrepository/contentWrite");
        assertThat(p.actions()).containsExactlyInAnyOrderElementsOf(actions);
        assertThat(p.validate().isEmpty()).isTrue();
        ScopeMapPermissions bad = new ScopeMapPermissions(List.of(new ScopeMapPermissions.RepositoryRule("Hello World",
                ScopeMapPermissions.RepositoryPermission.readOnly())), List.of(), List.of());
        assertThat(bad.validate().of(ScopeMapPermissions.ACTIONS)).hasValueSatisfying(m -> m.contains("lower-case"));
        assertThat(new ScopeMapPermissions(List.of(), List.of(), List.of()).validate().of(ScopeMapPermissions.ACTIONS)).isPresent();
    }
}
