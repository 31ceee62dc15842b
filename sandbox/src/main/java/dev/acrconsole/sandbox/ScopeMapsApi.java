package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A registry's scope maps: list, get, create (PUT), update (PATCH), delete. The {@code _repositories_*} maps are
 * ACR's own and cannot be changed or deleted.
 */
final class ScopeMapsApi extends ChildApi {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]*");

    ScopeMapsApi(RegistryChildren children) {
        super(children, EdgeJson.SCOPE_MAPS, "scopeMapName", ApiVersions.SCOPE_MAPS);
    }

    @Override
    protected Response put(Request r) {
        RegistryChildren.checkName("scope map", r.var("scopeMapName"), NAME, "letters, digits, '-' and '_'");
        String id = id(r);
        JsonNode p = Bodies.json(r).path("properties");
        ObjectNode old = state.get(id).orElse(null);
        if (old != null) {
            refuseSystem(old);
        }
        ObjectNode made = EdgeJson.scopeMap(id, p.path("description").asText(null), actions(p.path("actions")), false,
                children.clock.instant(), "Creating");
        return accepted(r, id, old, made);
    }

    @Override
    protected Response patch(Request r) {
        ObjectNode current = item(r);
        refuseSystem(current);
        JsonNode p = Bodies.json(r).path("properties");
        ObjectNode next = current.deepCopy();
        ObjectNode props = (ObjectNode) next.get("properties");
        if (p.has("description")) {
            props.put("description", p.path("description").asText());
        }
        if (p.has("actions")) {
            ArrayNode list = props.putArray("actions");
            actions(p.get("actions")).forEach(list::add);
        }
        return updating(r, current.path("id").asText(), next);
    }

    @Override
    protected Response delete(Request r) {
        state.get(id(r)).ifPresent(ScopeMapsApi::refuseSystem);
        return super.delete(r);
    }

    /**
     * At least one action, each a non-blank string. ACR documents actions as repositories/<repo>/content/read, ...,
     * but Microsoft's own examples send forms such as repositories/<repo>/contentWrite, and no refusal of other forms
     * is documented: the sandbox keeps what it is sent.
     */
    private static List<String> actions(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            throw Bodies.invalid("properties.actions", "A scope map needs at least one action.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode a : list) {
            if (!a.isTextual() || a.asText().isBlank()) {
                throw Bodies.invalid("properties.actions", "Each action is a string such as repositories/<repository>/content/read.");
            }
            out.add(a.asText());
        }
        return out;
    }

    private static void refuseSystem(ObjectNode scopeMap) {
        if ("SystemDefined".equals(scopeMap.at("/properties/type").asText())) {
            throw new ArmException(400, "CannotModifySystemScopeMap", "The scope map '" + scopeMap.path("name").asText()
                    + "' is defined by the system and cannot be changed or deleted.");
        }
    }
}
