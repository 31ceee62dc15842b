package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Registry and private endpoint operations from the real window to the sandbox and back into the tree. */
class OperationsWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(1500)).withRetryAfterSeconds(1);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private void menu(String id) throws Exception {
        onFx(() -> {
            MenuBar bar = lookup("#menu-bar").query();
            bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                    .findFirst().orElseThrow().fire();
            return null;
        });
    }

    @Test
    void aRegistryCreatedFromTheUiIsFollowedToTheEndAndAppearsInTheTree() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        menu("menu-create-registry");
        clickOn("#registry-name").write("contosoui01");
        waitUntil("the name is found free", () -> "Available".equals(text("#registry-name-check")));
        clickOn("#create-registry-ok");

        // At once in the panel, before ARM has finished.
        waitUntil("the operation shows", () -> operation("Create registry contosoui01") != null);
        assertThat(operation("Create registry contosoui01").state().terminal()).isFalse();
        assertThat(text("#status-running")).contains("running");
        shoot("operation-running");

        waitUntil("it succeeds", () -> operation("Create registry contosoui01").state() == Operation.State.Succeeded);
        // No F5: the tree learns of it from the operation.
        waitUntil("the registry is in the tree", () -> registryNamesInTree().contains("contosoui01"));
        Operation done = operation("Create registry contosoui01");
        List<Instant> polls = services.sandbox().orElseThrow().operations().pollTimes(done.pollUrl());
        assertThat(polls).isNotEmpty();
        for (int i = 1; i < polls.size(); i++) {
            assertThat(Duration.between(polls.get(i - 1), polls.get(i))).as("polled per Retry-After").isGreaterThan(Duration.ofMillis(950));
        }
        waitUntil("a notice says so", () -> visible("#toast") && text("#toast").contains("succeeded"));
        shoot("operation-succeeded");
    }

    @Test
    void thePanelIsABarUntilAnOperationStartsAndTheDetailsOfAFailedOneShowArmsErrorAndTheAzCommand() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        assertThat(visible("#operations-bar")).as("nothing runs: a slim bar").isTrue();
        assertThat(visible("#operations-table")).isFalse();
        double pageHeight = onFx(() -> lookup("#main-split").<Node>query().getBoundsInLocal().getHeight());
        assertThat(pageHeight).as("the pages get the window's height").isGreaterThan(window.scene().getHeight() * 0.8);

        selectInTree("contosoreleases", null); // the form offers the selected registry's resource group, in eastus
        menu("menu-create-registry");
        clickOn("#registry-name").write("failingui2");
        waitUntil("the name is found free", () -> "Available".equals(text("#registry-name-check")));
        // The form's equivalent command follows what is typed.
        assertThat(onFx(() -> lookup("#create-registry-az").<TextField>query().getText()))
                .startsWith("az acr create --name failingui2 --resource-group ");
        clickOn("#create-registry-ok");
        waitUntil("the panel opens as it starts", () -> visible("#operations-table") && !visible("#operations-bar"));
        waitUntil("it fails", () -> operation("Create registry failingui2") != null
                && operation("Create registry failingui2").state() == Operation.State.Failed);

        onFx(() -> {
            TableView<Operation> table = lookup("#operations-table").query();
            table.getSelectionModel().select(operation("Create registry failingui2"));
            return null;
        });
        clickOn("#operations-details");
        waitUntil("its details open", () -> visible("#operation-details"));
        assertThat(onFx(() -> lookup("#op-details-error").<TextArea>query().getText()))
                .startsWith("ProvisioningFailed: ").contains("failingui2");
        assertThat(onFx(() -> lookup("#op-details-az").<TextField>query().getText()))
                .startsWith("az acr create --name failingui2 --resource-group ");
        assertThat(onFx(() -> lookup("#op-details-body").<TextArea>query().getText())).contains("\"eastus\"");
        assertThat(onFx(() -> lookup("#op-details-exchanges").<TableView<?>>query().getItems().size())).isGreaterThan(1);
        assertThat(onFx(() -> lookup("#op-details-retry").<javafx.scene.control.Button>query().isDisabled())).isFalse();
        shootDialog("operation-details-failed", "#operation-details");
        shoot("operation-panel-open");
        clickOn("#op-details-close");
        waitUntil("the details close", () -> !visible("#operation-details"));

        clickOn("#operations-collapse");
        waitUntil("folded to the bar", () -> visible("#operations-bar") && !visible("#operations-table"));
        assertThat(text("#operations-bar-last")).startsWith("Create registry failingui2 failed — ProvisioningFailed");
    }

    @Test
    void theDeleteKeyOnARegistryInTheTreeAsksFirstAsItsDeleteDoes() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("contosodevacr", null);
        onFx(() -> {
            lookup("#navigation").query().requestFocus();
            return null;
        });
        push(javafx.scene.input.KeyCode.DELETE);
        waitUntil("the registry's delete dialog asks for its name", () -> visible("#delete-registry"));
        assertThat(services.journal().all()).as("nothing sent while it asks").isEmpty();
        push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("it closes", () -> !visible("#delete-registry"));
        assertThat(services.journal().all()).as("canceled: nothing sent").isEmpty();
    }

    @Test
    void badInputInTheCreateFormIsRefusedWhereItWasTypedAndNothingIsSent() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        waitForQuiet();
        int before = requests();
        menu("menu-create-registry");
        clickOn("#registry-name").write("ab-c");
        shootDialog("create-registry-dialog", "#create-registry");
        waitUntil("the name's message shows", () -> visible("#registry-name-error"));
        assertThat(text("#registry-name-error")).contains("letters and digits");
        onFx(() -> {
            lookup("#registry-location").<ComboBox<String>>query().setValue("East US");
            lookup("#registry-public").<javafx.scene.control.CheckBox>query().setSelected(false);
            return null;
        });
        // The dialog grows with the messages after the next pulse; click where OK is then.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(3);
        clickOn("#create-registry-ok");

        assertThat(text("#registry-location-error")).contains("eastus");
        assertThat(text("#registry-features-error")).contains("Premium");
        assertThat(visible("#create-registry")).as("the dialog stays open").isTrue();
        shootDialog("create-registry-refused-dialog", "#create-registry");
        shoot("create-registry-refused");
        assertThat(requests()).as("requests sent to ARM").isEqualTo(before);
        assertThat(services.journal().all()).isEmpty();
        assertThat(operationRows()).isEmpty();
    }

    @Test
    void theDeleteDialogGrowsWithItsMessageSoNoneIsCutAndShrinksWhenItGoes() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("contosodevacr", null);
        waitUntil("its page shows", () -> "contosodevacr".equals(text("#details-title")) && visible("#registry-delete"));
        int before = requests();
        clickOn("#registry-delete");
        waitUntil("the dialog opens", () -> visible("#delete-registry-name"));
        javafx.stage.Window dialog = onFx(() -> lookup("#delete-registry-name").query().getScene().getWindow());
        WaitForAsyncUtils.waitForFxEvents(3);
        double closed = onFx(dialog::getHeight);

        onFx(() -> {
            lookup("#delete-registry-name").<TextField>query().setText("contosodev");
            return null;
        });
        waitUntil("the message shows", () -> visible("#delete-registry-name-error"));
        waitUntil("the dialog grows", () -> onFx(dialog::getHeight) > closed + 5);
        WaitForAsyncUtils.waitForFxEvents(3);
        javafx.scene.control.Label error = lookup("#delete-registry-name-error").query();
        assertThat(onFx(() -> error.getHeight())).as("every line of the message").isGreaterThanOrEqualTo(
                onFx(() -> error.prefHeight(error.getWidth())) - 0.5);
        assertThat(onFx(() -> error.localToScene(error.getBoundsInLocal()).getMaxY()))
                .as("inside the dialog, above its buttons").isLessThan(onFx(() -> lookup("#delete-registry-ok").query()
                        .localToScene(lookup("#delete-registry-ok").query().getBoundsInLocal()).getMinY()));

        onFx(() -> {
            lookup("#delete-registry-name").<TextField>query().setText("contosodevacr");
            return null;
        });
        waitUntil("the message goes", () -> !visible("#delete-registry-name-error"));
        waitUntil("the dialog is its first size again", () -> Math.abs(onFx(dialog::getHeight) - closed) < 1);
        onFx(() -> {
            dialog.hide();
            return null;
        });
        assertThat(requests()).as("nothing sent").isEqualTo(before);
    }

    @Test
    void aFailedOperationShowsArmsCodeAndMessage() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        menu("menu-create-registry");
        clickOn("#registry-name").write("failingui1");
        waitUntil("the name is found free", () -> "Available".equals(text("#registry-name-check")));
        clickOn("#create-registry-ok");

        waitUntil("it fails", () -> operation("Create registry failingui1") != null
                && operation("Create registry failingui1").state() == Operation.State.Failed);
        Operation failed = operation("Create registry failingui1");
        assertThat(OperationText.outcome(failed)).startsWith("ProvisioningFailed: ").contains("failingui1");
        waitUntil("the notice names the error", () -> visible("#toast") && text("#toast").contains("ProvisioningFailed"));
        shoot("operation-failed");

        // The row's context menu (made when first asked for) dismisses it. Monocle turns no click into a menu request,
        // so the request is fired as the menu key (Shift+F10) fires it, on the row the user picked.
        TableRow<?> row = onFx(() -> lookup("#operations-table .table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> r.getItem() instanceof Operation op && op.title().equals("Create registry failingui1"))
                .findFirst().orElseThrow());
        clickOn(row);
        onFx(() -> {
            Bounds b = row.localToScreen(row.getBoundsInLocal());
            Event.fireEvent(row, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    b.getMinX() + 10, b.getMinY() + 10, true, null));
            return null;
        });
        waitUntil("the row's menu opens", () -> visible(".context-menu"));
        clickOn(lookup(".context-menu").lookup(LabeledMatchers.hasText("Dismiss")).<Node>query());
        waitUntil("the failed operation leaves the panel", () -> operation("Create registry failingui1") == null);
    }

    @Test
    void deletingNeedsTheNameTypedThenTheRegistryLeavesTheTree() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        SandboxData.Registry victim = services.sandbox().orElseThrow().data().registries().get(4);
        selectInTree(victim.name(), null);
        waitUntil("its details show", () -> victim.name().equals(text("#details-title")) && visible("#registry-delete"));
        int before = requests();
        clickOn("#registry-delete");
        clickOn("#delete-registry-name").write(victim.name().toUpperCase());
        clickOn("#delete-registry-ok");
        assertThat(text("#delete-registry-name-error")).contains("Type " + victim.name());
        assertThat(requests()).isEqualTo(before);

        onFx(() -> {
            lookup("#delete-registry-name").<TextField>query().setText(victim.name());
            return null;
        });
        clickOn("#delete-registry-ok");
        waitUntil("it is deleted", () -> operation("Delete registry " + victim.name()) != null
                && operation("Delete registry " + victim.name()).state() == Operation.State.Succeeded);
        waitUntil("it leaves the tree", () -> !registryNamesInTree().contains(victim.name()));
    }

    @Test
    void aPremiumRegistryWithZoneRedundancyCannotBeDowngradedFromTheUpdateForm() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        SandboxData.Registry zoned = services.sandbox().orElseThrow().data().registries().stream()
                .filter(SandboxData.Registry::zoneRedundancy).findFirst().orElseThrow();
        selectInTree(zoned.name(), null);
        waitUntil("its details show", () -> zoned.name().equals(text("#details-title")) && visible("#registry-update"));
        int before = requests();
        clickOn("#registry-update");
        onFx(() -> {
            lookup("#update-sku").<ComboBox<String>>query().setValue("Standard");
            return null;
        });
        waitUntil("the SKU's message shows", () -> visible("#update-sku-error"));
        assertThat(text("#update-sku-error")).contains("stay Premium");
        shootDialog("update-registry-refused", "#update-sku");
        clickOn("#update-registry-ok");
        assertThat(visible("#update-registry")).isTrue();
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void approvingAPendingConnectionEndToEndEmptiesTheInbox() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        menu("menu-pending-approvals");
        waitUntil("two connections wait", () -> lookup("#pending-table").<TableView<?>>query().getItems().size() == 2);
        shoot("pending-approvals");
        onFx(() -> {
            lookup("#pending-table").<TableView<?>>query().getSelectionModel().select(0);
            return null;
        });
        clickOn("#pending-approve");
        onFx(() -> {
            lookup("#connection-description").<TextArea>query().setText("");
            return null;
        });
        int before = requests();
        clickOn("#connection-decision-ok");
        assertThat(text("#connection-description-error")).contains("Say why");
        assertThat(requests()).isEqualTo(before);

        clickOn("#connection-description").write("Approved: the data science VNet may pull");
        clickOn("#connection-decision-ok");
        waitUntil("the approval succeeds", () -> operationRows().stream()
                .anyMatch(op -> op.title().startsWith("Approve private endpoint connection") && op.state() == Operation.State.Succeeded));
        waitUntil("one connection still waits", () -> lookup("#pending-table").<TableView<?>>query().getItems().size() == 1);
        assertThat(text("#pending-summary")).startsWith("1 private endpoint connection waits");
    }

    @Test
    void aRegistrysConnectionsFolderListsThemWithTheirStates() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("Private endpoint connections", "contosoprodweu");
        waitUntil("its three connections show", () -> lookup("#child-table").<TableView<?>>query().getItems().size() == 3);
        assertThat(text("#child-title")).isEqualTo("Private endpoint connections");
        waitUntil("the freshness shows", () -> text("#child-status").startsWith("Fetched"));
        onFx(() -> {
            lookup("#child-table").<TableView<?>>query().getSelectionModel().select(1);
            return null;
        });
        waitUntil("the selected connection's details show", () -> visible("#field-status"));
        shoot("connections-folder");
    }

    /** Registry › Create registry… with {@code name}, sent; returns once its operation shows in the panel. */
    private void create(String name) throws Exception {
        menu("menu-create-registry");
        clickOn("#registry-name").write(name);
        waitUntil("the name is found free", () -> "Available".equals(text("#registry-name-check")));
        clickOn("#create-registry-ok");
        waitUntil("the operation shows", () -> operation("Create registry " + name) != null);
    }

    @Test
    void anOperationSentToASandboxThatNoLongerExistsIsMarkedSoAtStartInsteadOfRunningForever() throws Exception {
        // A first start: the registry's creation runs for minutes and the window closes while it does.
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK.withOperationDuration(Duration.ofMinutes(10))).get(60, TimeUnit.SECONDS);
        create("goneui01");
        waitUntil("it runs", () -> operation("Create registry goneui01").state() == Operation.State.Running);
        closeWindow();

        // The next start has a sandbox of its own (these tests' sandboxes keep no state): the first one is gone.
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        waitUntil("it is marked as sent to a sandbox that no longer exists",
                () -> OperationText.outcome(operation("Create registry goneui01")).contains("no longer exists"));
        Operation gone = operation("Create registry goneui01");
        assertThat(OperationText.state(gone)).isEqualTo("Lost contact");
        assertThat(text("#status-running")).as("nothing is counted as running").isEmpty();
        shoot("operation-sandbox-gone");

        onFx(() -> {
            TableView<Operation> table = lookup("#operations-table").query();
            table.getSelectionModel().select(gone);
            return null;
        });
        clickOn("#operations-dismiss");
        waitUntil("it leaves the panel", () -> operation("Create registry goneui01") == null);
    }

    @Test
    void exitAsksFirstWhileAnOperationRunsAndTheWindowStaysWhenTheUserSaysNo() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK.withOperationDuration(Duration.ofMinutes(10))).get(60, TimeUnit.SECONDS);
        create("exitui01");
        waitUntil("it runs", () -> operation("Create registry exitui01").state() == Operation.State.Running);

        menu("menu-exit");
        waitUntil("the question shows", () -> visible("#exit-confirm"));
        assertThat(lookup("#exit-confirm").<DialogPane>query().getContentText())
                .startsWith("1 operation is still running.").contains("next start");
        shootDialog("exit-confirm", "#exit-confirm");
        clickOn(lookup("#exit-confirm").lookup(LabeledMatchers.hasText("Cancel")).<Node>query());
        waitUntil("the question goes", () -> !visible("#exit-confirm"));
        assertThat(onFx(() -> window.scene().getWindow().isShowing())).as("the window stays").isTrue();

        menu("menu-exit");
        waitUntil("the question shows again", () -> visible("#exit-confirm"));
        clickOn(lookup("#exit-confirm").lookup(LabeledMatchers.hasText("OK")).<Node>query());
        waitUntil("the window closes", () -> !onFx(() -> window.scene().getWindow().isShowing()));
    }

    @Test
    void resetSandboxFromTheFileMenuAsksFirstThenWhatWasMadeLeavesTheTree() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        create("resetui01");
        waitUntil("the registry is in the tree", () -> registryNamesInTree().contains("resetui01"));

        menu("menu-reset-sandbox");
        waitUntil("it asks first", () -> visible("#reset-sandbox-confirm"));
        assertThat(lookup("#reset-sandbox-confirm").<DialogPane>query().getContentText()).contains("undone", "Run ids go on");
        clickOn(lookup("#reset-sandbox-confirm").lookup(LabeledMatchers.hasText("OK")).<Node>query());

        waitUntil("the registry made leaves the tree", () -> !registryNamesInTree().contains("resetui01"));
        waitUntil("a notice says so", () -> visible("#toast") && text("#toast").startsWith("The sandbox starts again"));
        assertThat(registryNamesInTree()).containsAll(services.sandbox().orElseThrow().data().registries().stream()
                .map(SandboxData.Registry::name).toList());
    }

}
