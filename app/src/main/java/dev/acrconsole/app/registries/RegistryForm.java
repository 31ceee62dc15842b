package dev.acrconsole.app.registries;

import dev.acrconsole.app.forms.FieldErrors;

/** What the create-registry dialog collects. Field names double as the keys of {@link FieldErrors}. */
public record RegistryForm(String subscriptionId, String tenantId, String resourceGroup, String name, String location,
                           String sku, boolean adminUser, boolean publicAccess, boolean zoneRedundancy,
                           boolean dataEndpoint) {
    public static final String NAME = "name";
    public static final String RESOURCE_GROUP = "resourceGroup";
    public static final String LOCATION = "location";
    public static final String SKU = "sku";
    public static final String FEATURES = "features";

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        String nameProblem = RegistryRules.nameProblem(name);
        errors.check(nameProblem != null, NAME, nameProblem);
        errors.check(subscriptionId == null || resourceGroup == null || resourceGroup.isBlank(), RESOURCE_GROUP,
                "Choose the resource group the registry goes in.");
        errors.check(location == null || location.isBlank(), LOCATION, "Choose a location.");
        errors.check(location != null && !location.isBlank() && !location.matches("[a-z0-9]+"), LOCATION,
                "Use an Azure location name such as eastus or westeurope (lower case, no spaces).");
        errors.check(sku == null || !RegistryRules.SKUS.contains(sku), SKU, "Choose Basic, Standard or Premium.");
        errors.check(!"Premium".equals(sku) && RegistryRules.premiumOnly(zoneRedundancy, dataEndpoint, publicAccess),
                FEATURES, "Zone redundancy, a dedicated data endpoint and turning off public access need the Premium SKU.");
        return errors;
    }
}
