package dev.acrconsole.ui.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.webhooks.WebhookDetails;
import dev.acrconsole.app.webhooks.WebhookEvent;
import dev.acrconsole.app.webhooks.WebhookForm;
import dev.acrconsole.app.webhooks.WebhookKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook form and its event log without the toolkit: a bad name, service URI, header line, scope pattern and no
 * action are refused where typed with nothing sent; a good webhook is created, edited keeping its URI, pinged, and
 * the ping read back from the event log with its request and the service's answer.
 */
class WebhookFormViewModelTest {
    @TempDir
    Path dir;

    @Test
    void badInputIsRefusedWhereItIsTypedAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("contosodevacr");
            WebhookFormViewModel m = new WebhookFormViewModel(f.context, registry, null);
            Messages shown = Messages.of(m, WebhookForm.NAME, WebhookForm.SERVICE_URI, WebhookForm.HEADERS,
                    WebhookForm.ACTIONS, WebhookForm.SCOPE);
            assertThat(m.actionProperty("push").get()).as("a new webhook posts pushes").isTrue();
            int requests = f.sandbox().requestCount();

            m.nameProperty().set("build-hook");
            assertThat(shown.of(WebhookForm.NAME)).isEqualTo("Use only letters and digits.");
            m.serviceUriProperty().set("ftp://hooks.example.com/acr");
            assertThat(shown.of(WebhookForm.SERVICE_URI)).isEqualTo("Use an absolute http:// or https:// URL.");
            m.serviceUriProperty().set("hooks.example.com/acr");
            assertThat(shown.of(WebhookForm.SERVICE_URI)).isEqualTo("Use an absolute http:// or https:// URL.");
            m.headersProperty().set("Authorization Bearer abc");
            assertThat(shown.of(WebhookForm.HEADERS)).isEqualTo("Write each header as Name: value, one a line (e.g. Authorization: Bearer ...).");
            m.headersProperty().set("X-Team: a\nx-team: b");
            assertThat(shown.of(WebhookForm.HEADERS)).isEqualTo("Header x-team is there twice.");
            m.scopeProperty().set("apps/web:v1:latest");
            assertThat(shown.of(WebhookForm.SCOPE)).startsWith("Use repository or repository:tag, with at most one ':'");
            m.scopeProperty().set("apps web:*");
            assertThat(shown.of(WebhookForm.SCOPE)).startsWith("Use repository or repository:tag: letters, digits");
            m.actionProperty("push").set(false);
            assertThat(shown.of(WebhookForm.ACTIONS)).startsWith("Choose at least one event to post");
            assertThat(m.submit()).isNull();
            assertThat(m.scopeProperty().get()).as("what was typed is kept").isEqualTo("apps web:*");
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();

