package dev.acrconsole.app.accounts;

import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user account has no token for a tenant that it can get without the user: never signed in, the refresh token
 * expired, or the tenant's conditional access wants MFA (an AADSTS code in Entra ID's answer says which).
 */
public final class SignInRequiredException extends RuntimeException {
    /** AADSTS codes that mean multi-factor authentication or another conditional access step is required. */
    private static final Pattern MFA = Pattern.compile("AADSTS(50076|50079|50158|50072|53003)\\b");
    private final String tenantId;

    SignInRequiredException(String tenantId, MsalInteractionRequiredException cause) {
        super(cause == null ? "no signed-in account" : cause.getMessage(), cause, false, false);
        this.tenantId = tenantId;
    }

    public String tenantId() {
        return tenantId;
    }

    /** The AADSTS code when the tenant demands MFA. */
    public Optional<String> mfaCode() {
        return mfaCode(getMessage());
    }

    static Optional<String> mfaCode(String entraMessage) {
        Matcher m = MFA.matcher(String.valueOf(entraMessage));
        return m.find() ? Optional.of("AADSTS" + m.group(1)) : Optional.empty();
    }
}
