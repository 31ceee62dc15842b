package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.webhooks.WebhookEvent;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Premium registry's Replications and Webhooks folders in the window: a region not offered refused under the field
 * with nothing sent, a replica created and listed; a webhook created, pinged from its row, and the ping read in the
 * event log dialog with its request and the service's answer.
 */
class ReplicationsWebhooksWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(500)).withRetryAfterSeconds(0);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private List<Row> rows() throws Exception {
        return onFx(() -> lookup("#child-table").tryQuery().map(n -> List.copyOf(((TableView<Row>) n).getItems())).orElse(List.of()));
    }

    private void openFolder(String folder, String registry) throws Exception {
        selectInTree(folder, registry);
        waitUntil(folder + " are listed", () -> folder.equals(text("#child-title")) && text("#child-status").startsWith("Fetched"));
    }

    private void awaitSucceeded(String title) throws Exception {
        waitUntil(title + " succeeds", () -> services.journal().all().stream()
                .anyMatch(op -> op.title().equals(title) && op.state() == Operation.State.Succeeded));
    }

    private void setText(String query, String value) throws Exception {
        onFx(() -> {
            if (lookup(query).query() instanceof ComboBox<?> c) {
                c.getEditor().setText(value);
            } else if (lookup(query).query() instanceof TextArea a) {
                a.setText(value);
            } else {
                lookup(query).<TextField>query().setText(value);
            }
            return null;
        });
    }

    @Test
    void aReplicaIsCreatedAndAWebhookPingedAndItsEventReadInTheWindow() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Replications", "contosoprodacr");
        assertThat(rows()).extracting(Row::name).containsExactly("eastus");

        int before = requests();
        clickOn("#replication-create");
        setText("#replication-region", "atlantis");
        clickOn("#replication-form-ok");
        assertThat(text("#replication-region-error")).isEqualTo(
                "'atlantis' is not a region Container Registry is offered in. Choose one from the list.");
        assertThat(requests()).as("nothing sent").isEqualTo(before);
        shootDialog("replication-bad-region", "#replication-form");
        setText("#replication-region", "westeurope");
        clickOn("#replication-form-ok");
        awaitSucceeded("Create replication westeurope of contosoprodacr");
        waitUntil("it is listed", () -> rows().stream().anyMatch(r -> r.name().equals("westeurope")));
        shoot("replications-folder");

        openFolder("Webhooks", "contosoprodacr");
        clickOn("#webhook-create");
        setText("#webhook-name", "deployhook");
        setText("#webhook-uri", "http://127.0.0.1:9/deploy");
        setText("#webhook-headers", "Authorization: Bearer not-for-the-cache");
        setText("#webhook-scope", "apps/*:v1*");
        shootDialog("webhook-create", "#webhook-form");
        clickOn("#webhook-form-ok");
        awaitSucceeded("Create webhook deployhook");
        waitUntil("it is listed", () -> rows().stream().anyMatch(r -> r.name().equals("deployhook")));
        onFx(() -> {
            TableView<Row> t = lookup("#child-table").query();
            t.getSelectionModel().select(t.getItems().stream().filter(r -> r.name().equals("deployhook")).findFirst().orElseThrow());
            return null;
        });
        waitUntil("its details show where it posts: the host alone", () -> "127.0.0.1".equals(text("#field-service-uri-host")));
        clickOn("#webhook-ping");
        awaitSucceeded("Ping webhook deployhook");
        shoot("webhooks-folder");
        // Edited, its headers can be removed (ARM never shows them, so there is nothing to delete line by line).
        clickOn("#webhook-edit");
        clickOn("#webhook-clear-headers");
        shootDialog("webhook-edit", "#webhook-form");
        clickOn("#webhook-form-ok");
        awaitSucceeded("Update webhook deployhook");
        clickOn("#webhook-events");
        waitUntil("the ping is in the event log with its answer", () -> {
            List<WebhookEvent> events = onFx(() -> List.copyOf(lookup("#webhook-events-table").<TableView<WebhookEvent>>query().getItems()));
            if (!events.isEmpty() && events.getFirst().outcome().contains("pending")) {
                clickOn("#webhook-events-reload"); // the sandbox records the answer when the delivery ends
            }
            return !events.isEmpty() && !events.getFirst().outcome().contains("pending");
        });
        assertThat(onFx(() -> lookup("#webhook-event-request").<TextArea>query().getText()))
                .startsWith("POST http://127.0.0.1:9/deploy").contains("\"action\":\"ping\"");
        assertThat(onFx(() -> lookup("#webhook-event-response").<TextArea>query().getText())).startsWith("Status: 0 ");
        assertThat(text("#webhook-events-status")).isEqualTo("1 event, 0 answered 2xx.");
        shootDialog("webhook-events", "#webhook-events-table");
    }
}
