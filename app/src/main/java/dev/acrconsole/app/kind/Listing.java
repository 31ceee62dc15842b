package dev.acrconsole.app.kind;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.cache.ResourceKind;

/**
 * How a kind's resources are listed: from ARM (the collection's path and api-version, read as ARM's JSON, every
 * nextLink page: {@link dev.acrconsole.app.arm.ArmPages}) or from a registry's data plane ({@link Contents}), and when
 * a refresh reads it.
 */
public sealed interface Listing {
    /** The path of the first page, with its api-version, for a listing {@code under} a parent id (or a subscription id). */
    String firstPage(String under);

    /**
     * The account's own collections: tenants, subscriptions (read first, by the refresh itself).
     *
     * @param key the listing's key when the whole account's token lists it
     */
    record Root(String path, String apiVersion, String key) implements Listing {
        @Override
        public String firstPage(String under) {
            return path + ApiVersions.query(apiVersion);
        }
    }

    /**
     * A collection read for a whole subscription, in every refresh: its resource groups, its registries.
     *
     * @param path the collection below {@code /subscriptions/{id}}, e.g. {@code /providers/Microsoft.ContainerRegistry/registries}
     * @param name the listing's name in its key, e.g. "registries"
     */
    record PerSubscription(String path, String apiVersion, String name) implements Listing {
        @Override
        public String firstPage(String subscriptionId) {
            return "/subscriptions/" + subscriptionId + path + ApiVersions.query(apiVersion);
        }

        public String key(String subscriptionId) {
            return ListingKeys.ofSubscription(subscriptionId, name);
        }
    }

    /** A collection below a parent: the tree shows it as a folder of the parent, named by the kind's title. */
    sealed interface Below extends Listing {
        ResourceKind parent();

        When when();
    }

    /**
     * A collection below a parent resource, e.g. a registry's tokens ({@code collection} "tokens").
     *
     * @param carriedAs the field of the parent's {@code properties} that carries these resources too, or null
     */
    record Children(ResourceKind parent, String collection, String apiVersion, When when, String carriedAs)
            implements Below {
        public Children(ResourceKind parent, String collection, String apiVersion, When when) {
            this(parent, collection, apiVersion, when, null);
        }

        @Override
        public String firstPage(String parentId) {
            return parentId + "/" + collection + ApiVersions.query(apiVersion);
        }
    }

    /**
     * What is in a registry, from its data plane (ACR's {@code /acr/v1} API, every {@code Link} page): its repositories
     * (below the registry, {@code collection} "_catalog") or a repository's tags or manifests ("_tags", "_manifests").
     *
     * @param field    the array each page holds: "repositories", "tags", "manifests"
     * @param readEach whether each item is only a name whose own attributes are read (the catalog lists names)
     */
    record Contents(ResourceKind parent, String collection, String field, boolean readEach, When when) implements Below {
        @Override
        public String firstPage(String parentId) {
            return "_catalog".equals(collection) ? "/acr/v1/_catalog"
                    : "/acr/v1/" + ContentIds.repositoryName(parentId) + "/" + collection;
        }
    }

    /** When a refresh reads a collection below a parent. */
    enum When {
        /** Every refresh, right after its parent's listing (few and small: an instance's registry endpoints). */
        WITH_PARENT,
        /** When its folder is first opened, and then in every refresh. */
        ONCE_OPENED,
        /** With its parent's JSON, which carries it; on its own only when its folder is opened. */
        IN_PARENT,
        /** A page at a time, by the page that shows it (runs are history); never by a refresh. */
        BY_PAGE
    }
}
