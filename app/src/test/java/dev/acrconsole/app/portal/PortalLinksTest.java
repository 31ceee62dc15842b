package dev.acrconsole.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.settings.CloudSettings;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Open in Portal goes to the portal of the account's cloud, in the account's directory. */
class PortalLinksTest {
    private static final String ID = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contoso";

    @Test
    void eachCloudHasItsPortal() {
        assertThat(host(CloudSettings.AZURE)).isEqualTo("portal.azure.com");
        assertThat(host(CloudSettings.AZURE_US_GOVERNMENT)).isEqualTo("portal.azure.us");
        assertThat(host(CloudSettings.AZURE_CHINA)).isEqualTo("portal.azure.cn");
        // A custom cloud named otherwise but on the US Government ARM endpoint is that cloud.
        assertThat(PortalLinks.portalHost("MyGov", URI.create("https://management.usgovcloudapi.net/"))).isEqualTo("portal.azure.us");
        assertThat(PortalLinks.portalHost("Sandbox", URI.create("https://127.0.0.1:8443/"))).isEqualTo("portal.azure.com");
    }

    @Test
    void aResourceOpensItsBladeInItsTenant() {
        assertThat(PortalLinks.url("portal.azure.com", "tenant-1", ID))
                .isEqualTo("https://portal.azure.com/#@tenant-1/resource" + ID);
        assertThat(PortalLinks.url(host(CloudSettings.AZURE_US_GOVERNMENT), "tenant-2", ID))
                .isEqualTo("https://portal.azure.us/#@tenant-2/resource" + ID);
    }

    @Test
    void contentsOpenTheirRegistrysRepositories() {
        String tag = ContentIds.tag(ContentIds.repository(ID, "apps/web"), "v1");
        assertThat(PortalLinks.url("portal.azure.cn", "t", tag)).isEqualTo("https://portal.azure.cn/#@t/resource" + ID + "/repositories");
    }

    private static String host(CloudSettings cloud) {
        return PortalLinks.portalHost(cloud.name(), cloud.resourceManagerUri());
    }
}
