package dev.acrconsole.cache;

/**
 * The few columns the navigation tree needs, read without the JSON so large trees load fast.
 * {@code parentKey} is the lower-cased id of the parent node (see {@link CachedResource#idKey}).
 */
public record NavigationRow(CacheScope scope, String id, ResourceKind kind, String name, String parentKey, String sku,
                            String location, String tenantId) {}
