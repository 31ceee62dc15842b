package dev.acrconsole.app.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image as import names it: {@code repository:tag}, {@code repository@sha256:digest}, or a bare repository, in
 * Docker's reference grammar (lower-case path components; a tag of up to 128 word characters, '.' and '-').
 */
public record ImageReference(String repository, String tag, String digest) {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern TAG = Pattern.compile("\\w[\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final Pattern IMAGE = Pattern.compile("([^:@\\s]+)(?::([^:@\\s]*))?(?:@(\\S*))?");

    /** The reference, or null when {@code text} is not one (see {@link #problem}). */
    public static ImageReference parse(String text) {
        return problem(text) == null ? of(text.strip()) : null;
    }

    private static ImageReference of(String text) {
        Matcher m = IMAGE.matcher(text);
        m.matches();
        return new ImageReference(m.group(1), m.group(2), m.group(3));
    }

    /** What is wrong with {@code text} as an image reference, in words; null when it is one. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "Enter the image: repository:tag or repository@sha256:digest.";
        }
        Matcher m = IMAGE.matcher(text.strip());
        if (!m.matches()) {
            return "Write the image as repository:tag or repository@sha256:digest (one ':' before the tag, no spaces).";
        }
        if (!REPOSITORY.matcher(m.group(1)).matches()) {
            return "The repository '" + m.group(1) + "' is not valid: lower-case letters, digits, and '.', '_', '-' "
                    + "between them, with '/' between path parts.";
        }
        if (m.group(2) != null && !TAG.matcher(m.group(2)).matches()) {
            return "The tag '" + m.group(2) + "' is not valid: up to 128 letters, digits, '_', '.' and '-', not "
                    + "starting with '.' or '-'.";
        }
        if (m.group(3) != null && !DIGEST.matcher(m.group(3)).matches()) {
            return "The digest '" + m.group(3) + "' is not valid: sha256: and 64 lower-case hex digits.";
        }
        if (m.group(2) != null && m.group(3) != null) {
            return "Give a tag or a digest, not both.";
        }
        return null;
    }

    public boolean byDigest() {
        return digest != null;
    }

    /** The tag a copy gets when its target names none: the source's, or latest. */
    public String tagOrLatest() {
        return tag != null ? tag : "latest";
    }

    @Override
    public String toString() {
        return digest != null ? repository + "@" + digest : tag != null ? repository + ":" + tag : repository;
    }
}
