package dev.acrconsole.app.arm;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * Where ARM is and how to trust it. {@code trustedCertificate} is set only for the sandbox: then
 * that certificate, and nothing else, is trusted; otherwise the JDK's default trust store applies.
 */
public record ArmEndpoint(String cloudName, URI resourceManager, X509Certificate trustedCertificate) {
    public static final String SANDBOX_CLOUD = "Sandbox";

    public ArmEndpoint {
        Objects.requireNonNull(cloudName, "cloudName");
        Objects.requireNonNull(resourceManager, "resourceManager");
        if (!"https".equalsIgnoreCase(resourceManager.getScheme())) {
            // The SDK's bearer-token policy refuses plain http; fail here with a clearer message.
            throw new IllegalArgumentException("ARM endpoint must be https: " + resourceManager);
        }
    }

    public static ArmEndpoint sandbox(URI baseUrl, X509Certificate certificate) {
        return new ArmEndpoint(SANDBOX_CLOUD, baseUrl, Objects.requireNonNull(certificate, "certificate"));
    }

    public static ArmEndpoint azurePublic() {
        return new ArmEndpoint("AzureCloud", URI.create("https://management.azure.com/"), null);
    }
}
