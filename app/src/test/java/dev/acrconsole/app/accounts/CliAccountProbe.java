package dev.acrconsole.app.accounts;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.CloudSettings;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Run in a child JVM by {@link AzureCliAccountTest} (its PATH holds a fake az): adds the Azure CLI account on the
 * sandbox cloud, refreshes it, and prints what it found. Exit 3 when the account is refused.
 * Arguments: data dir, ARM URL, identity URL, CA certificate file.
 */
public final class CliAccountProbe {
    private CliAccountProbe() {}

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        try (CacheDatabase db = CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy())) {
            ResourceStore store = new ResourceStore(db);
            Accounts accounts = new Accounts(dataDir, store, Kinds.CATALOG, Clock.systemUTC(), Map.of(), Keyring.probe(dataDir));
            accounts.addCloud(new CloudSettings("Sandbox", args[1], args[2], args[1]));
            accounts.saveNetwork(ProxySettings.SYSTEM, null, args[3]);
            AccountSettings account;
            try {
                account = accounts.addAzureCli("Sandbox", null);
            } catch (IllegalArgumentException e) {
                System.out.println("refused=" + e.getMessage());
                System.exit(3);
                return;
            }
            System.out.println("account=" + account.id());
            System.out.println("tenant=" + account.tenantId());
            var report = accounts.refresh(account.key(), RefreshListener.NONE);
            report.failures().forEach(f -> System.out.println("failure=" + f.what() + ": " + f.error()));
            for (CachedResource s : store.resources(LiveAccount.scope(account), SubscriptionKind.KIND)) {
                System.out.println("subscription=" + s.subscriptionId());
            }
        }
        System.exit(0);
    }
}
