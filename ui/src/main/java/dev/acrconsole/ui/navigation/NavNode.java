package dev.acrconsole.ui.navigation;

import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;
import java.util.Objects;

/**
 * One node of the navigation tree, built off the FX thread from cache rows. Equality is what a row shows (key, role,
 * kind, name, note), not the subtree: cells compare items on every update, and a deep comparison of a subscription's
 * thousand registries would stall the FX thread.
 *
 * <p>A folder node ({@link Role#FOLDER}) stands for one collection below a resource, Storage Explorer style: its
 * {@code id} is the parent's (e.g. the registry's) and {@code kind} the kind of what it holds. {@code scope} is the
 * account whose cache row the node shows (null for stand-ins and messages): an id can be cached for two accounts, and
 * each tree shows its own.
 *
 * @param badge the short kind badge the cell shows ("ACR"; a folder shows its rows' kind's)
 * @param note  what shows beside the name: a registry's SKU, a group's location, an account's cloud
 */
public record NavNode(String id, String key, Role role, ResourceKind kind, String badge, String name, String note,
                      List<NavNode> children, CacheScope scope) {

    /** What a tree row is. */
    public enum Role {
        /** An account: the root of its resources. */
        ACCOUNT,
        /** A message in place of an account's empty tree. */
        MESSAGE,
        /** A cached resource (or a stand-in for a parent known only from its children's ids). */
        RESOURCE,
        /** The folder of one collection below a resource. */
        FOLDER
    }

    /** The key of the folder of {@code kind} below the node with {@code parentKey}: stable, so the tree finds it again. */
    public static String folderKey(String parentKey, ResourceKind kind) {
        return parentKey + "#" + kind.code();
    }

    public boolean folder() {
        return role == Role.FOLDER;
    }

    /** The kind a folder lists; null for any other node. */
    public ResourceKind folderOf() {
        return role == Role.FOLDER ? kind : null;
    }

    /** Whether it is a resource of {@code k} (not a folder of them). */
    public boolean is(ResourceKind k) {
        return role == Role.RESOURCE && kind == k;
    }

    /** The style class suffix and accessible word: the kind's code, or "account", "message". */
    public String code() {
        return switch (role) {
            case ACCOUNT -> "account";
            case MESSAGE -> "message";
            case RESOURCE, FOLDER -> kind.code();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NavNode n && key.equals(n.key) && role == n.role && kind == n.kind && name.equals(n.name)
                && Objects.equals(note, n.note) && Objects.equals(badge, n.badge);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
