package dev.acrconsole.app.registries;

import dev.acrconsole.app.forms.FieldErrors;

/**
 * What the update-registry dialog changes. {@code retentionDays} is kept only while retention is on.
 *
 * @param currentSku the registry's SKU now; features it has keep needing Premium
 * @param access     its access and network settings, or null to leave them as they are (nothing of them is sent)
 */
public record RegistryUpdate(String registryId, String tenantId, String name, String currentSku, String sku,
                             boolean adminUser, boolean publicAccess, boolean zoneRedundancy, boolean dataEndpoint,
                             boolean retention, int retentionDays, boolean quarantine, boolean export,
                             RegistryAccess access) {
    public static final String SKU = "sku";
    public static final String PUBLIC_ACCESS = "publicAccess";
    public static final String RETENTION_DAYS = "retentionDays";
    public static final int MAX_RETENTION_DAYS = 365;
    public static final String EXPORT = "export";

    /** An update that leaves the access and network settings as they are. */
    public RegistryUpdate(String registryId, String tenantId, String name, String currentSku, String sku, boolean adminUser,
                          boolean publicAccess, boolean zoneRedundancy, boolean dataEndpoint, boolean retention,
                          int retentionDays, boolean quarantine, boolean export) {
        this(registryId, tenantId, name, currentSku, sku, adminUser, publicAccess, zoneRedundancy, dataEndpoint, retention,
                retentionDays, quarantine, export, null);
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        errors.check(sku == null || !RegistryRules.SKUS.contains(sku), SKU, "Choose Basic, Standard or Premium.");
        boolean premium = "Premium".equals(sku);
        errors.check(!premium && (zoneRedundancy || dataEndpoint), SKU,
                "This registry uses zone redundancy or a dedicated data endpoint: it must stay Premium.");
        errors.check(!premium && !publicAccess, PUBLIC_ACCESS, "Turning off public network access needs the Premium SKU.");
        errors.check(retention && (retentionDays < 0 || retentionDays > MAX_RETENTION_DAYS), RETENTION_DAYS,
                "Keep untagged manifests for 0 to 365 days.");
        errors.check(retention && !premium, RETENTION_DAYS, "The retention policy needs the Premium SKU.");
        errors.check(!export && publicAccess, EXPORT, "Export can be turned off only when public network access is off.");
        return access == null ? errors : access.validate(errors, sku);
    }
}
