package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryDetails;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.tokens.GeneratedPasswords;
import dev.acrconsole.app.tokens.Secret;
import dev.acrconsole.app.tokens.TokenCredentials;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceStore;

/**
 * The connection string the on-premises runtime is deployed with. Getting one generates a new password1 for the
 * connected registry's sync token (ARM shows passwords only when it makes them), so the old password1 stops working.
 * The result goes to the caller only: it is never journaled, cached or logged.
 */
public final class ConnectionStrings {
    private final TokenCredentials credentials;
    private final ResourceStore store;

    public ConnectionStrings(TokenCredentials credentials, ResourceStore store) {
        this.credentials = credentials;
        this.store = store;
    }

    /** Blocks on the cache and the network: call in the background. */
    public Secret generate(CachedResource connectedRegistry) {
        ConnectedRegistryDetails d = ConnectedRegistryDetails.parse(connectedRegistry.json());
        if (d.sync().tokenId() == null) {
            throw new IllegalStateException(d.name() + " has no sync token: it syncs with a managed identity.");
        }
        String gateway = gateway(connectedRegistry, d);
        GeneratedPasswords p = credentials.generate(d.sync().tokenId(), TokenCredentials.Which.PASSWORD1, null);
        Secret password = p.passwords().stream().filter(x -> "password1".equalsIgnoreCase(x.name())).findFirst()
                .or(() -> p.passwords().stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("ARM answered with no password.")).value();
        return new Secret(format(d.name(), d.syncTokenName(), password.reveal(), gateway));
    }

    static String format(String name, String syncToken, String password, String gateway) {
        return "ConnectedRegistryName=" + name + ";SyncTokenName=" + syncToken + ";SyncTokenPassword=" + password
                + ";ParentGatewayEndpoint=" + gateway + ";ParentEndpointProtocol=https";
    }

    /**
     * Where it reaches its parent: what ARM says, else the parent connected registry's login server, else the cloud
     * registry's data endpoint in its home region.
     */
    private String gateway(CachedResource connectedRegistry, ConnectedRegistryDetails d) {
        if (d.sync().gatewayEndpoint() != null && !d.sync().gatewayEndpoint().isBlank()) {
            return d.sync().gatewayEndpoint();
        }
        if (d.parentId() != null) {
            return store.get(connectedRegistry.scope(), d.parentId()).map(p -> ConnectedRegistryDetails.parse(p.json()).login().host())
                    .orElseThrow(() -> new IllegalStateException("Its parent " + ArmIds.name(d.parentId()) + " is not cached: refresh first."));
        }
        CachedResource registry = store.get(connectedRegistry.scope(), ArmIds.parent(connectedRegistry.id()))
                .orElseThrow(() -> new IllegalStateException("Its registry is not cached: refresh first."));
        return RegistryDetails.parse(registry.json()).dataEndpointHostNames().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(registry.name() + " has no data endpoint host name: enable its data endpoint."));
    }
}
