package dev.acrconsole.app.replications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where a replica may go and how its tags are typed, checked before anything is sent. */
public final class ReplicationRules {
    /**
     * Azure's public regions where Container Registry is offered, as {@code az account list-locations} names them (the
     * sandbox offers the same ones): a region outside it is refused as typed, as ARM would refuse it.
     */
    public static final List<String> REGIONS = List.of(
            "australiacentral", "australiacentral2", "australiaeast", "australiasoutheast", "austriaeast", "belgiumcentral",
            "brazilsouth", "brazilsoutheast", "canadacentral", "canadaeast", "centralindia", "centralus", "chilecentral",
            "denmarkeast", "eastasia", "eastus", "eastus2", "francecentral", "francesouth", "germanynorth",
            "germanywestcentral", "indonesiacentral", "israelcentral", "italynorth", "japaneast", "japanwest",
            "jioindiacentral", "jioindiawest", "koreacentral", "koreasouth", "malaysiawest", "mexicocentral",
            "newzealandnorth", "northcentralus", "northeurope", "norwayeast", "norwaywest", "polandcentral", "qatarcentral",
            "southafricanorth", "southafricawest", "southcentralus", "southeastasia", "southindia", "spaincentral",
            "swedencentral", "swedensouth", "switzerlandnorth", "switzerlandwest", "uaecentral", "uaenorth", "uksouth",
            "ukwest", "westcentralus", "westeurope", "westindia", "westus", "westus2", "westus3");

    private ReplicationRules() {}

    /** A region as ARM names it: "West Europe" and "westeurope" are the same one. */
    public static String normalized(String region) {
        return region == null ? "" : region.replace(" ", "").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Tags typed as {@code key=value}, one a line or comma-separated; null when a line is not one (see
     * {@link #tagsProblem}).
     */
    public static Map<String, String> tags(String typed) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (typed == null) {
            return tags;
        }
        for (String part : typed.split("[,\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || part.substring(0, eq).isBlank()) {
                return null;
            }
            tags.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return tags;
    }

    /** ARM's tag rules: a name up to 512 characters without {@code <>%&\?/}, a value up to 256. */
    public static String tagsProblem(String typed) {
        Map<String, String> tags = tags(typed);
        if (tags == null) {
            return "Write each tag as name=value, one a line or separated by commas.";
        }
        for (Map.Entry<String, String> t : tags.entrySet()) {
            if (t.getKey().matches(".*[<>%&\\\\?/].*") || t.getKey().length() > 512) {
                return "Tag name '" + t.getKey() + "': up to 512 characters, none of < > % & \\ ? /.";
            }
            if (t.getValue().length() > 256) {
                return "Tag '" + t.getKey() + "': its value is over 256 characters.";
            }
        }
        return tags.size() > 50 ? "At most 50 tags." : null;
    }
}
