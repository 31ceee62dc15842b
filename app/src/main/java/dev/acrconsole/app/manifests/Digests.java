package dev.acrconsole.app.manifests;

/** Digests as a person reads them. */
public final class Digests {
    private Digests() {}

    /** {@code sha256:} and the first 12 hex digits, as {@code docker images} shows them; the whole digest is in the details. */
    public static String shortForm(String digest) {
        if (digest == null) {
            return null;
        }
        int colon = digest.indexOf(':');
        String hex = colon < 0 ? digest : digest.substring(colon + 1);
        return (colon < 0 ? "" : digest.substring(0, colon + 1)) + (hex.length() > 12 ? hex.substring(0, 12) : hex);
    }
}
