package dev.acrconsole.app.accounts;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.identity.AuthenticationRequiredException;
import com.azure.identity.CredentialUnavailableException;
import dev.acrconsole.app.arm.ArmErrors;

/**
 * Why an account could not get a token for a tenant, as one line that starts with a code the UI keys on (like ARM's
 * error codes): {@code SignInRequired}, {@code MfaRequired}, {@code SecretRequired}, {@code AzureCliUnavailable},
 * {@code SignInFailed}.
 */
public final class SignInProblems {
    public static final String SIGN_IN_REQUIRED = "SignInRequired";
    public static final String MFA_REQUIRED = "MfaRequired";
    public static final String SECRET_REQUIRED = "SecretRequired";

    private SignInProblems() {}

    /** The code an error line starts with ("MfaRequired" of "MfaRequired: ..."), or "" if none. */
    public static String code(String error) {
        if (error == null) {
            return "";
        }
        int colon = error.indexOf(':');
        return colon < 0 ? "" : error.substring(0, colon);
    }

    /** @param tenant the tenant's name (or id) for the message; null for the account's home tenant */
    static String describe(Throwable error, String tenant) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SignInRequiredException s) {
                return s.mfaCode()
                        .map(code -> MFA_REQUIRED + ": " + name(tenant) + " requires multi-factor authentication (" + code
                                + "); sign in to it from the Accounts panel")
                        .orElse(SIGN_IN_REQUIRED + ": sign in again to " + name(tenant) + " from the Accounts panel");
            }
            if (t instanceof MissingSecretException m) {
                return m.getMessage();
            }
            if (t instanceof AuthenticationRequiredException || t instanceof com.microsoft.aad.msal4j.MsalInteractionRequiredException) {
                return SIGN_IN_REQUIRED + ": sign in again to " + name(tenant) + " from the Accounts panel";
            }
            if (t instanceof CredentialUnavailableException) {
                return "AzureCliUnavailable: " + firstLine(t.getMessage());
            }
            if (t instanceof com.microsoft.aad.msal4j.MsalServiceException msal && SignInRequiredException.mfaCode(msal.getMessage()).isPresent()) {
                return MFA_REQUIRED + ": " + name(tenant) + " requires multi-factor authentication ("
                        + SignInRequiredException.mfaCode(msal.getMessage()).get() + "); sign in to it from the Accounts panel";
            }
            if (t instanceof com.microsoft.aad.msal4j.MsalException msal) {
                // Entra ID's own answer (AADSTS code and text), whatever azure-identity wrapped it in.
                return "SignInFailed: " + firstLine(msal.getMessage());
            }
            if (t instanceof ClientAuthenticationException) {
                return "SignInFailed: " + firstLine(t.getMessage());
            }
        }
        return ArmErrors.describe(error);
    }

    private static String name(String tenant) {
        return tenant == null ? "the home tenant" : tenant;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
