package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/**
 * ARM's location rules for tracked resources: a location is one of the cloud's regions (a display name such as
 * "West Europe" names the same one), an unknown one is 400 LocationNotAvailableForResourceType, and a PUT cannot move
 * an existing resource to another (409 InvalidResourceLocation). The regions are Azure's public ones as
 * {@code az account list-locations} names them, where Container Registry is offered.
 */
final class Locations {

    static final Set<String> REGIONS = Set.of(
            "australiacentral", "australiacentral2", "australiaeast", "australiasoutheast", "austriaeast", "belgiumcentral",
            "brazilsouth", "brazilsoutheast", "canadacentral", "canadaeast", "centralindia", "centralus", "chilecentral",
            "denmarkeast", "eastasia", "eastus", "eastus2", "francecentral", "francesouth", "germanynorth",
            "germanywestcentral", "indonesiacentral", "israelcentral", "italynorth", "japaneast", "japanwest", "jioindiacentral",
            "jioindiawest", "koreacentral", "koreasouth", "malaysiawest", "mexicocentral", "newzealandnorth", "northcentralus",
            "northeurope", "norwayeast", "norwaywest", "polandcentral", "qatarcentral", "southafricanorth", "southafricawest",
            "southcentralus", "southeastasia", "southindia", "spaincentral", "swedencentral", "swedensouth",
            "switzerlandnorth", "switzerlandwest", "uaecentral", "uaenorth", "uksouth", "ukwest", "westcentralus",
            "westeurope", "westindia", "westus", "westus2", "westus3");

    private Locations() {
    }

    /** The body's location as ARM keeps it (lower case, no spaces), or ARM's 400 when it is missing or unknown. */
    static String of(JsonNode body, String resourceType) {
        String sent = body.path("location").asText("");
        if (sent.isBlank()) {
            throw Bodies.invalid("location", "The 'location' property is required.");
        }
        String name = sent.replace(" ", "").toLowerCase(Locale.ROOT);
        if (!REGIONS.contains(name)) {
            throw new ArmException(400, "LocationNotAvailableForResourceType", "The provided location '" + sent
                    + "' is not available for resource type '" + resourceType + "'. List of available regions for the "
                    + "resource type is '" + String.join(",", REGIONS.stream().sorted().toList()) + "'.");
        }
        return name;
    }

    /** The body's location, checked, or {@code fallback} (the registry's) when it sends none. */
    static String orElse(JsonNode body, String resourceType, String fallback) {
        return body.hasNonNull("location") ? of(body, resourceType) : fallback;
    }

    /** ARM's 409 when a PUT names another location than the existing resource's. */
    static void unchanged(JsonNode existing, String location, String resourceGroup) {
        String was = existing == null ? null : existing.path("location").asText(null);
        if (was != null && !was.replace(" ", "").equalsIgnoreCase(location)) {
            throw new ArmException(409, "InvalidResourceLocation", "The resource '" + existing.path("name").asText()
                    + "' already exists in location '" + was + "' in resource group '" + resourceGroup
                    + "'. A resource with the same name cannot be created in location '" + location
                    + "'. Please select a new resource name.");
        }
    }
}
