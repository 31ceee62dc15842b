package dev.acrconsole.app.credentialsets;

import dev.acrconsole.app.forms.FieldErrors;

/**
 * What the credential set dialog collects: its name and login server (on create; ARM keeps both), and the Key Vault
 * secret URIs of Credential1's user name and password (references to secrets, never their values).
 */
public record CredentialSetForm(String registryId, String tenantId, boolean creating, String name, String loginServer,
                                String usernameSecret, String passwordSecret) {
    public static final String NAME = "name";
    public static final String LOGIN_SERVER = "loginServer";
    public static final String USERNAME_SECRET = "usernameSecret";
    public static final String PASSWORD_SECRET = "passwordSecret";

    public String id() {
        return registryId + "/credentialSets/" + name.strip();
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        if (creating) {
            String nameProblem = CredentialSetRules.nameProblem(name == null ? null : name.strip());
            errors.check(nameProblem != null, NAME, nameProblem);
            String serverProblem = CredentialSetRules.loginServerProblem(loginServer);
            errors.check(serverProblem != null, LOGIN_SERVER, serverProblem);
        }
        String user = CredentialSetRules.secretUriProblem(usernameSecret);
        errors.check(user != null, USERNAME_SECRET, user);
        String password = CredentialSetRules.secretUriProblem(passwordSecret);
        errors.check(password != null, PASSWORD_SECRET, password);
        return errors;
    }
}
