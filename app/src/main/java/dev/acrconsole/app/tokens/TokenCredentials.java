package dev.acrconsole.app.tokens;

import com.azure.resourcemanager.containerregistry.fluent.models.GenerateCredentialsResultInner;
import com.azure.resourcemanager.containerregistry.models.GenerateCredentialsParameters;
import com.azure.resourcemanager.containerregistry.models.TokenPassword;
import com.azure.resourcemanager.containerregistry.models.TokenPasswordName;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a token's passwords through the SDK (generateCredentials), straight to the caller: not an operation, so
 * the answer never reaches the journal, the cache, a log or an export (ADR 0008). The request itself holds no secret.
 */
public final class TokenCredentials {
    public static final String EXPIRY = "expiry";

    /** Which passwords to make: ARM keeps two so one can be rotated while the other is in use. */
    public enum Which {
        PASSWORD1, PASSWORD2, BOTH;

        TokenPasswordName arm() {
            return switch (this) {
                case PASSWORD1 -> TokenPasswordName.PASSWORD1;
                case PASSWORD2 -> TokenPasswordName.PASSWORD2;
                case BOTH -> null;
            };
        }
    }

    private final ArmClients arm;

    public TokenCredentials(ArmClients arm) {
        this.arm = arm;
    }

    /** An expiry, if given, must be in the future. */
    public static FieldErrors validate(OffsetDateTime expiry, Clock clock) {
        return new FieldErrors().check(expiry != null && !expiry.toInstant().isAfter(clock.instant()), EXPIRY,
                "Choose a day after today, or no expiry.");
    }

    /** Blocks on the network: call in the background. ARM's refusal comes back as the SDK's exception. */
    public GeneratedPasswords generate(String tokenId, Which which, OffsetDateTime expiry) {
        GenerateCredentialsParameters request = new GenerateCredentialsParameters().withTokenId(tokenId)
                .withName(which.arm()).withExpiry(expiry);
        GenerateCredentialsResultInner result = arm.registries(ArmIds.subscription(tokenId)).serviceClient().getRegistries()
                .generateCredentials(ArmIds.resourceGroup(tokenId), ArmIds.segment(tokenId, "registries"), request);
        List<GeneratedPasswords.Password> out = new ArrayList<>();
        if (result.passwords() != null) {
            for (TokenPassword p : result.passwords()) {
                out.add(new GeneratedPasswords.Password(p.name() == null ? null : p.name().toString(), new Secret(p.value()),
                        p.expiry()));
            }
        }
        return new GeneratedPasswords(result.username(), out);
    }
}
