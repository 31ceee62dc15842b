package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.SettingsFile;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.sandbox.SandboxPrincipal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two accounts that see different subscriptions in the sandbox: each cache scope holds only its own. */
class AccountIsolationTest extends AccountsFixture {
    private AccountSettings contoso;
    private AccountSettings fabrikam;

    @BeforeEach
    void twoAccounts() {
        cloud.sandbox.identity().registerApp("aaaaaaaa-0000-0000-0000-000000000001", "secret-a",
                new SandboxPrincipal("contoso-ci", prod.tenantId(), Set.of(prod.subscriptionId())));
        cloud.sandbox.identity().registerApp("bbbbbbbb-0000-0000-0000-000000000002", "secret-b",
                new SandboxPrincipal("fabrikam-ci", edge.tenantId(), Set.of(edge.subscriptionId())));
        contoso = accounts.addServicePrincipal("Sandbox", prod.tenantId(), "aaaaaaaa-0000-0000-0000-000000000001", "secret-a", null);
        fabrikam = accounts.addServicePrincipal("Sandbox", edge.tenantId(), "bbbbbbbb-0000-0000-0000-000000000002", "secret-b", null);
        assertThat(accounts.refresh(RefreshListener.NONE).failures()).isEmpty();
    }

    @Test
    void eachAccountSeesOnlyItsOwnSubscriptionsAndRegistries() {
        assertThat(subscriptionIds(contoso)).containsExactly(prod.subscriptionId());
        assertThat(subscriptionIds(fabrikam)).containsExactly(edge.subscriptionId());
        assertThat(registryIds(contoso)).containsExactlyInAnyOrderElementsOf(lower(cloud.data().registries(prod.subscriptionId())
                .stream().map(r -> r.id()).toList()));
        assertThat(registryIds(fabrikam)).containsExactlyInAnyOrderElementsOf(lower(cloud.data().registries(edge.subscriptionId())
                .stream().map(r -> r.id()).toList()));
        assertThat(accounts.overview()).extracting(o -> o.settings().key()).containsExactly(contoso.key(), fabrikam.key());
    }

    @Test
    void removingAnAccountAndItsDataLeavesTheOtherAccountUntouched() {
        int otherRows = store.navigationRows(LiveAccount.scope(fabrikam)).size();

        int deleted = accounts.remove(contoso.key(), true);

        assertThat(deleted).isGreaterThan(cloud.data().registries(prod.subscriptionId()).size());
        assertThat(store.navigationRows(LiveAccount.scope(contoso))).isEmpty();
        assertThat(store.listings(LiveAccount.scope(contoso))).isEmpty();
        assertThat(store.navigationRows(LiveAccount.scope(fabrikam))).hasSize(otherRows);
        // Remembered no more, in this run or the next.
        assertThat(accounts.settings().accounts()).extracting(AccountSettings::key).containsExactly(fabrikam.key());
        assertThat(new SettingsFile(dataDir()).load().accounts()).extracting(AccountSettings::key).containsExactly(fabrikam.key());
    }

    @Test
    void removingAnAccountButKeepingItsDataKeepsTheRowsForOfflineReading() {
        int rows = store.navigationRows(LiveAccount.scope(contoso)).size();

        assertThat(accounts.remove(contoso.key(), false)).isZero();

        assertThat(store.navigationRows(LiveAccount.scope(contoso))).hasSize(rows);
        assertThat(store.scopes()).contains(LiveAccount.scope(contoso), LiveAccount.scope(fabrikam));
    }

    private List<String> subscriptionIds(AccountSettings a) {
        return store.resources(LiveAccount.scope(a), SubscriptionKind.KIND).stream().map(s -> s.subscriptionId()).toList();
    }

    private List<String> registryIds(AccountSettings a) {
        return store.navigationRows(LiveAccount.scope(a)).stream().filter(r -> r.kind() == RegistryKind.KIND)
                .map(NavigationRow::id).map(id -> id.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> lower(List<String> ids) {
        return ids.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
