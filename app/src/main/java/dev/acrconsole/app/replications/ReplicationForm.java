package dev.acrconsole.app.replications;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.List;

/**
 * What the replication dialog collects. Creating: a region of {@link ReplicationRules#REGIONS} that is neither the
 * registry's home region nor one it already has, on a Premium registry. Updating: the regional endpoint and tags.
 *
 * @param homeLocation the registry's own region
 * @param replicated   the regions it already has replicas in (as cached)
 */
public record ReplicationForm(String registryId, String tenantId, boolean creating, String registrySku,
                              String homeLocation, List<String> replicated, String region, boolean zoneRedundant,
                              boolean regionEndpointEnabled, String tags) {
    public static final String REGION = "region";
    public static final String TAGS = "tags";
    public static final String REGISTRY = "registry";

    public ReplicationForm {
        replicated = replicated == null ? List.of() : List.copyOf(replicated);
    }

    /** ACR names a replica after its region (as {@code az acr replication create} does). */
    public String name() {
        return ReplicationRules.normalized(region);
    }

    public String id() {
        return registryId + "/replications/" + name();
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        errors.check(creating && !"Premium".equalsIgnoreCase(registrySku), REGISTRY,
                "Geo-replication needs the Premium SKU: this registry is " + registrySku + ". Change its SKU first.");
        if (creating) {
            String r = name();
            errors.check(r.isEmpty(), REGION, "Choose the region to replicate to.");
            errors.check(!r.isEmpty() && !ReplicationRules.REGIONS.contains(r), REGION,
                    "'" + region.strip() + "' is not a region Container Registry is offered in. Choose one from the list.");
            errors.check(r.equals(ReplicationRules.normalized(homeLocation)), REGION,
                    "This is the registry's home region: it is replicated there already.");
            errors.check(!r.equals(ReplicationRules.normalized(homeLocation))
                            && replicated.stream().map(ReplicationRules::normalized).anyMatch(r::equals), REGION,
                    "The registry already has a replication in " + r + ".");
        }
        String tagProblem = ReplicationRules.tagsProblem(tags);
        errors.check(tagProblem != null, TAGS, tagProblem);
        return errors;
    }
}
