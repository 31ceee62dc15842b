package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A registry's credential sets: list, get, create (PUT), update (PATCH: the credentials), delete, each write an LRO.
 * The set holds Key Vault secret URIs (references, not the secrets); the sandbox reads no Key Vault, so credentials it
 * is sent are Healthy; the sample has an Unhealthy one, and tests change a set's health in the state.
 */
final class CredentialSetsApi extends ChildApi {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]*");
    /** https://{vault}.vault.azure.net/secrets/{name}[/{version}] (other clouds' vault domains too). */
    static final Pattern SECRET_URI = Pattern.compile(
            "https://[a-zA-Z0-9-]{3,24}\\.vault\\.(?:azure\\.net|azure\\.cn|usgovcloudapi\\.net|microsoftazure\\.de)"
                    + "(?::443)?/secrets/[a-zA-Z0-9-]{1,127}(?:/[a-zA-Z0-9]{32})?/?");

    CredentialSetsApi(RegistryChildren children) {
        super(children, CacheJson.CREDENTIAL_SETS, "credentialSetName", ApiVersions.CREDENTIAL_SETS);
    }

    @Override
    protected Response put(Request r) {
        RegistryChildren.checkName("credential set", r.var("credentialSetName"), NAME, "letters, digits and '-'");
        String id = id(r);
        JsonNode body = Bodies.json(r, Enums.CREDENTIAL_SET);
        JsonNode p = body.path("properties");
        String loginServer = p.path("loginServer").asText(null);
        if (loginServer == null || loginServer.isBlank()) {
            throw Bodies.invalid("properties.loginServer", "A credential set needs the login server of its upstream, e.g. docker.io.");
        }
        identity(body);
        ObjectNode old = state.get(id).orElse(null);
        ObjectNode made = CacheJson.credentialSet(id, loginServer, credentials(p.path("authCredentials")),
                children.clock.instant(), "Creating");
        return accepted(r, id, old, made);
    }

    /** New credentials replace the set's (and are checked again: Healthy here). The login server stays. */
    @Override
    protected Response patch(Request r) {
        ObjectNode current = item(r);
        JsonNode body = Bodies.json(r, Enums.CREDENTIAL_SET);
        identity(body);
        JsonNode p = body.path("properties");
        ObjectNode next = current;
        if (p.has("authCredentials")) {
            next = CacheJson.credentialSet(current.path("id").asText(), current.at("/properties/loginServer").asText(),
                    credentials(p.get("authCredentials")), children.clock.instant(), "Succeeded");
            ((ObjectNode) next.get("properties")).set("creationDate", current.at("/properties/creationDate").deepCopy());
            SystemData.carry(current, next);
        } else {
            next = current.deepCopy();
        }
        return updating(r, current.path("id").asText(), next);
    }

    /** The set reads Key Vault with its own system-assigned identity: ARM gives it one whatever else is asked. */
    private static void identity(JsonNode body) {
        String type = body.path("identity").path("type").asText("SystemAssigned");
        if (!type.equals("SystemAssigned")) {
            throw Bodies.invalid("identity.type", "The identity type '" + type + "' is not supported for a credential set: "
                    + "use SystemAssigned.");
        }
    }

    private static List<CacheJson.Credential> credentials(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            throw Bodies.invalid("properties.authCredentials", "A credential set needs one credential (Credential1) "
                    + "with the Key Vault secret URIs of its user name and password.");
        }
        List<CacheJson.Credential> out = new ArrayList<>();
        for (JsonNode c : list) {
            if (!"Credential1".equals(c.path("name").asText())) {
                throw Bodies.invalid("properties.authCredentials.name", "The credential name '" + c.path("name").asText()
                        + "' is not valid. Valid values are Credential1.");
            }
            out.add(new CacheJson.Credential(secret(c, "usernameSecretIdentifier"), secret(c, "passwordSecretIdentifier"),
                    null, null));
        }
        if (out.size() > 1) {
            throw Bodies.invalid("properties.authCredentials", "A credential set holds one credential (Credential1).");
        }
        return out;
    }

    private static String secret(JsonNode credential, String property) {
        String uri = credential.path(property).asText(null);
        if (uri == null || !SECRET_URI.matcher(uri).matches()) {
            throw Bodies.invalid("properties.authCredentials." + property, "The value '" + uri + "' is not a Key Vault "
                    + "secret URI such as https://myvault.vault.azure.net/secrets/username.");
        }
        return uri;
    }
}
