package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sandbox's resources. Immutable; lookups ignore case like ARM does. Each record renders its ARM JSON on
 * demand ({@code json()} returns a fresh node each call) so that 100k generated registries stay small in memory.
 */
public final class SandboxData {

    public record Tenant(String tenantId, String displayName, String defaultDomain, String countryCode) {
        public String id() {
            return "/tenants/" + tenantId;
        }

        public ObjectNode json() {
            return ArmJson.tenant(this);
        }
    }

    public record Subscription(String subscriptionId, String tenantId, String displayName, String quotaId,
                               Map<String, String> tags) {
        public Subscription {
            tags = ordered(tags);
        }

        public String id() {
            return "/subscriptions/" + subscriptionId;
        }

        public ObjectNode json() {
            return ArmJson.subscription(this);
        }
    }

    public record ResourceGroup(String subscriptionId, String name, String location, Map<String, String> tags) {
        public ResourceGroup {
            tags = ordered(tags);
        }

        public String id() {
            return "/subscriptions/" + subscriptionId + "/resourceGroups/" + name;
        }

        public ObjectNode json() {
            return ArmJson.resourceGroup(this);
        }
    }

    /**
     * A container registry. The constructor refuses combinations ACR itself refuses (e.g. zone redundancy
     * outside Premium) so the sample never shows the UI something impossible.
     *
     * @param sku           Basic, Standard or Premium
     * @param retentionDays untagged-manifest retention in days; 0 means the policy is disabled
     */
    public record Registry(String subscriptionId, String resourceGroup, String name, String location, String sku,
                           Instant creationDate, boolean adminUserEnabled, boolean publicNetworkAccess,
                           boolean zoneRedundancy, boolean dataEndpointEnabled, boolean anonymousPullEnabled,
                           int retentionDays, Map<String, String> tags) {

        private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]{5,50}");
        private static final Set<String> SKUS = Set.of("Basic", "Standard", "Premium");

