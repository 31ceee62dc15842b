package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a registry answers besides itself: its usages (storage and webhooks against the SKU's limits), the admin
 * user's credentials (listCredentials, regenerateCredential; ACR refuses both while the admin user is disabled), and
 * its private link resources (the one group, {@code registry}, that private endpoints connect to).
 */
final class RegistryActionsApi implements Kept {

    private static final String USAGES = "RegistryListUsages.json";
    private static final ObjectNode PRIVATE_LINK = ArmJson.body("RegistryGetPrivateLinkResource.json");
    private static final ObjectNode CREDENTIALS = ArmJson.body("RegistryListCredentials.json");
    /** ACR's included storage and webhooks per SKU (its documented service tiers). */
    private static final Map<String, long[]> LIMITS = Map.of(
            "Basic", new long[] {10L << 30, 2}, "Standard", new long[] {100L << 30, 10}, "Premium", new long[] {500L << 30, 500},
            "Classic", new long[] {10L << 30, 2});

    private final RegistryChildren children;
    private final TokenPasswords values;
    /** The admin user's two passwords, by registry id (lower case), made when first asked for. */
    private final Map<String, String[]> adminPasswords = new ConcurrentHashMap<>();

    RegistryActionsApi(RegistryChildren children, TokenPasswords values) {
        this.children = children;
        this.values = values;
    }

    void register(Router router) {
        String registry = RegistryChildren.REGISTRY_PATH;
        router.get(registry + "/listUsages", ApiVersions.REGISTRIES, this::usages);
        router.add("POST", registry + "/listCredentials", ApiVersions.REGISTRIES, r -> credentials(r, null));
        router.add("POST", registry + "/regenerateCredential", ApiVersions.REGISTRIES,
                r -> credentials(r, Bodies.json(r, Enums.REGENERATE_CREDENTIAL).path("name").asText(null)));
        router.get(registry + "/privateLinkResources", ApiVersions.PRIVATE_LINK_RESOURCES,
                r -> children.pager.page(r, List.of(privateLink(children.registry(r))), n -> n));
        router.get(registry + "/privateLinkResources/{groupName}", ApiVersions.PRIVATE_LINK_RESOURCES, r -> {
            ObjectNode reg = children.registry(r);
            if (!r.var("groupName").equalsIgnoreCase("registry")) {
                throw ArmException.resourceNotFound(RegistriesApi.TYPE + "/" + reg.path("name").asText() + "/privateLinkResources",
                        r.var("groupName"), r.var("resourceGroupName"));
            }
            return Response.ok(privateLink(reg));
        });
    }

    private Response usages(Request r) {
        ObjectNode registry = children.registry(r);
        long[] limits = LIMITS.getOrDefault(registry.at("/sku/name").asText(), LIMITS.get("Basic"));
        ObjectNode body = ArmJson.body(USAGES);
        ArrayNode value = (ArrayNode) body.get("value");
        // The sandbox holds no images: its registries use no storage.
        ((ObjectNode) value.get(0)).put("limit", limits[0]).put("currentValue", 0);
        ((ObjectNode) value.get(1)).put("limit", limits[1])
                .put("currentValue", children.state.children(registry.path("id").asText() + "/webhooks").size());
        return Response.ok(body);
    }

    private Response credentials(Request r, String regenerate) {
        ObjectNode registry = children.registry(r);
        if (regenerate != null && !regenerate.equals("password") && !regenerate.equals("password2")) {
            throw Bodies.invalid("name", "The password name '" + regenerate + "' is not valid. Valid values are password, password2.");
        }
        String id = registry.path("id").asText();
        if (!registry.at("/properties/adminUserEnabled").asBoolean(false)) {
            throw new ArmException(400, "UnAuthorizedForCredentialOperations", "Cannot perform credential operations for "
                    + id + " as admin user is disabled. Kindly enable admin user as per docs: "
                    + "https://docs.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account");
        }
        String[] passwords = passwords(id);
        synchronized (passwords) {
            if (regenerate != null) {
                passwords[regenerate.equals("password") ? 0 : 1] = values.next();
                children.state.touch();
            }
            ObjectNode body = CREDENTIALS.deepCopy();
            body.put("username", registry.path("name").asText());
            ((ObjectNode) body.at("/passwords/0")).put("value", passwords[0]);
            ((ObjectNode) body.at("/passwords/1")).put("value", passwords[1]);
            return Response.ok(body);
        }
    }

    /** The admin user's two passwords, made when first asked for (by listCredentials or the data plane). */
    private String[] passwords(String registryId) {
        return adminPasswords.computeIfAbsent(registryId.toLowerCase(Locale.ROOT), k -> {
            children.state.touch();
            return new String[] {values.next(), values.next()};
        });
    }

    /**
     * The admin user's first password, for a data-plane login, while the registry exists and its admin user is
     * enabled: the same value listCredentials answers.
     */
    java.util.Optional<String> adminPassword(String registryId) {
        return children.state.get(registryId).filter(r -> r.at("/properties/adminUserEnabled").asBoolean(false))
                .map(r -> {
                    String[] p = passwords(registryId);
                    synchronized (p) {
                        return p[0];
                    }
                });
    }

    /** Whether {@code password} is one of the admin user's two, while its admin user is enabled. */
    boolean isAdminPassword(String registryId, String password) {
        if (password == null || children.state.get(registryId)
                .filter(r -> r.at("/properties/adminUserEnabled").asBoolean(false)).isEmpty()) {
            return false;
        }
        String[] p = adminPasswords.get(registryId.toLowerCase(Locale.ROOT));
        if (p == null) {
            return false; // nobody asked for them yet, so nobody knows them
        }
        synchronized (p) {
            return password.equals(p[0]) || password.equals(p[1]);
        }
    }

    @Override
    public String section() {
        return "adminPasswords";
    }

    /** The sandbox's own secrets: kept in its state file (never by the console), so listCredentials answers as before. */
    @Override
    public JsonNode save() {
        ObjectNode out = ArmJson.MAPPER.createObjectNode();
        adminPasswords.forEach((id, p) -> {
            synchronized (p) {
                out.putArray(id).add(p[0]).add(p[1]);
            }
        });
        return out;
    }

    @Override
    public void restore(JsonNode saved) {
        adminPasswords.clear();
        saved.properties().forEach(e -> {
            if (e.getValue().size() != 2) {
                throw new StateFile.Unreadable("the admin passwords of " + e.getKey() + " are not two");
            }
            adminPasswords.put(e.getKey(), new String[] {e.getValue().get(0).asText(), e.getValue().get(1).asText()});
        });
    }

    @Override
    public void clear() {
        adminPasswords.clear();
    }

    private static ObjectNode privateLink(JsonNode registry) {
        ObjectNode n = PRIVATE_LINK.deepCopy();
        n.put("id", registry.path("id").asText() + "/privateLinkResources/registry");
        ArrayNode members = ((ObjectNode) n.get("properties")).putArray("requiredMembers");
        members.add("registry").add("registry_data_" + registry.path("location").asText());
        return n;
    }
}
