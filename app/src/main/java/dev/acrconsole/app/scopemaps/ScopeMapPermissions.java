package dev.acrconsole.app.scopemaps;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scope map allows, as the actions editor shows it: per repository which of content read/write/delete and
 * metadata read/write, and per connected registry which of its gateway's config/message read/write. ARM keeps the
 * same thing as a list of action strings ({@code repositories/hello-world/content/read}, {@code
 * gateway/site1/message/write}); {@link #actions()} and {@link #fromActions} convert. Actions the editor does not
 * know are kept as they are, so editing a scope map never drops what it cannot show.
 */
public record ScopeMapPermissions(List<RepositoryRule> repositories, List<GatewayRule> gateways, List<String> others) {

    public static final String ACTIONS = "actions";

    /** Repository names as the registry accepts them, with {@code *} standing for any part, e.g. {@code samples/*}. */
    private static final Pattern REPOSITORY = Pattern.compile("(\\*|[a-z0-9]+(?:[._-][a-z0-9]+)*)(/(\\*|[a-z0-9]+(?:[._-][a-z0-9]+)*))*");
    private static final Pattern GATEWAY_NAME = Pattern.compile("\\*|[a-zA-Z0-9]{5,50}");
    private static final Pattern REPOSITORY_ACTION = Pattern.compile("repositories/(.+)/(content/read|content/write|content/delete|metadata/read|metadata/write)");
    private static final Pattern GATEWAY_ACTION = Pattern.compile("gateway/([^/]+)/(config/read|config/write|message/read|message/write)");

    public enum RepositoryPermission {
        CONTENT_READ("content/read"), CONTENT_WRITE("content/write"), CONTENT_DELETE("content/delete"),
        METADATA_READ("metadata/read"), METADATA_WRITE("metadata/write");

        public final String action;

        RepositoryPermission(String action) {
            this.action = action;
        }

        /** What a read-only (Mirror, ReadOnly) connected registry syncs with: it pulls and never pushes. */
        public static Set<RepositoryPermission> readOnly() {
            return EnumSet.of(CONTENT_READ, METADATA_READ);
        }

        public static Set<RepositoryPermission> all() {
            return EnumSet.allOf(RepositoryPermission.class);
        }
    }

    public enum GatewayPermission {
        CONFIG_READ("config/read"), CONFIG_WRITE("config/write"), MESSAGE_READ("message/read"), MESSAGE_WRITE("message/write");

        public final String action;

        GatewayPermission(String action) {
            this.action = action;
        }
    }

    public record RepositoryRule(String repository, Set<RepositoryPermission> permissions) {
        public RepositoryRule {
            permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        }
    }

    public record GatewayRule(String connectedRegistry, Set<GatewayPermission> permissions) {
        public GatewayRule {
            permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        }
    }

    public ScopeMapPermissions {
        repositories = List.copyOf(repositories);
        gateways = List.copyOf(gateways);
        others = List.copyOf(others);
    }

    /** ARM's action strings: repositories first, then gateways, then the ones the editor did not know, in order. */
    public List<String> actions() {
        List<String> out = new ArrayList<>();
        for (RepositoryRule r : repositories) {
            for (RepositoryPermission p : RepositoryPermission.values()) {
                if (r.permissions().contains(p)) {
                    out.add("repositories/" + r.repository().strip() + "/" + p.action);
                }
            }
        }
        for (GatewayRule g : gateways) {
            for (GatewayPermission p : GatewayPermission.values()) {
                if (g.permissions().contains(p)) {
                    out.add("gateway/" + g.connectedRegistry().strip() + "/" + p.action);
                }
            }
        }
        out.addAll(others);
        return out;
    }

    /** Groups ARM's actions by repository and gateway, keeping their first-seen order. */
    public static ScopeMapPermissions fromActions(List<String> actions) {
        Map<String, Set<RepositoryPermission>> repos = new LinkedHashMap<>();
        Map<String, Set<GatewayPermission>> gates = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (String a : actions) {
            Matcher r = REPOSITORY_ACTION.matcher(a);
            Matcher g = GATEWAY_ACTION.matcher(a);
            if (r.matches()) {
                repos.computeIfAbsent(r.group(1), k -> EnumSet.noneOf(RepositoryPermission.class)).add(repositoryPermission(r.group(2)));
            } else if (g.matches()) {
                gates.computeIfAbsent(g.group(1), k -> EnumSet.noneOf(GatewayPermission.class)).add(gatewayPermission(g.group(2)));
            } else {
                others.add(a);
            }
        }
        return new ScopeMapPermissions(repos.entrySet().stream().map(e -> new RepositoryRule(e.getKey(), e.getValue())).toList(),
                gates.entrySet().stream().map(e -> new GatewayRule(e.getKey(), e.getValue())).toList(), others);
    }

    /** Null when {@code repository} is a name the registry accepts, else what is allowed. */
    public static String repositoryProblem(String repository) {
        String r = repository == null ? "" : repository.strip();
        if (r.isEmpty()) {
            return "Name the repository, e.g. hello-world or samples/* for every repository under samples/.";
        }
        if (r.length() > 256 || !REPOSITORY.matcher(r).matches()) {
            return "'" + r + "' is not a repository name: use lower-case letters, digits, '.', '_', '-' and '/' "
                    + "(e.g. hello-world, apps/frontend), or * for any part (e.g. samples/*).";
        }
        return null;
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        errors.check(actions().isEmpty(), ACTIONS, "Give at least one repository or gateway permission.");
        for (RepositoryRule r : repositories) {
            String problem = repositoryProblem(r.repository());
            errors.check(problem != null, ACTIONS, problem);
            errors.check(problem == null && r.permissions().isEmpty(), ACTIONS,
                    "Tick at least one of content read/write/delete or metadata read/write for " + r.repository().strip() + ".");
        }
        for (GatewayRule g : gateways) {
            String name = g.connectedRegistry() == null ? "" : g.connectedRegistry().strip();
            errors.check(!GATEWAY_NAME.matcher(name).matches(), ACTIONS, "'" + name + "' is not a connected registry name:"
                    + " use its name (5 to 50 letters and digits) or * for any.");
            errors.check(g.permissions().isEmpty(), ACTIONS,
                    "Tick at least one of config/message read/write for the gateway of " + name + ".");
        }
        return errors;
    }

    private static RepositoryPermission repositoryPermission(String action) {
        for (RepositoryPermission p : RepositoryPermission.values()) {
            if (p.action.equals(action)) {
                return p;
            }
        }
        throw new IllegalArgumentException(action);
    }

    private static GatewayPermission gatewayPermission(String action) {
        for (GatewayPermission p : GatewayPermission.values()) {
            if (p.action.equals(action)) {
                return p;
            }
        }
        throw new IllegalArgumentException(action);
    }
}
