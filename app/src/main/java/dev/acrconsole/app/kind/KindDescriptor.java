package dev.acrconsole.app.kind;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ReplaceWatch;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the app knows of one kind of resource, in one place: its ARM type and names, how it is listed, how a
 * cached row becomes its typed details, the columns of its table and the fields of its detail pane, which of its
 * fields are secrets, whose changes matter and what is not searched. One subclass per kind, in that kind's package,
 * listed once in the kind registry ({@code dev.acrconsole.app.catalog.Kinds}).
 *
 * @param <D> the kind's typed details, parsed once per row from its cached JSON
 */
public abstract class KindDescriptor<D> {
    private final ResourceKind kind;
    private final String armType;
    private final String title;
    private final String label;
    private final Listing listing;

    /**
     * @param armType ARM's type, e.g. {@code Microsoft.ContainerRegistry/registries/tokens}
     * @param title   what a collection of them is called: "Tokens"
     * @param label   what one of them is called: "Token"
     */
    protected KindDescriptor(ResourceKind kind, String armType, String title, String label, Listing listing) {
        this.kind = kind;
        this.armType = armType;
        this.title = title;
        this.label = label;
        this.listing = listing;
    }

    public final ResourceKind kind() {
        return kind;
    }

    public final String armType() {
        return armType;
    }

    public final String title() {
        return title;
    }

    public final String label() {
        return label;
    }

    public final Listing listing() {
        return listing;
    }

    /** The typed details of a cached row, from its JSON (never throws on missing or unknown values). */
    protected abstract D details(CachedResource resource);

    /** The detail pane's fields. */
    protected abstract List<DetailField> fields(Row row, D details);

    /**
     * The {@code az} command line equivalent to each of the kind's actions, by the action's id (as its ui descriptor
     * names it); none unless the kind lists them (see {@link AzCommand}).
     */
    public java.util.Map<String, Function<Row, String>> azCommands() {
        return java.util.Map.of();
    }

    /** The columns of the kind's table, in order. */
    public List<TableColumn> columns() {
        return List.of(new TableColumn("Name", Row::name), new TableColumn("Provisioning", Row::provisioningState));
    }

    /** The fields whose changes the change log records (the provisioning state unless a kind says more). */
    public List<Watched> watched() {
        return List.of(Watched.PROVISIONING);
    }

    /**
     * A watched field's value as What changed shows it (the field by its {@link Watched#label}); the change log keeps
     * it whole. As it is unless a kind shows it shorter (a tag's digest as tables show it).
     */
    public String changeValue(String field, String value) {
        return value;
    }

    /** Field names that hold secrets in this kind's JSON (beyond the cache's generic ones): never cached. */
    public Set<String> secretFields() {
        return Set.of();
    }

    /**
     * Top-level (or {@code properties.}) field names of this kind's JSON left out of its search document: a value every
     * row repeats (a tag's login server) would make a search for it list the whole registry's contents.
     */
    public Set<String> unsearched() {
        return Set.of();
    }

    /** Whether rows of this kind are nodes of the navigation tree (else they show in their parent's folders). */
    public boolean inTree() {
        return false;
    }

    /** The detail pane's title for a row (its name unless a kind knows better). */
    protected String title(Row row, D details) {
        return row.name();
    }

    /** Watches the rows a write replaces (a connected registry's state history); none unless a kind says so. */
    public ReplaceWatch watch() {
        return ReplaceWatch.NONE;
    }

    /** Whether a selected row has more to read than its listing carries ({@link #readMore}). */
    public boolean readsMore() {
        return false;
    }

    /**
     * Reads what the listing does not carry (a task's full details from ARM, an agent pool's queue, a manifest's
     * document and referrers from its registry's data plane), updating the cache where it keeps it; returns the detail
     * fields to show. Blocks on the network: background only.
     */
    public List<DetailField> readMore(ReadContext reads, Row row) {
        return describe(row).fields();
    }

    /** How the kind's table is sorted until the user sorts it otherwise; null: as the cache lists the rows. */
    public SortBy defaultSort() {
        return null;
    }

    /** The rows in the order of {@code keys} (the first decides, the next break ties); null when there is none. */
    public final java.util.Comparator<Row> order(List<SortBy> keys) {
        java.util.Comparator<Row> order = null;
        for (SortBy key : keys) {
            TableColumn column = columns().stream().filter(c -> c.header().equals(key.column())).findFirst().orElse(null);
            if (column != null) {
                java.util.Comparator<Row> by = key.descending() ? column.order().reversed() : column.order();
                order = order == null ? by : order.thenComparing(by);
            }
        }
        return order;
    }

    // ---- what the base does with the above; kinds rarely override these ----

