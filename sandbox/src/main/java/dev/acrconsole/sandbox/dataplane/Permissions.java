package dev.acrconsole.sandbox.dataplane;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a principal may do on one registry: everything (an Entra principal with access to the registry's
 * subscription, or the admin user), or what a scope map lists ({@code repositories/<repo>/content/read}, ...; a repo of
 * {@code *} or ending in {@code /*} is a wildcard, as ACR's scope maps allow).
 */
public record Permissions(boolean everything, List<String> scopeMapActions) {

    /** Registry token actions, as access tokens name them. */
    static final List<String> ACTIONS = List.of("pull", "push", "delete", "metadata_read", "metadata_write");
    private static final Map<String, String> SCOPE_MAP = Map.of("content/read", "pull", "content/write", "push",
            "content/delete", "delete", "metadata/read", "metadata_read", "metadata/write", "metadata_write");
    private static final Permissions ALL = new Permissions(true, List.of());

    public Permissions {
        scopeMapActions = List.copyOf(scopeMapActions);
    }

    public static Permissions all() {
        return ALL;
    }

    /** A token's: its scope map's actions. */
    public static Permissions scopeMap(List<String> actions) {
        return new Permissions(false, actions);
    }

    /** Whether {@code action} (pull, push, delete, metadata_read, metadata_write) is allowed on {@code repository}. */
    boolean allows(String repository, String action) {
        if (everything) {
            return true;
        }
        for (String a : scopeMapActions) {
            if (!a.startsWith("repositories/")) {
                continue;
            }
            String rest = a.substring("repositories/".length());
            int verb = rest.lastIndexOf('/');
            int kind = verb < 0 ? -1 : rest.lastIndexOf('/', verb - 1);
            if (kind < 0) {
                continue;
            }
            String granted = SCOPE_MAP.get(rest.substring(kind + 1));
            if (action.equals(granted) && matches(rest.substring(0, kind), repository)) {
                return true;
            }
        }
        return false;
    }

    /** A repository a principal may read or read the metadata of: what its catalog shows. */
    boolean sees(String repository) {
        return allows(repository, "pull") || allows(repository, "metadata_read");
    }

    /**
     * Whether it may list the catalog at all. ACR's scope-map tokens cannot; the sandbox lets them and lists only the
     * repositories they see (see the README).
     */
    boolean catalog() {
        return everything || scopeMapActions.stream().anyMatch(a -> a.startsWith("repositories/"));
    }

    /** Of {@code wanted}, the actions allowed on the repository. */
    Set<String> granted(String repository, Set<String> wanted) {
        return Set.copyOf(wanted.stream().filter(a -> allows(repository, a)).toList());
    }

    private static boolean matches(String pattern, String repository) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith("/*")) {
            return repository.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(repository);
    }
}
