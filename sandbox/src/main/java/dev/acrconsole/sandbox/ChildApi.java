package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The routes of one collection below a registry: list (paged), get, create (PUT), update (PATCH), delete. Subclasses
 * say how a PUT and a PATCH change the state; a delete is ARM's 202 + Location unless a subclass refuses it.
 */
abstract class ChildApi {

    protected final RegistryChildren children;
    protected final ResourceState state;
    protected final String collection;
    protected final ApiVersions versions;
    private final String nameVar;

    ChildApi(RegistryChildren children, String collection, String nameVar, ApiVersions versions) {
        this.children = children;
        this.state = children.state;
        this.collection = collection;
        this.nameVar = nameVar;
        this.versions = versions;
    }

    void register(Router router) {
        String path = RegistryChildren.REGISTRY_PATH + "/" + collection;
        String item = path + "/{" + nameVar + "}";
        router.get(path, versions, this::list);
        router.get(item, versions, r -> Response.ok(shown(r, item(r))));
        router.add("PUT", item, versions, this::put);
        router.add("PATCH", item, versions, this::patch);
        router.add("DELETE", item, versions, this::delete);
    }

    protected Response list(Request r) {
        return children.pager.page(r, state.children(children.collectionId(r, collection)), n -> shown(r, n));
    }

    /** The resource as the request's api-version shows it; the state holds the newest version's shape. */
    protected ObjectNode shown(Request r, ObjectNode resource) {
        return resource;
    }

    protected ObjectNode item(Request r) {
        return children.item(r, collection, nameVar);
    }

    /** The id the request's name stands for, whether or not it exists. */
    protected String id(Request r) {
        return children.collectionId(r, collection) + "/" + r.var(nameVar);
    }

    protected abstract Response put(Request r);

    protected abstract Response patch(Request r);

    protected Response delete(Request r) {
        return children.lifecycle.delete(r, id(r));
    }

    /**
     * Answers a PUT of {@code made} over {@code old} (null: a new one): Creating or Updating until the operation ends.
     * A PUT replaces what the client may set, not when the resource was made.
     */
    protected Response accepted(Request r, String id, ObjectNode old, ObjectNode made) {
        ObjectNode p = (ObjectNode) made.get("properties");
        p.put("provisioningState", old == null ? "Creating" : "Updating");
        if (old != null && old.at("/properties/creationDate").isTextual()) {
            p.set("creationDate", old.at("/properties/creationDate").deepCopy());
        }
        SystemData.carry(old, made);
        SystemData.stamp(made, r, children.clock.instant());
        state.put(id, made);
        return children.operations.acceptPut(r, id, old == null ? 201 : 200, shown(r, made.deepCopy()),
                children.lifecycle.settle(id, null));
    }

    /** Answers a PATCH: ARM shows the resource as it was, Updating, until {@code next} lands with the operation. */
    protected Response updating(Request r, String id, ObjectNode next) {
        SystemData.stamp(next, r, children.clock.instant());
        children.lifecycle.provisioningState(id, "Updating");
        return children.operations.acceptPut(r, id, 200, shown(r, state.get(id).orElseThrow()),
                children.lifecycle.settle(id, next));
    }
}
