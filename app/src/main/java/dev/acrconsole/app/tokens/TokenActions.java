package dev.acrconsole.app.tokens;

import com.azure.resourcemanager.containerregistry.fluent.models.TokenInner;
import com.azure.resourcemanager.containerregistry.models.TokenStatus;
import com.azure.resourcemanager.containerregistry.models.TokenUpdateParameters;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;

/** Create, update and delete a registry's tokens, as operations. Passwords are not here: see {@link TokenCredentials}. */
public final class TokenActions {
    private TokenActions() {}

    public static OperationRequest create(TokenForm f) {
        RegistryRequests.requireValid(f.validate());
        TokenInner body = new TokenInner().withScopeMapId(f.scopeMapId()).withStatus(status(f.enabled()));
        return RegistryRequests.put("token.create", "Create token " + f.name().strip(), f.id(), TokenKind.KIND,
                f.tenantId(), body);
    }

    public static OperationRequest update(TokenForm f) {
        RegistryRequests.requireValid(f.validate());
        TokenUpdateParameters body = new TokenUpdateParameters().withScopeMapId(f.scopeMapId()).withStatus(status(f.enabled()));
        return RegistryRequests.patch("token.update", "Update token " + f.name().strip(), f.id(), TokenKind.KIND,
                f.tenantId(), body);
    }

    public static OperationRequest delete(String tokenId, String tenantId) {
        return RegistryRequests.delete("token.delete", "Delete token " + ArmIds.name(tokenId), tokenId,
                TokenKind.KIND, tenantId);
    }

    private static TokenStatus status(boolean enabled) {
        return enabled ? TokenStatus.ENABLED : TokenStatus.DISABLED;
    }
}
