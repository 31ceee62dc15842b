package dev.acrconsole.ui.navigation;

import dev.acrconsole.cache.ResourceKind;

/** The short badge each kind of node carries in the tree and in tables. */
public final class KindBadges {
    private KindBadges() {}

    public static String text(ResourceKind kind) {
        return switch (kind) {
            case SUBSCRIPTION -> "SUB";
            case RESOURCE_GROUP -> "RG";
            case REGISTRY -> "ACR";
            case TENANT -> "TEN";
            case PRIVATE_ENDPOINT_CONNECTION -> "PE";
            case IOT_INSTANCE -> "AIO";
            case REGISTRY_ENDPOINT -> "REP";
            case TASK -> "TSK";
            case RUN -> "RUN";
            case TASK_RUN -> "TR";
            case AGENT_POOL -> "AP";
            case CONNECTED_REGISTRY -> "CR";
            case SCOPE_MAP -> "SM";
            case TOKEN -> "TOK";
        };
    }
}
