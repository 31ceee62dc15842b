package dev.acrconsole.app.kind;

import java.util.Locale;

/**
 * Cache ids for what is in a registry, which ARM does not name: {@code <registry id>/repositories/<name>}, and below
 * a repository {@code /_tags/<tag>} and {@code /_manifests/<digest>}, each an id of name/value pairs as ARM's are (the
 * cache refuses others). A repository's name holds slashes ({@code apps/web}): in its id they are written {@code %2F}.
 * The cache compares ids lower-cased, and tags are case-sensitive ({@code Latest} is not {@code latest}): a capital
 * letter in a tag's id is written {@code ~} and the letter.
 */
public final class ContentIds {
    private static final String REGISTRIES = "/providers/microsoft.containerregistry/registries/";
    private static final String REPOSITORIES = "/repositories/";
    private static final String TAGS = "/_tags/";
    private static final String MANIFESTS = "/_manifests/";
    /** A slash in a repository's name, in its id (no repository name holds a "%"). */
    private static final String SLASH = "%2F";

    private ContentIds() {}

    public static String repository(String registryId, String name) {
        return registryId + REPOSITORIES + name.replace("/", SLASH);
    }

    public static String tag(String repositoryId, String tag) {
        StringBuilder s = new StringBuilder(repositoryId).append(TAGS);
        for (char c : tag.toCharArray()) {
            if (Character.isUpperCase(c)) {
                s.append('~').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    public static String manifest(String repositoryId, String digest) {
        return repositoryId + MANIFESTS + digest.toLowerCase(Locale.ROOT);
    }

    /** The repository an id is of or in ({@code samples/hello-world}); null when it is in none. */
    public static String repositoryName(String id) {
        int at = repositoriesAt(id);
        if (at < 0) {
            return null;
        }
        String rest = id.substring(at + REPOSITORIES.length());
        int end = rest.indexOf('/');
        return (end < 0 ? rest : rest.substring(0, end)).replace(SLASH, "/").replace(SLASH.toLowerCase(Locale.ROOT), "/");
    }

    /**
     * What names an item in a registry, as the user knows it: a repository's name with its slashes, a tag with its
     * capitals, a manifest's digest; null for an id of something else.
     */
    public static String displayName(String id) {
        String repository = repositoryName(id);
        if (repository == null) {
            return null;
        }
        int tag = id.lastIndexOf(TAGS);
        if (tag >= 0) {
            StringBuilder s = new StringBuilder();
            String encoded = id.substring(tag + TAGS.length());
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c == '~' && i + 1 < encoded.length()) {
                    s.append(Character.toUpperCase(encoded.charAt(++i)));
                } else {
                    s.append(c);
                }
            }
            return repository + ":" + s;
        }
        int manifest = id.lastIndexOf(MANIFESTS);
        return manifest >= 0 ? repository + "@" + id.substring(manifest + MANIFESTS.length()) : repository;
    }

    /** The registry's id of anything in it. */
    public static String registryId(String id) {
        int at = repositoriesAt(id);
        return at < 0 ? null : id.substring(0, at);
    }

    /** Where "/repositories/" follows the registry's name (a resource group may be called "repositories" too). */
    private static int repositoriesAt(String id) {
        if (id == null) {
            return -1;
        }
        int registries = id.toLowerCase(Locale.ROOT).indexOf(REGISTRIES);
        if (registries < 0) {
            return -1;
        }
        int nameEnd = id.indexOf('/', registries + REGISTRIES.length());
        return nameEnd >= 0 && id.startsWith(REPOSITORIES, nameEnd) ? nameEnd : -1;
    }

    /** What an item in a registry sits under: a tag or manifest under its repository, a repository under its registry. */
    public static String parent(String id) {
        int item = Math.max(id.lastIndexOf(TAGS), id.lastIndexOf(MANIFESTS));
        if (item >= 0) {
            return id.substring(0, item);
        }
        return registryId(id);
    }
}
