package dev.acrconsole.sandbox;

import java.util.Map;

/** An ARM error answer: thrown by handlers, written by the front as {@code {"error":{"code","message"}}}. */
final class ArmException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    ArmException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    ArmException(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }

    static ArmException subscriptionNotFound(String subscriptionId) {
        return new ArmException(404, "SubscriptionNotFound", "The subscription '" + subscriptionId + "' could not be found.");
    }

    static ArmException resourceGroupNotFound(String name) {
        return new ArmException(404, "ResourceGroupNotFound", "Resource group '" + name + "' could not be found.");
    }

    static ArmException resourceNotFound(String type, String name, String resourceGroup) {
        return new ArmException(404, "ResourceNotFound", "The Resource '" + type + "/" + name + "' under resource group '"
                + resourceGroup + "' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix");
    }
}
