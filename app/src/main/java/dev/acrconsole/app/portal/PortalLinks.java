package dev.acrconsole.app.portal;

import dev.acrconsole.app.kind.ContentIds;
import java.net.URI;
import java.util.Locale;

/**
 * Where a resource opens in the Azure portal: the portal of the account's cloud (public, US Government, China),
 * {@code https://<portal>/#@<tenantId>/resource<armId>}. What is in a registry (repositories, tags, manifests) has no
 * ARM id: it opens its registry's Repositories blade.
 */
public final class PortalLinks {
    public static final String PUBLIC = "portal.azure.com";
    public static final String US_GOVERNMENT = "portal.azure.us";
    public static final String CHINA = "portal.azure.cn";

    private PortalLinks() {}

    /**
     * The portal's host for a cloud, by its name ({@code AzureUSGovernment}) or its ARM endpoint's host; the public
     * portal for anything else (a custom cloud, the sandbox, offline).
     */
    public static String portalHost(String cloudName, URI resourceManager) {
        String name = cloudName == null ? "" : cloudName.toLowerCase(Locale.ROOT);
        String host = resourceManager == null || resourceManager.getHost() == null ? ""
                : resourceManager.getHost().toLowerCase(Locale.ROOT);
        if (name.equals("azureusgovernment") || host.endsWith(".usgovcloudapi.net")) {
            return US_GOVERNMENT;
        }
        if (name.equals("azurechinacloud") || host.endsWith(".chinacloudapi.cn")) {
            return CHINA;
        }
        return PUBLIC;
    }

    /** The portal page of {@code id} (an ARM id, or an item in a registry) in {@code tenantId}'s directory. */
    public static String url(String portalHost, String tenantId, String id) {
        String registry = ContentIds.registryId(id);
        String path = registry != null ? registry + "/repositories" : id;
        String tenant = tenantId == null || tenantId.isBlank() ? "" : "@" + tenantId;
        return "https://" + portalHost + "/#" + tenant + "/resource" + path;
    }
}
