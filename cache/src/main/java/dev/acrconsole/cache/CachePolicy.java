package dev.acrconsole.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the cache must know of the kinds it holds, given by the app's kind registry when the cache is opened: which
 * fields of each ARM type are watched for changes, which field names are secrets (on top of {@link SecretFilter}'s
 * own), which fields a type's search document leaves out, and which kinds are rows of the navigation tree. The cache
 * applies it on every write; it never names a kind itself.
 *
 * @param watched     per ARM type (any case): label -> dotted JSON path, in the order changes are shown
 * @param secretFields field names (any case) stripped wherever they appear, added to the filter's own
 * @param unsearched  per ARM type (any case): top-level or {@code properties.} field names not put in its search
 *                    document (resources a parent carries but that are cached as rows of their own)
 * @param treeKinds   the kinds whose rows the navigation tree shows
 */
public record CachePolicy(Map<String, Map<String, String>> watched, Set<String> secretFields,
                          Map<String, Set<String>> unsearched, Set<ResourceKind> treeKinds) {
    /** Only the cache's own rules: provisioning states watched, the generic secret names stripped, no tree. */
    public static final CachePolicy BASE = new CachePolicy(Map.of(), Set.of(), Map.of(), Set.of());

    public CachePolicy {
        watched = lowerKeys(watched).entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue()))));
        secretFields = secretFields.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        unsearched = lowerKeys(unsearched).entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        treeKinds = Set.copyOf(treeKinds);
    }

    /** The tree's kinds' codes, for SQL. */
    List<String> treeKindCodes() {
        return treeKinds.stream().map(ResourceKind::code).sorted().toList();
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> byType) {
        Map<String, V> out = new LinkedHashMap<>();
        byType.forEach((type, v) -> out.put(type.toLowerCase(Locale.ROOT), v));
        return out;
    }
}
