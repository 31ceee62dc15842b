package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registryendpoints.AuthenticationMethod;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IoT Operations registry endpoints from the real window: browse, create with each method, edit, delete, refuse. */
class RegistryEndpointsWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(1000)).withRetryAfterSeconds(1);
    private static final String CLIENT = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private void openEndpointsOf(String instance, int rows) throws Exception {
        selectInTree("Registry endpoints", instance);
        waitUntil(instance + "'s endpoints show", () -> tableRows().size() == rows && text("#child-status").startsWith("Fetched"));
    }

    private List<CachedResource> tableRows() throws Exception {
        // Empty until the page with the table has been built.
        return onFx(() -> lookup("#child-table").<TableView<Row>>tryQuery()
                .map(t -> t.getItems().stream().map(Row::resource).toList()).orElse(List.of()));
    }

    private void selectRow(String name) throws Exception {
        onFx(() -> {
            TableView<Row> table = lookup("#child-table").query();
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
            return null;
        });
        waitUntil(name + "'s details show", () -> visible("#field-host"));
    }

    private void choose(AuthenticationMethod method) throws Exception {
        onFx(() -> {
            lookup("#endpoint-method").<ComboBox<AuthenticationMethod>>query().setValue(method);
            return null;
        });
    }

    /** Types into an editable choice box the way a user does: into its text field. */
    private void typeInto(String comboId, String text) {
        clickOn(lookup(comboId).<ComboBox<String>>query().getEditor()).write(text);
    }

    private void createFromTheDialog(String name, String host, AuthenticationMethod method, String... fields) throws Exception {
        clickOn("#endpoint-create");
        clickOn("#endpoint-name").write(name);
        typeInto("#endpoint-host", host);
        choose(method);
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i].equals("#endpoint-secret-ref")) {
                typeInto(fields[i], fields[i + 1]);
            } else {
                clickOn(fields[i]).write(fields[i + 1]);
            }
        }
        shootDialog("endpoint-create-" + name, "#endpoint-dialog");
        clickOn("#endpoint-dialog-ok");
        waitUntil("the dialog closes once " + name + " is journaled", () -> !visible("#endpoint-dialog"));
    }

    @Test
    void oneEndpointOfEachMethodIsCreatedFromTheUiAndShowsWithItsSettingsInTheTableAndTheExport() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openEndpointsOf("aio-edge-hub", 2);

        createFromTheDialog("ui-anonymous", "mcr.microsoft.com", AuthenticationMethod.ANONYMOUS);
        createFromTheDialog("ui-system", "fabrikamedgehub.azurecr.io", AuthenticationMethod.SYSTEM_ASSIGNED);
        createFromTheDialog("ui-user", "contosoprodacr.azurecr.io", AuthenticationMethod.USER_ASSIGNED,
                "#endpoint-client-id", CLIENT, "#endpoint-tenant-id", TENANT,
                "#endpoint-scope", "https://containerregistry.azure.net/.default");
        createFromTheDialog("ui-secret", "registry.partner.example:5000", AuthenticationMethod.ARTIFACT_PULL_SECRET,
                "#endpoint-secret-ref", "partner-pull-secret");
        for (String name : List.of("ui-anonymous", "ui-system", "ui-user", "ui-secret")) {
            String title = "Create registry endpoint " + name + " on aio-edge-hub";
            waitUntil(name + " succeeds", () -> operation(title) != null && operation(title).state() == Operation.State.Succeeded);
        }
        waitUntil("the table shows all six", () -> tableRows().size() == 6);
        // What the table's Authentication column shows for each row.
        Map<String, String> methods = onFx(() -> {
            TableView<Row> table = lookup("#child-table").query();
            assertThat(table.getColumns().get(2).getText()).isEqualTo("Authentication");
            Map<String, String> shown = new HashMap<>();
            for (int i = 0; i < table.getItems().size(); i++) {
                shown.put(table.getItems().get(i).name(), String.valueOf(table.getColumns().get(2).getCellData(i)));
            }
            return shown;
        });
        assertThat(methods).containsEntry("ui-anonymous", "Anonymous")
                .containsEntry("ui-system", "System-assigned managed identity")
                .containsEntry("ui-user", "User-assigned managed identity")
                .containsEntry("ui-secret", "Artifact pull secret");

        selectRow("ui-user");
        assertThat(text("#field-host")).isEqualTo("contosoprodacr.azurecr.io");
        assertThat(text("#field-authentication")).isEqualTo("User-assigned managed identity");
        assertThat(text("#field-client-id")).isEqualTo(CLIENT);
        assertThat(text("#field-tenant-id")).isEqualTo(TENANT);
        assertThat(text("#field-scope")).isEqualTo("https://containerregistry.azure.net/.default");
        assertThat(text("#field-extended-location")).endsWith("/customLocations/cl-edge-hub (CustomLocation)");
        shoot("registry-endpoints-created");
        selectRow("ui-secret");
        assertThat(text("#field-secret-reference")).isEqualTo("partner-pull-secret");
        assertThat(text("#field-host")).isEqualTo("registry.partner.example:5000");
        selectRow("ui-system");
        assertThat(text("#field-authentication")).isEqualTo("System-assigned managed identity");

        JsonNode export = export();
        Map<String, JsonNode> exported = new HashMap<>();
        export.get("resources").forEach(r -> {
            if (r.get("kind").asText().equals("registryEndpoint") && r.get("name").asText().startsWith("ui-")) {
                exported.put(r.get("name").asText(), r);
            }
        });
        assertThat(exported).containsOnlyKeys("ui-anonymous", "ui-system", "ui-user", "ui-secret");
        assertThat(exported.get("ui-anonymous").at("/properties/authentication/method").asText()).isEqualTo("Anonymous");
        assertThat(exported.get("ui-system").at("/properties/authentication/method").asText()).isEqualTo("SystemAssignedManagedIdentity");
        JsonNode user = exported.get("ui-user").at("/properties/authentication/userAssignedManagedIdentitySettings");
        assertThat(user.get("clientId").asText()).isEqualTo(CLIENT);
        assertThat(user.get("tenantId").asText()).isEqualTo(TENANT);
        // The pull secret is exported as what it is here: a reference to a Kubernetes secret, by name, and nothing else.
        JsonNode secret = exported.get("ui-secret").at("/properties/authentication/artifactPullSecretSettings");
        assertThat(fieldNames(secret)).containsExactly("secretRef");
        assertThat(secret.get("secretRef").asText()).isEqualTo("partner-pull-secret");
        List<String> journaled = new ArrayList<>();
        export.get("operations").forEach(op -> journaled.add(op.get("title").asText() + " " + op.get("state").asText()));
        assertThat(journaled).contains("Create registry endpoint ui-secret on aio-edge-hub Succeeded");

        // The new endpoint is on its registry's page too: the cross-link follows the cache.
        selectInTree("contosoprodacr", null);
        waitUntil("contosoprodacr's page lists ui-user", () -> linkTexts().stream().anyMatch(t -> t.startsWith("ui-user on aio-edge-hub")));
    }

    @Test
    void badInputIsRefusedWhereItIsTypedAndNothingIsSent() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openEndpointsOf("aio-edge-hub", 2);
        clickOn("#endpoint-create");
        int before = requests();

        TextField name = lookup("#endpoint-name").query();
        for (String[] bad : List.of(new String[] {"Factory", "lower-case letters, digits and '-'"},
                new String[] {"my_endpoint", "lower-case letters, digits and '-'"}, new String[] {"ab", "3 to 63 characters"},
                new String[] {"x".repeat(64), "3 to 63 characters (this is 64)"}, new String[] {"-edge", "Start and end"})) {
            onFx(() -> {
                name.setText(bad[0]);
                return null;
            });
            waitUntil("the name's message for " + bad[0], () -> visible("#endpoint-name-error") && text("#endpoint-name-error").contains(bad[1]));
        }
        ComboBox<String> host = lookup("#endpoint-host").query();
        for (String[] bad : List.of(new String[] {"https://contosoprodacr.azurecr.io", "Leave out 'https://'"},
                new String[] {"contosoprodacr.azurecr.io/connectors", "Leave out the path"},
                new String[] {"contosoprodacr .azurecr.io", "no spaces"},
                new String[] {"c".repeat(53) + ".azurecr.io", "3 to 63 characters, port included (this is 64)"})) {
            onFx(() -> {
                host.getEditor().setText(bad[0]);
                return null;
            });
            waitUntil("the host's message for " + bad[0], () -> visible("#endpoint-host-error") && text("#endpoint-host-error").contains(bad[1]));
        }
        choose(AuthenticationMethod.USER_ASSIGNED);
        clickOn("#endpoint-tenant-id").write("contoso.onmicrosoft.com");
        clickOn("#endpoint-dialog-ok");
        assertThat(text("#endpoint-client-id-error")).startsWith("Enter the identity's client ID: a GUID");
        assertThat(text("#endpoint-tenant-id-error")).startsWith("Use a GUID: 32 hexadecimal digits");
        assertThat(text("#endpoint-name-error")).contains("Start and end");
        assertThat(shown("#endpoint-secret-ref")).as("the pull secret's field is not this method's").isFalse();
        assertThat(shown("#endpoint-client-id")).isTrue();
        shootDialog("endpoint-refused-dialog", "#endpoint-dialog");

        clickOn("#endpoint-client-id").write("3fa85f64-5717-4562-b3fc");
        waitUntil("a malformed client ID is refused", () -> text("#endpoint-client-id-error").contains("8-4-4-4-12"));
        onFx(() -> {
            lookup("#endpoint-tenant-id").<TextField>query().clear();
            return null;
        });
        waitUntil("a missing tenant ID is refused", () -> text("#endpoint-tenant-id-error").startsWith("Enter the identity's tenant ID"));
        clickOn("#endpoint-dialog-ok");
        choose(AuthenticationMethod.ARTIFACT_PULL_SECRET);
        clickOn("#endpoint-dialog-ok");
        assertThat(shown("#endpoint-client-id")).as("fields follow the method").isFalse();
        assertThat(shown("#endpoint-secret-ref")).isTrue();
        assertThat(text("#endpoint-secret-ref-error")).contains("existing secret reference");

        assertThat(visible("#endpoint-dialog")).as("the dialog stays open").isTrue();
        assertThat(requests()).as("requests sent to ARM").isEqualTo(before);
        assertThat(services.journal().all()).isEmpty();
        assertThat(operationRows()).isEmpty();
    }

    @Test
    void aRegistrysPageListsTheEndpointsThatPointAtItAndOpensThem() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("fabrikamedgehub", null);
        waitUntil("three endpoints point at fabrikamedgehub", () -> linkTexts().size() == 3);
        assertThat(linkTexts()).containsExactly(
                "dataflow-graphs on aio-dublin (rg-edge-sites) — Artifact pull secret",
                "hub-images on aio-edge-hub (rg-edge-hub) — System-assigned managed identity",
                "hub-mirror on aio-dublin (rg-edge-sites) — System-assigned managed identity");
        assertThat(text("#endpoints-using-registry-title"))
                .isEqualTo("IoT Operations registry endpoints pulling from fabrikamedgehub.azurecr.io (3)");
        shoot("registry-page-endpoints");

        // The section sits below the registry's fields: scroll down to it, as a user would, and click.
        Hyperlink hubImages = onFx(() -> {
            Hyperlink link = (Hyperlink) lookup("#endpoints-using-registry").<VBox>query().getChildren().get(1);
            for (javafx.scene.Node n = link; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    pane.setVvalue(pane.getVmax());
                }
            }
            return link;
        });
        shoot("registry-page-endpoints-scrolled");
        clickOn(hubImages);
        waitUntil("the instance's endpoints open", () -> visible("#child-table") && tableRows().size() == 2
                && "Registry endpoints".equals(text("#child-title")));

        selectInTree("contosodevacr", null);
        waitUntil("a registry nobody points at says so", () -> visible("#endpoints-using-registry-empty"));
        assertThat(linkTexts()).isEmpty();

        selectInTree("aio-dublin", null);
        waitUntil("the instance's details show", () -> "aio-dublin".equals(text("#details-title")));
        assertThat(text("#field-extended-location")).endsWith("/customLocations/cl-dublin-factory (CustomLocation)");
        assertThat(shown("#endpoints-using-registry")).as("only registries have the section").isFalse();
        shoot("iot-instance");
        openEndpointsOf("aio-dublin", 6);
        selectRow("hub-mirror");
        assertThat(text("#field-code-signing-cas")).isEqualTo("Secret dublin-signing-ca, ConfigMap aio-trust-bundle");
        shoot("registry-endpoints-of-dublin");

        // Offline, from the cache alone: the same cross-link, the same endpoints, and no buttons that would need ARM.
        closeWindow();
        openWindow(dir, LaunchOptions.Mode.OFFLINE).get(30, TimeUnit.SECONDS);
        selectInTree("fabrikamedgehub", null);
        waitUntil("the cached cross-link shows offline", () -> linkTexts().size() == 3);
        openEndpointsOf("aio-dublin", 6);
        assertThat(lookup("#endpoint-create").tryQuery()).isEmpty();
    }

    @Test
    void anEndpointIsEditedToAnotherMethodThenDeletedAfterConfirmation() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openEndpointsOf("aio-plant-ohio", 2);
        selectRow("release-charts");
        clickOn("#endpoint-edit");
        assertThat(lookup("#endpoint-name").<TextField>query().isDisabled()).as("the name is the resource's").isTrue();
        waitUntil("its secret reference is offered", () -> lookup("#endpoint-secret-ref").<ComboBox<String>>query()
                .getItems().contains("releases-pull-secret"));
        assertThat(lookup("#endpoint-secret-ref").<ComboBox<String>>query().getEditor().getText()).isEqualTo("releases-pull-secret");
        choose(AuthenticationMethod.USER_ASSIGNED);
        clickOn("#endpoint-client-id").write(CLIENT);
        clickOn("#endpoint-tenant-id").write(TENANT);
        shootDialog("endpoint-edit-dialog", "#endpoint-dialog");
        clickOn("#endpoint-dialog-ok");
        String updated = "Update registry endpoint release-charts on aio-plant-ohio";
        waitUntil("the update succeeds", () -> operation(updated) != null && operation(updated).state() == Operation.State.Succeeded);
        waitUntil("the details show the new method", () -> "User-assigned managed identity".equals(text("#field-authentication")));

        clickOn("#endpoint-delete-button");
        clickOn(onFx(() -> lookup("#endpoint-delete").query().lookupAll(".button").stream()
                .filter(b -> "OK".equals(((javafx.scene.control.Button) b).getText())).findFirst().orElseThrow()));
        String deleted = "Delete registry endpoint release-charts on aio-plant-ohio";
        waitUntil("the delete succeeds", () -> operation(deleted) != null && operation(deleted).state() == Operation.State.Succeeded);
        waitUntil("it leaves the table", () -> tableRows().size() == 1);
        assertThat(services.sandbox().orElseThrow().state().exists(
                services.sandbox().orElseThrow().data().iotOperations().instances().get(2).id() + "/registryEndpoints/release-charts")).isFalse();
    }

    /** Visible with every parent: a form row hides its field by hiding the cell around it. */
    private boolean shown(String query) {
        for (javafx.scene.Node n = lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<String> linkTexts() throws Exception {
        return onFx(() -> lookup("#endpoints-using-registry").<VBox>query().getChildren().stream()
                .map(n -> ((Hyperlink) n).getText()).toList());
    }

    private JsonNode export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExportCommand.run(dir, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