    /** The row with its typed details, parsed once. */
    public final Row row(CachedResource resource) {
        return new Row(resource, details(resource));
    }

    /** What the detail pane shows of a row of this kind. */
    public final ResourceDetails describe(Row row) {
        D d = cast(row);
        return new ResourceDetails(title(row, d), label(), fields(row, d), row.fetchedAt());
    }

    /** A column reading this kind's typed details. */
    protected final TableColumn column(String header, Function<D, String> value) {
        return new TableColumn(header, row -> value.apply(cast(row)));
    }

    /** A column reading this kind's typed details that sorts by {@code key} (a time's instant), not by its text. */
    protected final TableColumn column(String header, Function<D, String> value, Function<D, ? extends Comparable<?>> key) {
        return new TableColumn(header, row -> value.apply(cast(row)), row -> key.apply(cast(row)));
    }

    @SuppressWarnings("unchecked")
    private D cast(Row row) {
        return (D) row.details(); // made by this descriptor's details()
    }

    /**
     * A cache row from ARM's JSON of one resource of this kind, seen by {@code tenantId}'s token in {@code scope}. Kinds
     * above resource groups (tenants, subscriptions, groups) override it; the rest are named by their ARM id.
     */
    public CachedResource fromArm(CacheScope scope, String tenantId, JsonNode r, Instant at) {
        String id = r.path("id").asText();
        return new CachedResource(scope, id, kind(), r.path("name").asText(ArmIds.name(id)), Json.text(r, "type"), tenantId,
                ArmIds.subscription(id), ArmIds.resourceGroup(id), Json.text(r, "location"), Json.text(r.path("sku"), "name"),
                Json.text(r.path("properties"), "provisioningState"), parentOf(id), r.toString(), at);
    }

    /**
     * A cache row from one item of a data-plane listing below {@code parent} (the contents of a registry: repositories,
     * tags, manifests). Only kinds listed from a data plane make them.
     */
    public CachedResource fromDataPlane(CachedResource parent, JsonNode item, Instant at) {
        throw new UnsupportedOperationException(kind() + " is not listed from a registry's data plane");
    }

    /**
     * A row for something in a registry, below {@code parent}: it takes the parent's tenant, subscription and group.
     * {@code item} is kept as the registry sent it, with the registry's login server and the repository's name added
     * where a page carried them only once ({@code registry}, {@code imageName}), so the row alone can say its pull
     * reference.
     */
    protected final CachedResource contentRow(CachedResource parent, String id, String name, JsonNode item, Instant at) {
        String json = item.toString();
        JsonNode above = parent.json() == null ? null : Json.read(parent.json());
        if (item.isObject() && !item.has("registry") && above != null && above.has("registry")) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = item.deepCopy();
            copy.set("registry", above.get("registry"));
            copy.set("imageName", above.path("imageName"));
            json = copy.toString();
        }
        return new CachedResource(parent.scope(), id, kind(), name, armType(), parent.tenantId(), parent.subscriptionId(),
                parent.resourceGroup(), null, null, null, ContentIds.parent(id), json, at);
    }

    /** The node a resource of this kind sits under: the resource its id is nested in, unless a kind says otherwise. */
    protected String parentOf(String id) {
        return listing() instanceof Listing.Contents ? ContentIds.parent(id) : ArmIds.parent(id);
    }

    /** For kinds that sit directly in a resource group (registries, instances): that group's id. */
    protected static String resourceGroupOf(String id) {
        String group = ArmIds.resourceGroup(id);
        // Not an ARM id (a generated example's filler): no parent to name.
        return group == null ? null : "/subscriptions/" + ArmIds.subscription(id) + "/resourceGroups/" + group;
    }

    /** The listing a resource of this kind, with this id, belongs to. */
    public String listingKey(String id) {
        return switch (listing()) {
            case Listing.Root root -> root.key();
            case Listing.PerSubscription s -> s.key(ArmIds.subscription(id));
            case Listing.Children c -> ListingKeys.children(ArmIds.parent(id), kind());
            case Listing.Contents c -> ListingKeys.children(parentOf(id), kind());
        };
    }

    /**
     * The key of this kind's listing under {@code under}: a subscription's id for a kind listed per subscription, a
     * parent's id for a collection below one; ignored for the account's own (tenants, subscriptions).
     */
    public String listingUnder(String under) {
        return switch (listing()) {
            case Listing.Root root -> root.key();
            case Listing.PerSubscription s -> s.key(under);
            case Listing.Children c -> ListingKeys.children(under, kind());
            case Listing.Contents c -> ListingKeys.children(under, kind());
        };
    }

    @Override
    public String toString() {
        return kind().code();
    }
}
