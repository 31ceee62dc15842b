package dev.acrconsole.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every action a kind maps to an {@code az} command gives a line az would accept: a real {@code az acr} command, only
 * options that command has, and its required ones. The syntax below is az's own, as its reference
 * (learn.microsoft.com/cli/azure/acr) gives it.
 */
class AzCommandsTest {
    /** Command -> [required options, optional options] (long forms). */
    private static final Map<String, List<Set<String>>> AZ = new LinkedHashMap<>();

    static {
        az("acr create", Set.of("--name", "--resource-group", "--sku"), Set.of("--location", "--admin-enabled",
                "--default-action", "--public-network-enabled", "--zone-redundancy", "--tags"));
        az("acr update", Set.of("--name"), Set.of("--resource-group", "--sku", "--admin-enabled", "--default-action",
                "--public-network-enabled", "--anonymous-pull-enabled", "--data-endpoint-enabled", "--tags"));
        az("acr credential show", Set.of("--name"), Set.of("--resource-group"));
        az("acr delete", Set.of("--name"), Set.of("--resource-group", "--yes"));
        az("acr import", Set.of("--name", "--source"), Set.of("--image", "--resource-group", "--registry", "--force",
                "--username", "--password", "--no-wait", "--repository"));
        az("acr login", Set.of("--name"), Set.of("--resource-group", "--username", "--password", "--expose-token"));
        az("acr replication create", Set.of("--location", "--registry"), Set.of("--name", "--resource-group", "--tags",
                "--zone-redundancy", "--region-endpoint-enabled"));
        az("acr replication update", Set.of("--name", "--registry"), Set.of("--resource-group", "--tags",
                "--region-endpoint-enabled"));
        az("acr replication delete", Set.of("--name", "--registry"), Set.of("--resource-group"));
        az("acr webhook create", Set.of("--actions", "--name", "--registry", "--uri"), Set.of("--headers", "--location",
                "--resource-group", "--scope", "--status", "--tags"));
        for (String c : List.of("update", "ping", "list-events", "get-config", "delete", "show")) {
            az("acr webhook " + c, Set.of("--name", "--registry"), Set.of("--resource-group", "--actions", "--uri",
                    "--headers", "--scope", "--status", "--tags"));
        }
        az("acr token create", Set.of("--name", "--registry"), Set.of("--scope-map", "--repository", "--gateway",
                "--status", "--resource-group", "--expiration", "--expiration-in-days", "--no-passwords"));
        az("acr token update", Set.of("--name", "--registry"), Set.of("--scope-map", "--status", "--resource-group"));
        az("acr token credential generate", Set.of("--name", "--registry"), Set.of("--password1", "--password2",
                "--expiration", "--expiration-in-days", "--resource-group"));
        az("acr token delete", Set.of("--name", "--registry"), Set.of("--resource-group", "--yes"));
        az("acr repository delete", Set.of("--name"), Set.of("--image", "--repository", "--yes", "--suffix",
                "--username", "--password"));
        az("acr repository update", Set.of("--name"), Set.of("--image", "--repository", "--delete-enabled",
                "--write-enabled", "--list-enabled", "--read-enabled", "--suffix", "--username", "--password"));
        az("acr cache create", Set.of("--name", "--registry", "--source-repo", "--target-repo"), Set.of("--cred-set",
                "--resource-group"));
        az("acr cache update", Set.of("--name", "--registry"), Set.of("--cred-set", "--remove-cred-set", "--resource-group"));
        az("acr cache delete", Set.of("--name", "--registry"), Set.of("--resource-group", "--yes"));
        az("acr credential-set create", Set.of("--login-server", "--name", "--password-id", "--registry", "--username-id"),
                Set.of("--resource-group"));
        az("acr credential-set update", Set.of("--name", "--registry"), Set.of("--password-id", "--username-id",
                "--resource-group"));
        az("acr credential-set delete", Set.of("--name", "--registry"), Set.of("--resource-group", "--yes"));
        az("acr connected-registry create", Set.of("--name", "--registry"), Set.of("--repository", "--sync-token", "--mode",
                "--parent", "--client-tokens", "--log-level", "--notifications", "--sync-schedule", "--sync-window",
                "--sync-message-ttl", "--sync-audit-logs-enabled", "--resource-group", "--yes"));
        az("acr connected-registry update", Set.of("--name", "--registry"), Set.of("--add-client-tokens",
                "--remove-client-tokens", "--log-level", "--sync-schedule", "--sync-window", "--sync-message-ttl",
                "--sync-audit-logs-enabled", "--add-notifications", "--remove-notifications", "--resource-group"));
        az("acr connected-registry deactivate", Set.of("--name", "--registry"), Set.of("--resource-group", "--yes"));
        az("acr connected-registry delete", Set.of("--name", "--registry"), Set.of("--cleanup", "--resource-group", "--yes"));
        az("acr connected-registry get-settings", Set.of("--name", "--registry", "--parent-protocol"),
                Set.of("--generate-password", "--resource-group", "--yes"));
        az("acr agentpool create", Set.of("--name", "--registry"), Set.of("--count", "--tier", "--subnet-id", "--no-wait",
                "--resource-group"));
        az("acr agentpool update", Set.of("--name", "--registry"), Set.of("--count", "--no-wait", "--resource-group"));
        az("acr agentpool delete", Set.of("--name", "--registry"), Set.of("--no-wait", "--resource-group", "--yes"));
        az("acr task create", Set.of("--name", "--registry"), Set.of("--context", "--file", "--cmd", "--image", "--schedule",
                "--status", "--platform", "--agent-pool", "--resource-group"));
        az("acr task update", Set.of("--name", "--registry"), Set.of("--status", "--context", "--file", "--cmd", "--image",
                "--schedule", "--platform", "--agent-pool", "--resource-group"));
        az("acr task run", Set.of("--name", "--registry"), Set.of("--resource-group", "--no-wait", "--no-logs", "--set",
                "--context", "--file", "--agent-pool"));
        az("acr task delete", Set.of("--name", "--registry"), Set.of("--resource-group", "--yes"));
        az("acr task cancel-run", Set.of("--registry", "--run-id"), Set.of("--resource-group"));
        az("acr task update-run", Set.of("--registry", "--run-id"), Set.of("--no-archive", "--resource-group"));
        az("acr task logs", Set.of("--registry"), Set.of("--run-id", "--name", "--image", "--resource-group"));
        az("acr taskrun delete", Set.of("--name", "--registry"), Set.of("--resource-group", "--yes"));
        az("acr scope-map create", Set.of("--name", "--registry"), Set.of("--repository", "--gateway", "--description",
                "--resource-group"));
        az("acr scope-map update", Set.of("--name", "--registry"), Set.of("--add-repository", "--remove-repository",
                "--add-gateway", "--remove-gateway", "--description", "--resource-group"));
        az("acr scope-map delete", Set.of("--name", "--registry"), Set.of("--resource-group", "--yes"));
        for (String c : List.of("approve", "reject")) {
            az("acr private-endpoint-connection " + c, Set.of("--name", "--registry-name"), Set.of("--description",
                    "--resource-group"));
        }
        az("acr private-endpoint-connection delete", Set.of("--name", "--registry-name"), Set.of("--resource-group"));
        az("iot ops registry create", Set.of("--host", "--instance", "--name", "--resource-group"), Set.of("--auth-type",
                "--audience", "--tags"));
        az("iot ops registry update", Set.of("--instance", "--name", "--resource-group"), Set.of("--host", "--auth-type",
                "--audience", "--tags"));
        az("iot ops registry delete", Set.of("--instance", "--name", "--resource-group"), Set.of("--yes"));
    }

