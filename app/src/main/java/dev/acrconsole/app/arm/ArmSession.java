package dev.acrconsole.app.arm;

import com.azure.core.credential.TokenCredential;
import dev.acrconsole.cache.CacheScope;
import java.util.Objects;

/** One signed-in account against one cloud: whose data a refresh reads, and where it is cached. */
public record ArmSession(String account, ArmEndpoint endpoint, TokenCredential credential) {
    public ArmSession {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credential, "credential");
    }

    public CacheScope cacheScope() {
        return new CacheScope(account, endpoint.cloudName());
    }
}