        public Registry {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("registry name must be 5-50 letters or digits: " + name);
            }
            if (!SKUS.contains(sku)) {
                throw new IllegalArgumentException("unknown sku " + sku);
            }
            boolean premium = sku.equals("Premium");
            if (!premium && (zoneRedundancy || dataEndpointEnabled || !publicNetworkAccess)) {
                throw new IllegalArgumentException(name + ": zone redundancy, data endpoints and private-only access need Premium");
            }
            if (anonymousPullEnabled && sku.equals("Basic")) {
                throw new IllegalArgumentException(name + ": anonymous pull needs Standard or Premium");
            }
            if (retentionDays > 0 && !premium) {
                throw new IllegalArgumentException(name + ": the retention policy needs Premium");
            }
            if (retentionDays < 0 || retentionDays > 365) {
                throw new IllegalArgumentException(name + ": retention days must be 0..365");
            }
            tags = ordered(tags);
        }

        public String id() {
            return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                    + "/providers/Microsoft.ContainerRegistry/registries/" + name;
        }

        public String loginServer() {
            return name.toLowerCase(Locale.ROOT) + ".azurecr.io";
        }

        public ObjectNode json() {
            return ArmJson.registry(this);
        }
    }

    /**
     * A private endpoint (in some network) asking to reach a registry, and the registry owner's answer to it.
     *
     * @param status Approved, Pending, Rejected or Disconnected
     */
    public record PrivateEndpointConnection(String registryId, String name, String privateEndpointId, String status,
                                            String description) {

        private static final Set<String> STATUSES = Set.of("Approved", "Pending", "Rejected", "Disconnected");

        public PrivateEndpointConnection {
            if (!STATUSES.contains(status)) {
                throw new IllegalArgumentException("unknown connection status " + status);
            }
        }

        public String id() {
            return registryId + "/privateEndpointConnections/" + name;
        }

        public ObjectNode json() {
            return ArmJson.privateEndpointConnection(this);
        }
    }

    private record GroupIndex(ResourceGroup group, List<Registry> registries, Map<String, Registry> byName) {}

    private record SubscriptionIndex(Subscription subscription, List<ResourceGroup> groups, List<Registry> registries,
                                     Map<String, GroupIndex> groupsByName) {}

    private final List<Tenant> tenants;
    private final List<Subscription> subscriptions;
    private final List<ResourceGroup> resourceGroups;
    private final List<Registry> registries;
    private final List<PrivateEndpointConnection> privateEndpointConnections;
    private final IotOperationsData iotOperations;
    private final TasksData tasks;
    private final Map<String, SubscriptionIndex> bySubscription = new HashMap<>();

    SandboxData(List<Tenant> tenants, List<Subscription> subscriptions, List<ResourceGroup> resourceGroups,
                List<Registry> registries) {
        this(tenants, subscriptions, resourceGroups, registries, List.of());
    }

    SandboxData(List<Tenant> tenants, List<Subscription> subscriptions, List<ResourceGroup> resourceGroups,
                List<Registry> registries, List<PrivateEndpointConnection> privateEndpointConnections) {
        this(tenants, subscriptions, resourceGroups, registries, privateEndpointConnections, IotOperationsData.none(),
                TasksData.none());
    }

    SandboxData(List<Tenant> tenants, List<Subscription> subscriptions, List<ResourceGroup> resourceGroups,
                List<Registry> registries, List<PrivateEndpointConnection> privateEndpointConnections,
                IotOperationsData iotOperations) {
        this(tenants, subscriptions, resourceGroups, registries, privateEndpointConnections, iotOperations, TasksData.none());
    }

    SandboxData(List<Tenant> tenants, List<Subscription> subscriptions, List<ResourceGroup> resourceGroups,
                List<Registry> registries, List<PrivateEndpointConnection> privateEndpointConnections, TasksData tasks) {
        this(tenants, subscriptions, resourceGroups, registries, privateEndpointConnections, IotOperationsData.none(), tasks);
    }

    SandboxData(List<Tenant> tenants, List<Subscription> subscriptions, List<ResourceGroup> resourceGroups,
                List<Registry> registries, List<PrivateEndpointConnection> privateEndpointConnections,
                IotOperationsData iotOperations, TasksData tasks) {
        this.iotOperations = iotOperations;
        this.tasks = tasks;
        this.tenants = List.copyOf(tenants);
        this.subscriptions = List.copyOf(subscriptions);
        this.resourceGroups = List.copyOf(resourceGroups);
        this.registries = List.copyOf(registries);
        this.privateEndpointConnections = List.copyOf(privateEndpointConnections);
        index();
        indexIotOperations();
    }

    /** Builds the default sample (scale null) or a generated data set of the given scale. */
    public static SandboxData generate(Scale scale, long seed) {
        return scale == null ? DefaultSample.build(seed) : ScaleSample.build(scale, seed);
    }

    private void index() {
        Set<String> tenantIds = new HashSet<>();
        tenants.forEach(t -> tenantIds.add(key(t.tenantId())));
        for (Subscription s : subscriptions) {
            if (!tenantIds.contains(key(s.tenantId()))) {
                throw new IllegalArgumentException("subscription " + s.subscriptionId() + " names unknown tenant " + s.tenantId());
            }
            if (bySubscription.put(key(s.subscriptionId()),
                    new SubscriptionIndex(s, new ArrayList<>(), new ArrayList<>(), new HashMap<>())) != null) {
                throw new IllegalArgumentException("duplicate subscription " + s.subscriptionId());
            }
        }
        for (ResourceGroup g : resourceGroups) {
            SubscriptionIndex s = required(g.subscriptionId());
            s.groups().add(g);
            if (s.groupsByName().put(key(g.name()), new GroupIndex(g, new ArrayList<>(), new HashMap<>())) != null) {
                throw new IllegalArgumentException("duplicate resource group " + g.id());
            }
        }
        for (Registry r : registries) {
            SubscriptionIndex s = required(r.subscriptionId());
            GroupIndex g = s.groupsByName().get(key(r.resourceGroup()));
            if (g == null) {
                throw new IllegalArgumentException("registry " + r.name() + " names unknown resource group " + r.resourceGroup());
            }
            s.registries().add(r);
            g.registries().add(r);
            if (g.byName().put(key(r.name()), r) != null) {
                throw new IllegalArgumentException("duplicate registry " + r.id());
            }
        }
    }

    private void indexIotOperations() {
        for (IotOperationsData.Instance i : iotOperations.instances()) {
            if (!required(i.subscriptionId()).groupsByName().containsKey(key(i.resourceGroup()))) {
                throw new IllegalArgumentException("instance " + i.name() + " names unknown resource group " + i.resourceGroup());
            }
        }
    }

    private SubscriptionIndex required(String subscriptionId) {
        SubscriptionIndex s = bySubscription.get(key(subscriptionId));
        if (s == null) {
            throw new IllegalArgumentException("unknown subscription " + subscriptionId);
        }
        return s;
    }

    public List<Tenant> tenants() {
        return tenants;
    }

    public List<Subscription> subscriptions() {
        return subscriptions;
    }

    /** Every resource group, in the order the list calls return them. */
    public List<ResourceGroup> resourceGroups() {
        return resourceGroups;
    }

    /** Every registry, grouped by subscription in the order the list calls return them. */
    public List<Registry> registries() {
        return registries;
    }

    /** The sample's private endpoint connections, as they were when the sandbox started. */
    public List<PrivateEndpointConnection> privateEndpointConnections() {
        return privateEndpointConnections;
    }

    /** The sample's IoT Operations instances and registry endpoints, as they were when the sandbox started. */
    public IotOperationsData iotOperations() {
        return iotOperations;
    }

    /** The sample's tasks, agent pools, task runs and runs, as they were when the sandbox started. */
    public TasksData tasks() {
        return tasks;
    }

    public Optional<Subscription> subscription(String subscriptionId) {
        return Optional.ofNullable(bySubscription.get(key(subscriptionId))).map(SubscriptionIndex::subscription);
    }

    /** The subscription's resource groups; empty if the subscription is unknown. */
    public List<ResourceGroup> resourceGroups(String subscriptionId) {
        SubscriptionIndex s = bySubscription.get(key(subscriptionId));
        return s == null ? List.of() : Collections.unmodifiableList(s.groups());
    }

    public Optional<ResourceGroup> resourceGroup(String subscriptionId, String name) {
        return group(subscriptionId, name).map(GroupIndex::group);
    }

    /** The subscription's registries; empty if the subscription is unknown. */
    public List<Registry> registries(String subscriptionId) {
        SubscriptionIndex s = bySubscription.get(key(subscriptionId));
        return s == null ? List.of() : Collections.unmodifiableList(s.registries());
    }

    /** The resource group's registries; empty if the group is unknown. */
    public List<Registry> registries(String subscriptionId, String resourceGroup) {
        return group(subscriptionId, resourceGroup)
                .map(g -> Collections.unmodifiableList(g.registries()))
                .orElse(List.of());
    }

    public Optional<Registry> registry(String subscriptionId, String resourceGroup, String name) {
        return group(subscriptionId, resourceGroup).map(g -> g.byName().get(key(name)));
    }

    private Optional<GroupIndex> group(String subscriptionId, String name) {
        SubscriptionIndex s = bySubscription.get(key(subscriptionId));
        return s == null ? Optional.empty() : Optional.ofNullable(s.groupsByName().get(key(name)));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> ordered(Map<String, String> tags) {
        return tags.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