    private static void az(String command, Set<String> required, Set<String> optional) {
        AZ.put(command, List.of(required, optional));
    }

    private static final String REGISTRY_ID =
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contoso";

    @Test
    void everyMappedActionIsAzSyntax() {
        int checked = 0;
        for (KindDescriptor<?> kind : Kinds.CATALOG.all()) {
            for (Map.Entry<String, Function<Row, String>> e : kind.azCommands().entrySet()) {
                assertAzSyntax(e.getKey(), e.getValue().apply(rowFor(kind, e.getKey())));
                checked++;
            }
        }
        assertThat(checked).as("the kinds map their actions").isEqualTo(66);
    }

    /** {@code line} is a command az has, with its required options and only options it has, none twice. */
    private static void assertAzSyntax(String what, String line) {
        List<String> words = words(line);
        assertThat(words.getFirst()).as(line).isEqualTo("az");
        String command = AZ.keySet().stream().filter(c -> line.startsWith("az " + c + " "))
                .max((a, b) -> a.length() - b.length()).orElse(null);
        assertThat(command).as("%s: %s is an az command", what, line).isNotNull();
        List<String> options = words.stream().filter(w -> w.startsWith("--")).toList();
        Set<String> required = AZ.get(command).get(0);
        Set<String> optional = AZ.get(command).get(1);
        assertThat(options).as("%s: %s", what, line).containsAll(required);
        assertThat(options).as("%s: %s has only %s's options", what, line, command)
                .allMatch(o -> required.contains(o) || optional.contains(o));
        assertThat(options).as("no option twice: " + line).doesNotHaveDuplicates();
    }

