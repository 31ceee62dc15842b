package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.RefreshSettings;
import dev.acrconsole.app.settings.SettingsFile;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.sandbox.SandboxPrincipal;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** "Keep everything for offline review" on an account: a service principal signed in at the sandbox's identity endpoint. */
class KeepEverythingTest extends AccountsFixture {
    private static final String APP = "11111111-2222-3333-4444-555555555555";

    @Test
    void anAccountKeepingEverythingHasEveryFolderOfEveryRegistryAfterOneRefresh() throws Exception {
        cloud.sandbox.identity().registerApp(APP, "the-secret",
                new SandboxPrincipal("ci-app", prod.tenantId(), Set.of(prod.subscriptionId())));
        Keyring keyring = new Keyring(new MemorySecretStore(), Optional.empty());
        Accounts before = cloud.accounts(dataDir(), store, Map.of(), keyring);
        AccountSettings account = before.addServicePrincipal("Sandbox", prod.tenantId(), APP, "the-secret", null);
        CacheScope scope = LiveAccount.scope(account);
        before.refresh(account.key(), RefreshListener.NONE);
        assertThat(store.resources(scope, TaskKind.KIND)).as("no folder opened yet").isEmpty();

        before.keepEverything(account.key(), true);
        // Remembered in settings.json, beside the refresh's own settings (which saving the account does not touch).
        new SettingsFile(dataDir()).saveRefresh(new RefreshSettings(4, false));
        Accounts after = cloud.accounts(dataDir(), store, Map.of(), keyring);
        assertThat(after.settings().account(account.key()).orElseThrow().keepEverything()).isTrue();
        after.keepEverything(account.key(), true); // saving the account keeps the file's refresh settings
        assertThat(after.settings().refresh().maxRequestsInFlight()).isEqualTo(4);
        assertThat(Files.readString(dataDir().resolve("settings.json"))).contains("\"keepEverything\" : true")
                .contains("\"maxRequestsInFlight\" : 4");

        RefreshReport report = after.refresh(account.key(), RefreshListener.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(store.resources(scope, TaskKind.KIND)).isNotEmpty();
        assertThat(store.resources(scope, RunKind.KIND)).as("the latest runs").isNotEmpty();
        Map<String, dev.acrconsole.cache.Listing> listings = store.listings(scope).stream()
                .collect(Collectors.toMap(dev.acrconsole.cache.Listing::key, Function.identity()));
        for (CachedResource registry : store.resources(scope, RegistryKind.KIND)) {
            for (var child : Kinds.CATALOG.childrenOf(RegistryKind.KIND, Listing.When.ONCE_OPENED)) {
                if (child.listing() instanceof Listing.Children) {
                    assertThat(listings).as("%s of %s", child.title(), registry.name())
                            .containsKey(ListingKeys.children(registry.id(), child.kind()));
                }
            }
        }

        // And off again.
        after.keepEverything(account.key(), false);
        assertThat(after.settings().account(account.key()).orElseThrow().keepEverything()).isFalse();
    }
}
