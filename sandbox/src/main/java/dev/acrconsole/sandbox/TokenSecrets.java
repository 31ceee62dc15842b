package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a registry's data plane needs to check a token's password: a SHA-256 of each password value the sandbox made
 * (ARM shows a value once, in the answer that made it, and never keeps it in the token). Kept in the state file, so a
 * token's password still works after a restart; only the hashes are written.
 */
final class TokenSecrets implements Kept {

    /** SHA-256 of the value, by token id (lower case) + "/" + password name. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Runnable changed;

    TokenSecrets(Runnable changed) {
        this.changed = changed;
    }

    void remember(String tokenId, String passwordName, String value) {
        hashes.put(key(tokenId, passwordName), hash(value));
        changed.run();
    }

    /** Whether {@code value} is the password {@code passwordName} last made for the token. */
    boolean matches(String tokenId, String passwordName, String value) {
        String h = hashes.get(key(tokenId, passwordName));
        return h != null && value != null && MessageDigest.isEqual(h.getBytes(StandardCharsets.US_ASCII),
                hash(value).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String section() {
        return "tokenPasswordHashes";
    }

    @Override
    public boolean optional() {
        return true; // files from before the data plane have none
    }

    @Override
    public JsonNode save() {
        ObjectNode out = ArmJson.MAPPER.createObjectNode();
        hashes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void restore(JsonNode saved) {
        hashes.clear();
        if (saved.isObject()) {
            saved.properties().forEach(e -> hashes.put(e.getKey(), e.getValue().asText()));
        }
    }

    @Override
    public void clear() {
        hashes.clear();
    }

    private static String key(String tokenId, String passwordName) {
        return tokenId.toLowerCase(Locale.ROOT) + "/" + passwordName;
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
