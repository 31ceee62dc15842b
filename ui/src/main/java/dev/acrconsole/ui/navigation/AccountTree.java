package dev.acrconsole.ui.navigation;

import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.NavigationRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tree with one root per account, so it is always clear whose data a subscription is (offline too). An account
 * with nothing to show gets a message saying why (no access, filtered, a tenant that needs MFA) instead of nothing.
 */
public final class AccountTree {
    /**
     * One account's root: {@code label} says who (its cloud shows as the row's badge).
     *
     * @param hiddenSubscriptions lower-case ids of the subscriptions the user filtered out
     * @param whyEmpty            what to say when nothing shows; null for a generic line
     */
    public record Group(CacheScope scope, String label, Set<String> hiddenSubscriptions, String whyEmpty) {}

    private AccountTree() {}

    /** {@code groups} first, in their order (even with no rows); then any other scope the rows hold, if {@code others}. */
    public static List<NavNode> build(List<NavigationRow> rows, List<Group> groups, boolean others, NavShape shape) {
        Map<CacheScope, List<NavigationRow>> byScope = new LinkedHashMap<>();
        for (NavigationRow r : rows) {
            byScope.computeIfAbsent(r.scope(), s -> new ArrayList<>()).add(r);
        }
        List<Group> all = new ArrayList<>(groups);
        if (others) {
            for (CacheScope scope : byScope.keySet()) {
                if (groups.stream().noneMatch(g -> g.scope().equals(scope))) {
                    all.add(new Group(scope, scope.account(), Set.of(), null));
                }
            }
        }
        List<NavNode> out = new ArrayList<>();
        for (Group g : all) {
            List<NavNode> children = new ArrayList<>(NavTree.build(byScope.getOrDefault(g.scope(), List.of()), shape));
            children.removeIf(n -> n.is(SubscriptionKind.KIND) && g.hiddenSubscriptions().contains(n.key()));
            String key = "account:" + g.scope().key();
            if (children.isEmpty()) {
                String why = g.whyEmpty() != null ? g.whyEmpty() : "Nothing cached for this account yet.";
                children.add(new NavNode(null, key + "|message", NavNode.Role.MESSAGE, null, "i", why, null, List.of(), null));
            }
            out.add(new NavNode(null, key, NavNode.Role.ACCOUNT, null, "ACCT", g.label(), g.scope().cloud(),
                    List.copyOf(children), g.scope()));
        }
        return out;
    }
}
