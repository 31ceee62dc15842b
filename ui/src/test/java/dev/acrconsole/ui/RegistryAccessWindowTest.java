package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry's access and network settings from the real window: the update dialog scrolls (it is taller than a
 * laptop's screen), refuses a malformed IP rule under the field with nothing sent, warns before ABAC; once fixed and
 * confirmed the change lands and the details show it without a refresh. The admin credentials show once.
 */
class RegistryAccessWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(500)).withRetryAfterSeconds(0);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private void set(Runnable change) throws Exception {
        onFx(() -> {
            change.run();
            return null;
        });
    }

    private String shown(String query) throws Exception {
        return onFx(() -> lookup(query).<javafx.scene.control.TextInputControl>query().getText());
    }

    @Test
    void theNetworkRulesAndAbacAreChangedFromTheUpdateDialog() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("contosomirror", null);
        waitUntil("its details show", () -> "contosomirror".equals(text("#details-title")) && visible("#registry-update"));
        int before = requests();
        clickOn("#registry-update");
        waitUntil("the dialog shows", () -> visible("#update-ip-rules"));
        set(() -> {
            lookup("#update-default-action").<ComboBox<String>>query().setValue("Deny");
            lookup("#update-ip-rules").<TextArea>query().setText("203.0.113.0/24\n10.0.0/8");
            lookup("#update-abac").<CheckBox>query().setSelected(true);
        });
        waitUntil("the IP rule's message shows", () -> visible("#update-ip-rules-error") && !text("#update-ip-rules-error").isEmpty());
        assertThat(text("#update-ip-rules-error")).startsWith("'10.0.0/8' is not an IPv4 address or CIDR range");
        assertThat(visible("#update-abac-warning")).isTrue();
        assertThat(text("#update-abac-warning")).contains("AcrPull, AcrPush and AcrDelete stop being honoured");
        shootDialog("update-registry-access", "#update-sku");
        set(() -> lookup("#update-registry-scroll").<ScrollPane>query().setVvalue(1.0));
        shootDialog("update-registry-access-bottom", "#update-sku");
        clickOn("#update-registry-ok");
        assertThat(visible("#update-registry")).as("refused: the dialog stays").isTrue();
        assertThat(text("#update-abac-confirm-error")).startsWith("Confirm the switch to ABAC");
        assertThat(requests()).as("nothing sent").isEqualTo(before);

        set(() -> {
            lookup("#update-ip-rules").<TextArea>query().setText("203.0.113.0/24\n198.51.100.7");
            lookup("#update-abac-confirm").<CheckBox>query().setSelected(true);
        });
        clickOn("#update-registry-ok");
        waitUntil("the update succeeds", () -> operation("Update registry contosomirror") != null
                && operation("Update registry contosomirror").state() == Operation.State.Succeeded);
        waitUntil("the details show the rules", () -> visible("#field-ip-rules")
                && text("#field-ip-rules").equals("203.0.113.0/24, 198.51.100.7"));
        assertThat(text("#field-role-assignment-mode")).isEqualTo("ABAC repository permissions");
        shoot("registry-access-details");
    }

    @Test
    void theAdminCredentialsShowOnceWithCopyButtons() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        services.sandbox().orElseThrow().tokenPasswords().plant("Adm1n-window-pw1", "Adm1n-window-pw2");
        selectInTree("contosodevacr", null);
        waitUntil("its details show", () -> "contosodevacr".equals(text("#details-title")) && visible("#registry-admin-credentials"));
        clickOn("#registry-admin-credentials");
        waitUntil("the dialog shows", () -> visible("#admin-credentials-what"));
        clickOn("#admin-credentials-ok");
        waitUntil("the credentials show", () -> visible("#admin-credentials-shown-value-2"));
        assertThat(shown("#admin-credentials-shown-value-0")).isEqualTo("contosodevacr");
        assertThat(shown("#admin-credentials-shown-value-1")).isEqualTo("Adm1n-window-pw1");
        assertThat(shown("#admin-credentials-shown-value-2")).isEqualTo("Adm1n-window-pw2");
        assertThat(visible("#admin-credentials-shown-copy-1")).isTrue();
        shootDialog("admin-credentials-shown", "#admin-credentials-shown-value-1");
    }
}
