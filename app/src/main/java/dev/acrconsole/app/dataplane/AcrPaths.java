package dev.acrconsole.app.dataplane;

/** The data plane's paths. Repository names hold slashes ({@code samples/hello-world}) and travel unencoded, as ACR's do. */
public final class AcrPaths {
    private static final String[] OCI_PARTS = {"/manifests/", "/blobs/", "/tags/", "/referrers/"};

    private AcrPaths() {}

    public static String catalog() {
        return "/acr/v1/_catalog";
    }

    public static String repository(String repository) {
        return "/acr/v1/" + repository;
    }

    public static String tags(String repository) {
        return "/acr/v1/" + repository + "/_tags";
    }

    public static String tag(String repository, String tag) {
        return "/acr/v1/" + repository + "/_tags/" + tag;
    }

    public static String manifests(String repository) {
        return "/acr/v1/" + repository + "/_manifests";
    }

    public static String manifest(String repository, String digest) {
        return "/acr/v1/" + repository + "/_manifests/" + digest;
    }

    /** OCI: the manifest document itself, by tag or digest. */
    public static String manifestContent(String repository, String reference) {
        return "/v2/" + repository + "/manifests/" + reference;
    }

    /** OCI 1.1: the manifests whose subject is {@code digest} (signatures, SBOMs, attestations). */
    public static String referrers(String repository, String digest) {
        return "/v2/" + repository + "/referrers/" + digest;
    }

    /** The repository a data-plane path is about ("catalog" for the catalog, "" for the rest). */
    static String repositoryOf(String path) {
        if (path == null) {
            return "";
        }
        if (path.endsWith("/_catalog")) {
            return "catalog";
        }
        if (path.startsWith("/acr/v1/")) {
            String rest = path.substring("/acr/v1/".length());
            int underscore = rest.indexOf("/_");
            return underscore < 0 ? rest : rest.substring(0, underscore);
        }
        if (path.startsWith("/v2/")) {
            String rest = path.substring("/v2".length());
            int end = -1;
            for (String part : OCI_PARTS) {
                end = Math.max(end, rest.lastIndexOf(part));
            }
            return end <= 0 ? "" : rest.substring(1, end);
        }
        return "";
    }
}
