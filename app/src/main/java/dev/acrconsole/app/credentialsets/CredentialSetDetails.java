package dev.acrconsole.app.credentialsets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A credential set as the console shows it: the upstream's login server, each credential's Key Vault secret URIs
 * (references ARM returns and the cache keeps; the secrets' values are never read) and its health, and the
 * system-assigned identity Key Vault must let read them.
 */
public record CredentialSetDetails(String id, String name, String loginServer, List<Credential> credentials,
                                   String identityType, String principalId, String creationDate, String provisioningState) {

    /** One credential: {@code status} Healthy or Unhealthy (null when ARM has not said), with ARM's error when not. */
    public record Credential(String name, String usernameSecret, String passwordSecret, String status, String errorCode,
                             String errorMessage) {
        public boolean unhealthy() {
            return "Unhealthy".equalsIgnoreCase(status);
        }

        /** "Credential1: Healthy" or "Credential1: Unhealthy (KeyVaultSecretNotFound: ...)". */
        public String health() {
            String s = status == null ? "not reported" : Format.capitalized(status);
            if (!unhealthy()) {
                return name + ": " + s;
            }
            return name + ": " + s + " (" + problem() + ")";
        }

        /** As a table shows it: "Credential1: Unhealthy (KeyVaultSecretNotFound)", ARM's message left for the details. */
        public String healthInShort() {
            String s = status == null ? "not reported" : Format.capitalized(status);
            return name + ": " + s + (unhealthy() && errorCode != null ? " (" + errorCode + ")" : "");
        }

        /** ARM's code and message of an unhealthy credential. */
        public String problem() {
            String code = errorCode == null ? "no error code" : errorCode;
            return errorMessage == null ? code : code + ": " + errorMessage;
        }
    }

    public static CredentialSetDetails parse(String json) {
        JsonNode s = Json.read(json);
        JsonNode p = s.path("properties");
        List<Credential> credentials = new ArrayList<>();
        for (JsonNode c : p.path("authCredentials")) {
            JsonNode h = c.path("credentialHealth");
            credentials.add(new Credential(Json.textOr(c, "name", "Credential1"), Json.text(c, "usernameSecretIdentifier"),
                    Json.text(c, "passwordSecretIdentifier"), Json.text(h, "status"), Json.text(h, "errorCode"),
                    Json.text(h, "errorMessage")));
        }
        return new CredentialSetDetails(Json.text(s, "id"), Json.text(s, "name"), Json.text(p, "loginServer"),
                List.copyOf(credentials), Json.text(s.path("identity"), "type"), Json.text(s.path("identity"), "principalId"),
                Json.text(p, "creationDate"), Json.text(p, "provisioningState"));
    }

    public boolean unhealthy() {
        return credentials.stream().anyMatch(Credential::unhealthy);
    }

    /** Each credential's health, e.g. "Credential1: Healthy". */
    public String health() {
        return credentials.isEmpty() ? "(no credentials)"
                : String.join("; ", credentials.stream().map(Credential::health).toList());
    }

    /** Each credential's health with ARM's error code only, for a table cell. */
    public String healthInShort() {
        return credentials.isEmpty() ? "(no credentials)"
                : String.join("; ", credentials.stream().map(Credential::healthInShort).toList());
    }

    /** What the unhealthy credentials report (empty when all are healthy). */
    public String problems() {
        return String.join("; ", credentials.stream().filter(Credential::unhealthy)
                .map(c -> c.name() + ": " + c.problem()).toList());
    }

    public String identity() {
        if (identityType == null) {
            return null;
        }
        return principalId == null ? identityType : identityType + " (principal " + principalId + ")";
    }

    public List<DetailField> fields() {
        List<DetailField> out = new ArrayList<>();
        out.add(new DetailField("Login server", loginServer));
        for (Credential c : credentials) {
            out.add(new DetailField(c.name() + " health", c.health()));
            out.add(DetailField.copyable(c.name() + " user name secret", c.usernameSecret()));
            out.add(DetailField.copyable(c.name() + " password secret", c.passwordSecret()));
        }
        out.add(new DetailField("Identity", identity() == null ? null
                : identity() + ". Key Vault must let it read the secrets (Key Vault Secrets User)."));
        out.add(new DetailField("Created", Format.armTime(creationDate)));
        out.add(new DetailField("Provisioning state", provisioningState));
        out.add(DetailField.copyable("Resource ID", id));
        return out;
    }
}