    @Test
    void theFormsCommandsFollowWhatIsTypedAndAreAzSyntaxFilledInOrNot() {
        var empty = new dev.acrconsole.app.registries.RegistryForm(null, null, null, "", "", "Basic", false, true, false, false);
        assertThat(dev.acrconsole.app.registries.RegistryAzCommands.create(empty))
                .isEqualTo("az acr create --name <name> --resource-group <resource-group> --sku Basic");
        var filled = new dev.acrconsole.app.registries.RegistryForm("s", "t", "rg-apps", "contosonew", "westeurope", "Premium",
                true, false, true, false);
        String create = dev.acrconsole.app.registries.RegistryAzCommands.create(filled);
        assertThat(create).isEqualTo("az acr create --name contosonew --resource-group rg-apps --sku Premium --location westeurope"
                + " --admin-enabled true --public-network-enabled false --zone-redundancy Enabled");
        assertAzSyntax("registry create form", create);

        var replication = new dev.acrconsole.app.replications.ReplicationForm(REGISTRY_ID, "t", true, "Premium", "eastus",
                List.of(), "westus", true, false, "");
        String replicate = dev.acrconsole.app.replications.ReplicationAzCommands.form(replication);
        assertThat(replicate).isEqualTo("az acr replication create --registry contoso --location westus --zone-redundancy Enabled"
                + " --region-endpoint-enabled false");
        assertAzSyntax("replication form", replicate);
        assertAzSyntax("replication edit form", dev.acrconsole.app.replications.ReplicationAzCommands.form(
                new dev.acrconsole.app.replications.ReplicationForm(REGISTRY_ID, "t", false, "Premium", "eastus", List.of(),
                        "westus", false, true, "")));

        var rule = new dev.acrconsole.app.cacherules.CacheRuleForm(REGISTRY_ID, "t", true, "hub", "docker.io/library/nginx",
                "", REGISTRY_ID + "/credentialSets/dockerhub", List.of());
        String cache = dev.acrconsole.app.cacherules.CacheRuleAzCommands.form(rule);
        assertThat(cache).isEqualTo("az acr cache create --registry contoso --name hub --source-repo docker.io/library/nginx"
                + " --target-repo <target-repository> --cred-set dockerhub");
        assertAzSyntax("cache rule form", cache);
        assertAzSyntax("cache rule edit form", dev.acrconsole.app.cacherules.CacheRuleAzCommands.form(
                new dev.acrconsole.app.cacherules.CacheRuleForm(REGISTRY_ID, "t", false, "hub", "docker.io/library/nginx",
                        "nginx", null, List.of())));
    }

    @Test
    void tokenWebhookAndCredentialSetFormsGiveAzSyntaxAndNoSecret() {
        String token = dev.acrconsole.app.tokens.TokenAzCommands.form(new dev.acrconsole.app.tokens.TokenForm(REGISTRY_ID, "t",
                true, "ci", REGISTRY_ID + "/scopeMaps/pull", false));
        assertThat(token).isEqualTo("az acr token create --registry contoso --name ci --scope-map pull --status disabled");
        assertAzSyntax("token form", token);
        assertAzSyntax("token edit form", dev.acrconsole.app.tokens.TokenAzCommands.form(new dev.acrconsole.app.tokens.TokenForm(
                REGISTRY_ID, "t", false, "ci", null, true)));

        String hook = dev.acrconsole.app.webhooks.WebhookAzCommands.form(new dev.acrconsole.app.webhooks.WebhookForm(REGISTRY_ID,
                "t", "eastus", true, "deploy", "https://hooks.example.com/x?code=s3cret", "Authorization: Bearer s3cret", false,
                List.of("push", "delete"), "apps/*", true));
        assertThat(hook).isEqualTo("az acr webhook create --registry contoso --name deploy --uri <service-uri> --headers <headers>"
                + " --actions push delete --scope 'apps/*' --status enabled").doesNotContain("s3cret");
        assertAzSyntax("webhook form", hook);
        String unheaded = dev.acrconsole.app.webhooks.WebhookAzCommands.form(new dev.acrconsole.app.webhooks.WebhookForm(REGISTRY_ID,
                "t", "eastus", false, "deploy", "", "", true, List.of("push"), "", true));
        assertThat(unheaded).isEqualTo("az acr webhook update --registry contoso --name deploy --headers \"\" --actions push"
                + " --status enabled");
        assertAzSyntax("webhook edit form removing its headers", unheaded);

        String set = dev.acrconsole.app.credentialsets.CredentialSetAzCommands.form(new dev.acrconsole.app.credentialsets
                .CredentialSetForm(REGISTRY_ID, "t", true, "hub", "docker.io", "https://kv.vault.azure.net/secrets/user", ""));
        assertThat(set).isEqualTo("az acr credential-set create --registry contoso --name hub --login-server docker.io"
                + " --username-id https://kv.vault.azure.net/secrets/user --password-id <password-secret-id>");
        assertAzSyntax("credential set form", set);
    }

