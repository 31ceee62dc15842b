package dev.acrconsole.app.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.WriteGuard;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.Settings;
import dev.acrconsole.app.settings.SettingsFile;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production marks, what they cover, and what the guard lets through. */
class GuardTest {
    private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000001";
    private static final String RG = SUB + "/resourceGroups/prod-rg";
    private static final String REG = RG + "/providers/Microsoft.ContainerRegistry/registries/contosoprod";

    @TempDir
    Path dir;

    @Test
    void aMarkCoversWhatIsBelowItWhateverTheCaseOfTheIdButNotANeighbourWithTheSamePrefix() {
        Guard g = new Guard(List.of(RG), false, ids -> {});
        assertThat(g.production(REG)).isTrue();
        assertThat(g.production(REG.toUpperCase() + "/webhooks/hook1")).isTrue();
        assertThat(g.production(RG)).isTrue();
        assertThat(g.production(SUB)).as("above the mark").isFalse();
        assertThat(g.production(SUB + "/resourceGroups/prod-rg2")).as("a neighbour sharing the prefix").isFalse();
        assertThat(g.marked(REG)).as("inherited, not marked itself").isFalse();
    }

    @Test
    void marksAreSavedInTheSettingsFileAndAnAccountsSaveOfOlderSettingsKeepsThem() {
        SettingsFile file = new SettingsFile(dir);
        Settings before = file.load(); // what the accounts hold before the mark
        Guard g = new Guard(file.load().production(), false, file::saveProduction);
        g.mark(REG, true);
        file.save(before.withAccount(new AccountSettings("azure-cli", AccountKind.AZURE_CLI, "AzureCloud", null, null,
                null, null, List.of(), List.of()))); // the accounts write their (older) settings
        assertThat(file.load().production()).containsExactly(REG.toLowerCase());
        assertThat(file.load().accounts()).hasSize(1);
        assertThat(new Guard(file.load().production(), false, ids -> {}).production(REG)).as("after a restart").isTrue();
        g.mark(REG, false);
        assertThat(file.load().production()).isEmpty();
    }

    @Test
    void aDeleteOnProductionGoesOnlyWhenTheNameIsTypedAndAnUpdateIsNotAsked() {
        Guard g = new Guard(List.of(SUB), false, ids -> {});
        List<String> asked = new ArrayList<>();
        g.confirmer((name, action) -> {
            asked.add(name + " | " + action);
            return CompletableFuture.completedFuture(false);
        });
        CompletableFuture<Void> delete = g.check(request("webhook.delete", "DELETE", REG + "/webhooks/hook1"));
        assertThat(asked).containsExactly("hook1 | webhook.delete hook1");
        assertThat(delete).isCompletedExceptionally();
        assertThat(refusal(delete)).isEqualTo("webhook.delete hook1 was not sent: hook1 is in production, and its name was "
                + "not typed.");
        assertThat(g.check(request("webhook.update", "PATCH", REG + "/webhooks/hook1"))).isCompleted()
                .isNotCompletedExceptionally();
        assertThat(g.check(request("cleanup.run", "POST", REG))).as("a clean-up run asks too").isCompletedExceptionally();
        assertThat(g.check(request("webhook.delete", "DELETE", "/subscriptions/other/resourceGroups/x/providers/"
                + "Microsoft.ContainerRegistry/registries/dev/webhooks/h"))).as("not production").isNotCompletedExceptionally();
        g.confirmer((name, action) -> CompletableFuture.completedFuture(true));
        assertThat(g.check(request("webhook.delete", "DELETE", REG + "/webhooks/hook1"))).isNotCompletedExceptionally();
    }

    @Test
    void readOnlyRefusesEveryWriteWithTheSameMessage() {
        Guard g = new Guard(List.of(), true, ids -> {});
        CompletableFuture<Void> update = g.check(request("webhook.update", "PATCH", REG + "/webhooks/hook1"));
        assertThat(refusal(update)).isEqualTo(Guard.READ_ONLY_MESSAGE);
        g.readOnly(false);
        assertThat(g.check(request("webhook.update", "PATCH", REG + "/webhooks/hook1"))).isNotCompletedExceptionally();
    }

    private static OperationRequest request(String kind, String method, String target) {
        return new OperationRequest(kind, kind + " " + Guard.name(target), target, ResourceKind.of("webhook"), null, method,
                target + "?api-version=2025-11-01", null, Operation.After.refresh, null);
    }

    private static String refusal(CompletableFuture<Void> f) {
        try {
            f.join();
            return null;
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WriteGuard.Refused.class);
            return e.getCause().getMessage();
        }
    }
}
