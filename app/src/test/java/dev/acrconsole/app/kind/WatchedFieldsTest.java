package dev.acrconsole.app.kind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.ListingContent;
import dev.acrconsole.cache.ResourceStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field a kind says matters is seen changing: for each watched field of each kind, a refresh that finds it
 * changed writes one change with the field's label and both values, in a real cache. And the registry watches the
 * settings that decide who gets in and what it costs.
 */
class WatchedFieldsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CacheScope SCOPE = new CacheScope("watched", "AzureCloud");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> eachWatchedFieldOfEachKindIsLoggedWhenItChanges() {
        List<DynamicTest> tests = new ArrayList<>();
        for (KindDescriptor<?> kind : Kinds.CATALOG.all()) {
            for (Watched w : kind.watched()) {
                tests.add(DynamicTest.dynamicTest(kind.kind().code() + ": " + w.label(), () -> assertLogged(kind, w)));
            }
        }
        return tests.stream();
    }

    @Test
    void aRegistryWatchesItsAccessNetworkCostAndDataSettings() {
        assertThat(new RegistryKind().watched()).extracting(Watched::label).contains("Admin user", "Anonymous pull",
                "Public network access", "Network default action", "IP rules", "Trusted services bypass", "Data endpoint",
                "Quarantine policy", "Content trust policy", "Retention policy", "Export policy", "Entra auth as ARM", "SKU",
                "Encryption", "Encryption key", "Zone redundancy");
    }

    private void assertLogged(KindDescriptor<?> kind, Watched field) {
        Path data = dir.resolve(kind.kind().code() + "-" + field.label().replaceAll("\\W", ""));
        try (CacheDatabase db = CacheDatabase.open(data, Kinds.CATALOG.cachePolicy())) {
            ResourceStore store = new ResourceStore(db);
            String id = idOf(kind);
            String listing = kind.listingKey(id);
            replace(store, kind, listing, json(kind, id, field.path(), "before-value"), Instant.parse("2026-12-01T00:00:00Z"));
            replace(store, kind, listing, json(kind, id, field.path(), "after-value"), Instant.parse("2026-12-02T00:00:00Z"));
            List<Change> changes = new Changes(db).list(new Changes.Query(null, null, null, Change.What.changed, field.label(),
                    null, 10));
            assertThat(changes).as("a change of %s is logged", field.path()).singleElement().satisfies(c -> {
                assertThat(c.before()).isEqualTo("before-value");
                assertThat(c.after()).isEqualTo("after-value");
                assertThat(c.kind()).isEqualTo(kind.kind().code());
            });
        }
    }

    private static void replace(ResourceStore store, KindDescriptor<?> kind, String listing, ObjectNode json, Instant at) {
        CachedResource row = kind.fromArm(SCOPE, "t", json, at);
        store.replaceListings(SCOPE, List.of(new ListingContent(listing, kind.kind(), List.of(row))), at);
    }

    /** An id of the kind's ARM type: /tenants/t, /subscriptions/s, .../resourceGroups/g, .../providers/NS/type/name... */
    private static String idOf(KindDescriptor<?> kind) {
        String[] parts = kind.armType().split("/");
        if (kind.armType().equalsIgnoreCase("Microsoft.Resources/tenants")) {
            return "/tenants/t";
        }
        if (kind.armType().equalsIgnoreCase("Microsoft.Resources/subscriptions")) {
            return "/subscriptions/s";
        }
        if (kind.armType().equalsIgnoreCase("Microsoft.Resources/resourceGroups")) {
            return "/subscriptions/s/resourceGroups/g";
        }
        StringBuilder id = new StringBuilder("/subscriptions/s/resourceGroups/g/providers/").append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            id.append('/').append(parts[i]).append("/n").append(i);
        }
        return id.toString();
    }

    /** The resource's JSON with {@code value} at the watched path ({@code a.b[].c}: an array of one object). */
    private static ObjectNode json(KindDescriptor<?> kind, String id, String path, String value) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", id).put("name", id.substring(id.lastIndexOf('/') + 1)).put("type", kind.armType());
        root.put("tenantId", "t").put("subscriptionId", "s");
        String[] segments = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean array = segment.endsWith("[]") || segment.endsWith("[*]");
            String name = segment.replace("[]", "").replace("[*]", "");
            boolean last = i == segments.length - 1;
            if (array) {
                ArrayNode items = node.withArray(name);
                if (last) {
                    items.add(value);
                } else {
                    node = items.addObject();
                }
            } else if (last) {
                node.put(name, value);
            } else {
                node = node.with(name);
            }
        }
        return root;
    }
}
