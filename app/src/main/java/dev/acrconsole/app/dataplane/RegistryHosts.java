package dev.acrconsole.app.dataplane;

import java.net.URI;

/** Where a registry's data plane answers, by its login server: {@code https://<loginServer>/} in Azure. */
@FunctionalInterface
public interface RegistryHosts {
    /** The data plane's base URL; throws {@link IllegalArgumentException} when this registry's cannot be reached. */
    URI of(String loginServer);

    static RegistryHosts azure() {
        return loginServer -> URI.create("https://" + loginServer + "/");
    }
}
