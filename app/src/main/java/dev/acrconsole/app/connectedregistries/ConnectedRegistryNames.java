package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmHttp;
import dev.acrconsole.app.arm.ArmResponse;
import java.util.List;

/**
 * Whether a name is free for the wizard: no connected registry of that name, and no scope map or token with the names
 * it would give the sync scope map and token (a PUT would silently overwrite them). Asks ARM; blocks on the network.
 */
public final class ConnectedRegistryNames {
    private final ArmHttp http;

    public ConnectedRegistryNames(ArmHttp http) {
        this.http = http;
    }

    /** Null when all three names are free, else which one is taken. ARM's own error when it cannot say. */
    public String taken(String registryId, String name) {
        record Candidate(String id, String what) {}
        List<Candidate> candidates = List.of(
                new Candidate(registryId + "/connectedRegistries/" + name, "A connected registry named " + name),
                new Candidate(registryId + "/scopeMaps/" + ConnectedRegistryActions.syncScopeMapName(name),
                        "A scope map named " + ConnectedRegistryActions.syncScopeMapName(name)),
                new Candidate(registryId + "/tokens/" + ConnectedRegistryActions.syncTokenName(name),
                        "A token named " + ConnectedRegistryActions.syncTokenName(name)));
        for (Candidate c : candidates) {
            ArmResponse r = http.get(c.id() + ApiVersions.query(ApiVersions.REGISTRY));
            if (r.ok()) {
                return c.what() + " already exists in this registry: choose another name.";
            }
            if (r.status() != 404) {
                throw new IllegalStateException(r.errorCode() + ": " + r.errorMessage());
            }
        }
        return null;
    }
}
