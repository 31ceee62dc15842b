package dev.acrconsole.ui.navigation;

import dev.acrconsole.cache.ResourceKind;

/**
 * What a tree row is: a cached resource's kind, an account (the root of its resources), a message in its place, or
 * a folder of a resource's children (its badge is the children's kind's).
 */
public enum NavKind {
    ACCOUNT("ACCT", "account"),
    MESSAGE("i", "message"),
    TENANT("TEN", "tenant"),
    SUBSCRIPTION("SUB", "subscription"),
    RESOURCE_GROUP("RG", "resourceGroup"),
    REGISTRY("ACR", "registry"),
    IOT_INSTANCE("AIO", "iotInstance"),
    FOLDER("", "folder");

    private final String badge;
    private final String code;

    NavKind(String badge, String code) {
        this.badge = badge;
        this.code = code;
    }

    /** The short text of the row's kind badge. */
    public String badge() {
        return badge;
    }

    /** Style class suffix and accessible name. */
    public String code() {
        return code;
    }

    /** Whether resources of this kind are rows of the tree (the others show in their parent's folders). */
    public static boolean shows(ResourceKind kind) {
        try {
            of(kind);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static NavKind of(ResourceKind kind) {
        return switch (kind) {
            case TENANT -> TENANT;
            case SUBSCRIPTION -> SUBSCRIPTION;
            case RESOURCE_GROUP -> RESOURCE_GROUP;
            case REGISTRY -> REGISTRY;
            case IOT_INSTANCE -> IOT_INSTANCE;
            default -> throw new IllegalArgumentException(kind + " is shown in a folder, not as a tree row");
        };
    }
}
