package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;

/**
 * An answer in ACR's error shape, {@code {"errors":[{"code","message","detail"}]}}, with the codes the registry
 * uses (the Docker distribution spec's plus ACR's own, such as {@code REGISTRY_DISALLOWED_OPERATION}).
 */
final class AcrError extends RuntimeException {

    private final int status;
    private final String code;
    private final JsonNode detail;
    private final Map<String, String> headers;

    AcrError(int status, String code, String message, JsonNode detail, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.headers = Map.copyOf(headers);
    }

    AcrError(int status, String code, String message) {
        this(status, code, message, null, Map.of());
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    JsonNode detail() {
        return detail;
    }

    Map<String, String> headers() {
        return headers;
    }

    static AcrError nameUnknown(String repository) {
        return new AcrError(404, "NAME_UNKNOWN", "repository name not known to registry",
                JsonNodeFactory.instance.objectNode().put("name", repository), Map.of());
    }

    static AcrError manifestUnknown(String reference) {
        return new AcrError(404, "MANIFEST_UNKNOWN", "manifest " + reference + " is not found");
    }

    static AcrError tagUnknown(String tag) {
        return new AcrError(404, "TAG_UNKNOWN", "the specified tag does not exist",
                JsonNodeFactory.instance.objectNode().put("tag", tag), Map.of());
    }

    static AcrError blobUnknown(String digest) {
        return new AcrError(404, "BLOB_UNKNOWN", "blob unknown to registry",
                JsonNodeFactory.instance.objectNode().put("digest", digest), Map.of());
    }

    /**
     * What ACR answers a write or delete of a locked repository, tag or manifest (writeEnabled or deleteEnabled false):
     * 405 with this code and message, as seen in Azure/acr-cli#70 and Azure/azure-sdk-for-net#22827.
     */
    static AcrError disallowed() {
        return new AcrError(405, "REGISTRY_DISALLOWED_OPERATION", "The operation is disallowed on this registry, "
                + "repository or image. View troubleshooting steps at "
                + "https://aka.ms/acr/faq/#why-does-my-pull-or-push-request-fail-with-disallowed-operation",
                JsonNodeFactory.instance.objectNode(), Map.of());
    }

    static AcrError unsupported(String message) {
        return new AcrError(400, "UNSUPPORTED", message);
    }

    static AcrError digestInvalid(String digest) {
        return new AcrError(400, "DIGEST_INVALID", "provided digest did not match uploaded content",
                JsonNodeFactory.instance.objectNode().put("digest", digest), Map.of());
    }
}