            // The same form, put right, is accepted: wildcards in repository and tag, an empty scope is every repository.
            m.nameProperty().set("buildhook");
            m.serviceUriProperty().set("https://hooks.example.com/acr?code=x");
            m.headersProperty().set("Authorization: Bearer abc\nX-Team: a");
            m.scopeProperty().set("apps/*:v1*");
            m.actionProperty("chart_push").set(true);
            assertThat(shown.showing()).isEmpty();
            m.scopeProperty().set("");
            assertThat(shown.showing()).isEmpty();
        }
    }

    @Test
    void aWebhookIsCreatedEditedKeepingItsUriPingedAndItsEventRead() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosodevacr");
            String uri = "http://127.0.0.1:9/acr-hook"; // nothing listens there: the event records the failure
            WebhookFormViewModel create = filled(f, registry, "buildhook", uri, "Authorization: Bearer s3cr3t-v4lue");
            create.actionProperty("delete").set(true);
            create.scopeProperty().set("apps/*:*");
            Operation made = f.ended(create.submit());
            assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
            String id = registry.id() + "/webhooks/buildhook";
            WebhookDetails d = f.row(id).details(WebhookDetails.class);
            assertThat(d.actions()).containsExactly("push", "delete");
            assertThat(d.scope()).isEqualTo("apps/*:*");
            assertThat(f.services.journal().get(made.id()).orElseThrow().requestBody())
                    .as("the journal keeps the request without its secrets").doesNotContain("s3cr3t", "acr-hook").contains("apps/*:*");

            // Selected in its folder, it shows where it posts: the host, read from ARM then, and nothing more of the URI.
            CollectionViewModel folder = new CollectionViewModel(f.context, registry.id(), f.scope(), WebhookKind.KIND);
            PageFixture.await(folder.load());
            folder.selectedProperty().set(f.row(id));
            assertThat(folder.detailsProperty().get()).contains(new DetailField("Service URI host", "127.0.0.1"))
                    .noneMatch(field -> field.value() != null && field.value().contains("acr-hook"));

            WebhookFormViewModel edit = new WebhookFormViewModel(f.context, registry, f.row(id));
            assertThat(edit.serviceUriProperty().get()).as("ARM never shows it: empty keeps it").isEmpty();
            assertThat(edit.actionProperty("delete").get()).isTrue();
            edit.enabledProperty().set(false);
            Operation changed = f.ended(edit.submit());
            assertThat(changed.method()).isEqualTo("PATCH");
            assertThat(f.row(id).details(WebhookDetails.class).enabled()).isFalse();

            WebhookEventsViewModel events = new WebhookEventsViewModel(f.context, f.row(id));
            PageFixture.await(events.load());
            assertThat(events.statusProperty().get()).isEqualTo("No events yet: Ping sends one.");
            Operation pinged = PageFixture.await(events.ping());
            assertThat(pinged.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(pinged.title()).isEqualTo("Ping webhook buildhook");
            PageFixture.waitFor("the ping's failure is recorded", () -> {
                PageFixture.await(events.load());
                return !events.events().isEmpty() && !events.events().getFirst().outcome().contains("pending");
            });
            WebhookEvent ping = events.events().getFirst();
            assertThat(ping.action()).isEqualTo("ping");
            assertThat(ping.delivered()).isFalse();
            assertThat(events.selectedProperty().get()).isEqualTo(ping);
            assertThat(events.requestProperty().get()).startsWith("POST " + uri + "\n").contains("\"action\":\"ping\"");
            assertThat(events.responseProperty().get()).startsWith("Status: 0 ");
            assertThat(events.statusProperty().get()).isEqualTo("1 event, 0 answered 2xx.");

            String[] shownUri = new String[1];
            PageFixture.await(events.callback(c -> shownUri[0] = c.serviceUri().reveal()));
            assertThat(shownUri[0]).isEqualTo(uri);
        }
    }

    @Test
    void editingCanRemoveEveryHeaderButNotWhileNewOnesAreTyped() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosodevacr");
            WebhookFormViewModel create = filled(f, registry, "tidyhook", "http://127.0.0.1:9/acr-hook",
                    "Authorization: Bearer s3cr3t-v4lue\nX-Team: a");
            assertThat(f.ended(create.submit()).state()).isEqualTo(Operation.State.Succeeded);
            String id = registry.id() + "/webhooks/tidyhook";

            WebhookFormViewModel edit = new WebhookFormViewModel(f.context, registry, f.row(id));
            Messages shown = Messages.of(edit, WebhookForm.HEADERS);
            edit.headersProperty().set("X-Team: b");
            edit.clearHeadersProperty().set(true);
            assertThat(shown.of(WebhookForm.HEADERS)).startsWith("Either remove every header or type the ones to set");
            int requests = f.sandbox().requestCount();
            assertThat(edit.submit()).isNull();
            assertThat(edit.headersProperty().get()).as("what was typed is kept").isEqualTo("X-Team: b");
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);

            edit.headersProperty().set("");
            assertThat(shown.showing()).isEmpty();
            assertThat(f.ended(edit.submit()).state()).isEqualTo(Operation.State.Succeeded);
            int[] headers = {-1};
            String[] uri = new String[1];
            PageFixture.await(new WebhookEventsViewModel(f.context, f.row(id)).callback(c -> {
                headers[0] = c.customHeaders().size();
                uri[0] = c.serviceUri().reveal();
            }));
            assertThat(headers[0]).as("headers left at ARM").isZero();
            assertThat(uri[0]).as("the URI, left empty, is kept").isEqualTo("http://127.0.0.1:9/acr-hook");
        }
    }

    /** The create form of {@code registry}'s webhook {@code name}, filled in (its webhooks read first). */
    private static WebhookFormViewModel filled(PageFixture f, Row registry, String name, String uri, String headers) {
        f.fetch(registry, WebhookKind.KIND);
        WebhookFormViewModel create = new WebhookFormViewModel(f.context, registry, null);
        create.nameProperty().set(name);
        create.serviceUriProperty().set(uri);
        create.headersProperty().set(headers);
        return create;
    }
}
