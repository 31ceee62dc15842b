package dev.acrconsole.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An Azure cloud: where ARM is, where accounts sign in, and the audience tokens are asked for. The three national
 * clouds are built in; a custom one (Azure Stack Hub, a sovereign cloud, the sandbox) is the same three URLs.
 */
public record CloudSettings(String name, String resourceManager, String authority, String audience) {
    public static final CloudSettings AZURE = new CloudSettings("AzureCloud", "https://management.azure.com/",
            "https://login.microsoftonline.com/", "https://management.core.windows.net/");
    public static final CloudSettings AZURE_CHINA = new CloudSettings("AzureChinaCloud", "https://management.chinacloudapi.cn/",
            "https://login.chinacloudapi.cn/", "https://management.core.chinacloudapi.cn/");
    public static final CloudSettings AZURE_US_GOVERNMENT = new CloudSettings("AzureUSGovernment",
            "https://management.usgovcloudapi.net/", "https://login.microsoftonline.us/", "https://management.core.usgovcloudapi.net/");
    public static final List<CloudSettings> BUILT_IN = List.of(AZURE, AZURE_CHINA, AZURE_US_GOVERNMENT);

    /** Refuses what cannot work, with a message that says what is allowed. */
    public CloudSettings {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}")) {
            throw new IllegalArgumentException("Cloud name: 1-40 letters, digits, spaces, '.', '_' or '-'");
        }
        resourceManager = https("ARM endpoint", resourceManager);
        authority = https("Authority", authority);
        audience = https("Audience", audience);
    }

    public boolean builtIn() {
        return BUILT_IN.stream().anyMatch(c -> c.name.equalsIgnoreCase(name));
    }

    public URI resourceManagerUri() {
        return URI.create(resourceManager);
    }

    /** Token requests ask for {@code audience/.default}, as the SDK does for ARM. */
    public String scope() {
        return audience + ".default";
    }

    private static String https(String what, String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(what + " is required (an https:// URL)");
        }
        try {
            URI uri = new URI(url.strip());
            if (!"https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                throw new IllegalArgumentException(what + " must be an https:// URL with a host, not " + url);
            }
            String s = uri.toString();
            return s.endsWith("/") ? s : s + "/";
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a valid URL: " + url);
        }
    }
}
