package dev.acrconsole.app.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the user set up: accounts, custom clouds, proxy, an extra trusted CA certificate. Kept in
 * {@code settings.json} in the data dir by {@link SettingsFile}; it holds no secret and no token.
 *
 * @param caCertificate a PEM file of one or more CA certificates to trust besides the OS's (TLS inspection)
 * @param production    the ARM ids of the subscriptions, resource groups and registries marked Production (what is
 *                      below one is production too; see {@code app.guard.Guard}); changed only through
 *                      {@link SettingsFile#saveProduction}
 * @param refresh       how a refresh reads ({@code "refresh": {"maxRequestsInFlight": 16}})
 */
public record Settings(List<AccountSettings> accounts, List<CloudSettings> clouds, ProxySettings proxy, String caCertificate,
                       List<String> production, RefreshSettings refresh) {
    public static final Settings EMPTY = new Settings(List.of(), List.of(), ProxySettings.SYSTEM, null);

    public Settings(List<AccountSettings> accounts, List<CloudSettings> clouds, ProxySettings proxy, String caCertificate) {
        this(accounts, clouds, proxy, caCertificate, List.of());
    }

    public Settings(List<AccountSettings> accounts, List<CloudSettings> clouds, ProxySettings proxy, String caCertificate,
                    List<String> production) {
        this(accounts, clouds, proxy, caCertificate, production, null);
    }

    public Settings {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        clouds = clouds == null ? List.of() : List.copyOf(clouds);
        proxy = proxy == null ? ProxySettings.SYSTEM : proxy;
        caCertificate = caCertificate == null || caCertificate.isBlank() ? null : caCertificate;
        production = production == null ? List.of() : List.copyOf(production);
        refresh = refresh == null ? RefreshSettings.DEFAULTS : refresh;
    }

    /** The built-in clouds, then the custom ones. */
    public List<CloudSettings> allClouds() {
        List<CloudSettings> all = new ArrayList<>(CloudSettings.BUILT_IN);
        all.addAll(clouds);
        return all;
    }

    public Optional<CloudSettings> cloud(String name) {
        return allClouds().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<AccountSettings> account(String key) {
        return accounts.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** Adds a custom cloud, or replaces the one of that name; built-in clouds cannot be replaced. */
    public Settings withCloud(CloudSettings cloud) {
        if (CloudSettings.BUILT_IN.stream().anyMatch(c -> c.name().equalsIgnoreCase(cloud.name()))) {
            throw new IllegalArgumentException(cloud.name() + " is a built-in cloud; choose another name");
        }
        List<CloudSettings> next = new ArrayList<>(clouds);
        next.removeIf(c -> c.name().equalsIgnoreCase(cloud.name()));
        next.add(cloud);
        return new Settings(accounts, next, proxy, caCertificate, production, refresh);
    }

    /** Adds an account, or replaces the one with the same key. */
    public Settings withAccount(AccountSettings account) {
        if (cloud(account.cloud()).isEmpty()) {
            throw new IllegalArgumentException("Unknown cloud " + account.cloud());
        }
        List<AccountSettings> next = new ArrayList<>(accounts);
        int at = indexOf(account.key());
        if (at >= 0) {
            next.set(at, account);
        } else {
            next.add(account);
        }
        return new Settings(next, clouds, proxy, caCertificate, production, refresh);
    }

    public Settings updateAccount(String key, UnaryOperator<AccountSettings> change) {
        return account(key).map(a -> withAccount(change.apply(a))).orElse(this);
    }

    public Settings withoutAccount(String key) {
        List<AccountSettings> next = new ArrayList<>(accounts);
        next.removeIf(a -> a.key().equals(key));
        return new Settings(next, clouds, proxy, caCertificate, production, refresh);
    }

    public Settings withProxy(ProxySettings p) {
        return new Settings(accounts, clouds, p, caCertificate, production, refresh);
    }

    public Settings withCaCertificate(String path) {
        return new Settings(accounts, clouds, proxy, path, production, refresh);
    }

    private int indexOf(String key) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
