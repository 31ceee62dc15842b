package dev.acrconsole.app.tokens;

import com.azure.resourcemanager.containerregistry.fluent.RegistriesClient;
import com.azure.resourcemanager.containerregistry.fluent.models.RegistryListCredentialsResultInner;
import com.azure.resourcemanager.containerregistry.models.PasswordName;
import com.azure.resourcemanager.containerregistry.models.RegenerateCredentialParameters;
import com.azure.resourcemanager.containerregistry.models.RegistryPassword;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmIds;

/**
 * A registry's admin user: its name and two passwords, read (listCredentials) or one of them made anew
 * (regenerateCredential) straight from ARM and handed to the caller, like {@link TokenCredentials}: neither is an
 * operation, so no password reaches the journal, the cache, a log or an export (ADR 0008). It sits beside the token's
 * credentials because it hands out the same {@link Secret}s, which the registries package cannot reach without a cycle.
 */
public final class AdminCredentials {
    /** Which of the two passwords to make anew: ACR keeps two so one can be rotated while the other is in use. */
    public enum Which {
        PASSWORD("password"), PASSWORD2("password2");

        private final String arm;

        Which(String arm) {
            this.arm = arm;
        }

        @Override
        public String toString() {
            return arm;
        }
    }

    /** What the dialog shows once: the admin user's name and both passwords. */
    public record Shown(String username, Secret password, Secret password2) {}

    private final ArmClients arm;

    public AdminCredentials(ArmClients arm) {
        this.arm = arm;
    }

    /** Blocks on the network: call in the background. ARM refuses while the admin user is disabled. */
    public Shown list(String registryId) {
        return shown(client(registryId).listCredentials(ArmIds.resourceGroup(registryId), ArmIds.name(registryId)));
    }

    /** Makes {@code which} anew (whatever signs in with the old one stops working) and answers both, as ARM does. */
    public Shown regenerate(String registryId, Which which) {
        return shown(client(registryId).regenerateCredential(ArmIds.resourceGroup(registryId), ArmIds.name(registryId),
                new RegenerateCredentialParameters().withName(PasswordName.fromString(which.arm))));
    }

    private RegistriesClient client(String registryId) {
        return arm.registries(ArmIds.subscription(registryId)).serviceClient().getRegistries();
    }

    private static Shown shown(RegistryListCredentialsResultInner result) {
        Secret first = null;
        Secret second = null;
        if (result.passwords() != null) {
            for (RegistryPassword p : result.passwords()) {
                if (p.name() != null && p.name().toString().equalsIgnoreCase("password2")) {
                    second = new Secret(p.value());
                } else if (first == null) {
                    first = new Secret(p.value());
                }
            }
        }
        return new Shown(result.username(), first, second);
    }
}
