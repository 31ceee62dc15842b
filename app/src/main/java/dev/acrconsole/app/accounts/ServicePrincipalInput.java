package dev.acrconsole.app.accounts;

import dev.acrconsole.app.settings.AccountKind;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** What the service principal form typed, checked field by field with a message that says what is allowed. */
public record ServicePrincipalInput(AccountKind kind, String tenantId, String clientId, String secret, String certificatePath) {
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    /**
     * Checks what can be checked without the disk (so a form can call it as the user presses OK); throws
     * IllegalArgumentException naming the field and what it allows.
     */
    public static void checkFields(String tenantId, String clientId, String secret, String certificatePath) {
        String tenant = strip(tenantId);
        if (tenant == null || !(GUID.matcher(tenant).matches() || DOMAIN.matcher(tenant).matches())) {
            throw new IllegalArgumentException("Tenant: a tenant id (GUID) or domain, e.g. contoso.onmicrosoft.com");
        }
        String client = strip(clientId);
        if (client == null || !client.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("Client id: the app registration's application (client) id, a GUID");
        }
        String cert = strip(certificatePath);
        if (cert == null && (secret == null || secret.isEmpty())) {
            throw new IllegalArgumentException("Client secret: required when no certificate is given");
        }
        if (cert != null && !cert.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(pem|pfx|p12)$")) {
            throw new IllegalArgumentException("Certificate: a .pem (certificate and private key) or .pfx/.p12 file");
        }
    }

    static ServicePrincipalInput check(String tenantId, String clientId, String secret, String certificatePath) {
        checkFields(tenantId, clientId, secret, certificatePath);
        String tenant = strip(tenantId);
        String client = strip(clientId);
        String cert = strip(certificatePath);
        if (cert == null) {
            return new ServicePrincipalInput(AccountKind.SERVICE_PRINCIPAL_SECRET, tenant, client, secret, null);
        }
        try {
            if (!Files.isReadable(Path.of(cert))) {
                throw new IllegalArgumentException("Certificate: file not found or not readable: " + cert);
            }
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Certificate: not a valid path: " + cert);
        }
        return new ServicePrincipalInput(AccountKind.SERVICE_PRINCIPAL_CERTIFICATE, tenant, client,
                secret == null || secret.isEmpty() ? null : secret, Path.of(cert).toAbsolutePath().toString());
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "ServicePrincipalInput[" + kind + ", " + tenantId + ", " + clientId + "]"; // never the secret
    }
}
