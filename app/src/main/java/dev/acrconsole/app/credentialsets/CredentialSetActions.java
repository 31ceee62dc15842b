package dev.acrconsole.app.credentialsets;

import com.azure.resourcemanager.containerregistry.fluent.models.CredentialSetInner;
import com.azure.resourcemanager.containerregistry.models.AuthCredential;
import com.azure.resourcemanager.containerregistry.models.CredentialName;
import com.azure.resourcemanager.containerregistry.models.CredentialSetUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.IdentityProperties;
import com.azure.resourcemanager.containerregistry.models.ResourceIdentityType;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;
import java.util.List;

/** Create, update and delete a registry's credential sets, as operations (ARM runs each as a long-running operation). */
public final class CredentialSetActions {
    private CredentialSetActions() {}

    public static OperationRequest create(CredentialSetForm f) {
        RegistryRequests.requireValid(f.validate());
        // The set signs in to Key Vault with its own system-assigned identity, as az acr credential-set create makes it.
        CredentialSetInner body = new CredentialSetInner().withLoginServer(f.loginServer().strip())
                .withAuthCredentials(credentials(f)).withIdentity(new IdentityProperties().withType(ResourceIdentityType.SYSTEM_ASSIGNED));
        return RegistryRequests.put("credentialset.create", "Create credential set " + f.name().strip(), f.id(),
                CredentialSetKind.KIND, f.tenantId(), body);
    }

    public static OperationRequest update(CredentialSetForm f) {
        RegistryRequests.requireValid(f.validate());
        CredentialSetUpdateParameters body = new CredentialSetUpdateParameters().withAuthCredentials(credentials(f));
        return RegistryRequests.patch("credentialset.update", "Update credential set " + f.name().strip(), f.id(),
                CredentialSetKind.KIND, f.tenantId(), body);
    }

    public static OperationRequest delete(String credentialSetId, String tenantId) {
        return RegistryRequests.delete("credentialset.delete", "Delete credential set " + ArmIds.name(credentialSetId),
                credentialSetId, CredentialSetKind.KIND, tenantId);
    }

    private static List<AuthCredential> credentials(CredentialSetForm f) {
        return List.of(new AuthCredential().withName(CredentialName.CREDENTIAL1)
                .withUsernameSecretIdentifier(f.usernameSecret().strip())
                .withPasswordSecretIdentifier(f.passwordSecret().strip()));
    }
}
