package dev.acrconsole.sandbox.dataplane;

import java.util.Optional;

/**
 * Who may use a registry's data plane, as the management plane knows it: the sandbox answers from its ARM state
 * (admin user, tokens and scope maps, principals' subscriptions), so the data plane needs nothing else.
 */
public interface Authority {

    /**
     * What {@code username} with {@code password} may do on the registry named {@code registryName}: the admin user
     * (when enabled) everything, an enabled token with that unexpired password its scope map. Empty when wrong.
     */
    Optional<Permissions> password(String registryName, String username, String password);

    /**
     * The principal an Entra access token (one ARM accepts) stands for, if it may use the registry: empty when its
     * principal has no role on the registry's subscription.
     */
    Optional<String> entra(String registryName, String accessToken);
}
