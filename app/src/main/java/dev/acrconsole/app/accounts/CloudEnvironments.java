package dev.acrconsole.app.accounts;

import com.azure.core.management.AzureEnvironment;
import dev.acrconsole.app.settings.CloudSettings;
import java.util.Map;

/** A cloud's URLs as the ARM SDK wants them: an {@link AzureEnvironment}. */
public final class CloudEnvironments {
    private CloudEnvironments() {}

    public static AzureEnvironment of(CloudSettings cloud) {
        if (cloud.equals(CloudSettings.AZURE)) {
            return AzureEnvironment.AZURE;
        }
        if (cloud.equals(CloudSettings.AZURE_CHINA)) {
            return AzureEnvironment.AZURE_CHINA;
        }
        if (cloud.equals(CloudSettings.AZURE_US_GOVERNMENT)) {
            return AzureEnvironment.AZURE_US_GOVERNMENT;
        }
        // The SDK asks for tokens for managementEndpointUrl; that is the cloud's audience.
        return new AzureEnvironment(Map.of(
                "resourceManagerEndpointUrl", cloud.resourceManager(),
                "managementEndpointUrl", cloud.audience(),
                "activeDirectoryEndpointUrl", cloud.authority(),
                "activeDirectoryResourceId", cloud.audience()));
    }
}