    @Test
    void theImportFormGivesOneAzAcrImportPerImage() {
        String one = dev.acrconsole.app.imports.ImportAzCommands.form(new dev.acrconsole.app.imports.ImportForm(REGISTRY_ID, "t",
                null, "docker.io", "library/nginx:1.27", "web/nginx:1.27, web/nginx:stable", true));
        assertThat(one).isEqualTo("az acr import --name contoso --source docker.io/library/nginx:1.27"
                + " --image web/nginx:1.27 web/nginx:stable --force");
        assertAzSyntax("import form", one);
        String fromRegistry = dev.acrconsole.app.imports.ImportAzCommands.form(new dev.acrconsole.app.imports.ImportForm(
                REGISTRY_ID, "t", REGISTRY_ID.replace("contoso", "upstream"), null, "apps/web:v1 apps/api:v2", "", false));
        String[] lines = fromRegistry.split(" && ");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("az acr import --name contoso --source apps/api:v2 --registry "
                + REGISTRY_ID.replace("contoso", "upstream"));
        for (String line : lines) {
            assertAzSyntax("import form, several images", line);
        }
        assertThat(dev.acrconsole.app.imports.ImportAzCommands.form(new dev.acrconsole.app.imports.ImportForm(REGISTRY_ID, "t",
                null, "", "", "", false))).isEqualTo("az acr import --name contoso --source <registry-host>/<source-image>");
    }

    @Test
    void commandsNameWhatTheyActOn() {
        Row tag = row(ResourceKindOf("tag"), ContentIds.tag(ContentIds.repository(REGISTRY_ID, "apps/web"), "v1"), "v1");
        assertThat(Kinds.CATALOG.of(tag.kind()).azCommands().get("tag-delete").apply(tag))
                .isEqualTo("az acr repository delete --name contoso --image apps/web:v1 --yes");
        Row registry = row(ResourceKindOf("registry"), REGISTRY_ID, "contoso");
        assertThat(Kinds.CATALOG.of(ResourceKindOf("replication")).azCommands().get("replication-create").apply(registry))
                .isEqualTo("az acr replication create --registry contoso --location <location>");
        Row webhook = row(ResourceKindOf("webhook"), REGISTRY_ID + "/webhooks/it's", "it's");
        assertThat(Kinds.CATALOG.of(webhook.kind()).azCommands().get("webhook-ping").apply(webhook))
                .as("a name the shell would split is quoted").isEqualTo("az acr webhook ping --registry contoso --name 'it'\\''s'");
    }

    private static ResourceKind ResourceKindOf(String code) {
        return Kinds.CATALOG.all().stream().map(KindDescriptor::kind).filter(k -> k.equals(ResourceKind.of(code)))
                .findFirst().orElseThrow();
    }

    /** The row an action acts on: the registry for what adds to it, else a row of the kind. */
    private static Row rowFor(KindDescriptor<?> kind, String actionId) {
        if (actionId.endsWith("-create") || actionId.endsWith("-import")) {
            return row(ResourceKindOf("registry"), REGISTRY_ID, "contoso");
        }
        String code = kind.kind().toString();
        String repository = ContentIds.repository(REGISTRY_ID, "apps/web");
        return switch (actionId.substring(0, actionId.indexOf('-'))) {
            case "registry" -> row(kind.kind(), REGISTRY_ID, "contoso");
            case "repository" -> row(kind.kind(), repository, "apps/web");
            case "tag" -> row(kind.kind(), ContentIds.tag(repository, "v1"), "v1");
            case "manifest" -> row(kind.kind(), ContentIds.manifest(repository, "sha256:" + "a".repeat(64)), "sha256:" + "a".repeat(64));
            default -> row(kind.kind(), REGISTRY_ID + "/" + code + "s/item1", "item1");
        };
    }

    private static Row row(ResourceKind kind, String id, String name) {
        return new Row(new CachedResource(new CacheScope("t", "AzureCloud"), id, kind, name, "type", "t", "s", "rg",
                "eastus", null, "Succeeded", null, "{}", Instant.EPOCH), null);
    }

    /** Splits a command line as a POSIX shell would (single quotes only: the lines quote that way). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        assertThat(quoted).as("quotes close: " + line).isFalse();
        if (any) {
            words.add(w.toString());
        }
        return words;
    }
}
