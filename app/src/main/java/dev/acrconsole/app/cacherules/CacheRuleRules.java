package dev.acrconsole.app.cacherules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a cache rule's repository paths may be, checked before anything is sent: Docker's repository naming (lower case
 * components joined by '/'), the source starting with its upstream's host, a trailing '/*' on both sides or neither.
 */
public final class CacheRuleRules {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    /** An upstream's host: a dotted name (docker.io, mcr.microsoft.com) or a host with a port. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9]+(?:-+[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-+[a-z0-9]+)*)+(?::[0-9]{1,5})?"
            + "|[a-z0-9]+(?:-+[a-z0-9]+)*:[0-9]{1,5}");

    private CacheRuleRules() {}

    /** Null when {@code source} is an upstream repository path (docker.io/library/nginx, or .../* for all below), else what is wrong. */
    public static String sourceProblem(String source) {
        if (source == null || source.isBlank()) {
            return "Enter the upstream repository, e.g. docker.io/library/nginx (or docker.io/library/* for all below it).";
        }
        String s = source.strip();
        String common = common(s, "docker.io/library/nginx");
        if (common != null) {
            return common;
        }
        int slash = s.indexOf('/');
        if (slash < 0 || !HOST.matcher(s.substring(0, slash)).matches()) {
            return "Start with the upstream's host, e.g. docker.io/library/nginx or mcr.microsoft.com/dotnet/runtime.";
        }
        String path = withoutWildcard(s.substring(slash + 1));
        if (path.isEmpty() || !REPOSITORY.matcher(path).matches()) {
            return "After the host, name a repository path: lower-case letters and digits, separated by '.', '_', '-' or '/'.";
        }
        return null;
    }

    /** Null when {@code target} is a repository name of this registry (docker/nginx, or hub/* for a wildcard rule), else what is wrong. */
    public static String targetProblem(String target) {
        if (target == null || target.isBlank()) {
            return "Enter the repository to cache into, e.g. docker/nginx (or hub/* for a wildcard rule).";
        }
        String t = target.strip();
        String common = common(t, "docker/nginx");
        if (common != null) {
            return common;
        }
        String path = withoutWildcard(t);
        if (path.isEmpty() || !REPOSITORY.matcher(path).matches()) {
            return "Use lower-case letters and digits in parts separated by '/', each joined by '.', '_' or '-' "
                    + "(e.g. cached/nginx), optionally ending in '/*'.";
        }
        return null;
    }

    /** Null when both or neither path end in '/*' (ARM maps a wildcard to a wildcard), else what is wrong with the target. */
    public static String wildcardProblem(String source, String target) {
        if (source == null || target == null || sourceProblem(source) != null || targetProblem(target) != null) {
            return null;
        }
        boolean fromAll = source.strip().endsWith("/*");
        boolean toAll = target.strip().endsWith("/*");
        if (fromAll && !toAll) {
            return "The source ends in '/*': end the target in '/*' too (e.g. hub/*), so each repository has its place.";
        }
        if (!fromAll && toAll) {
            return "The source is one repository: name one target repository, without '/*'.";
        }
        return null;
    }

    public static boolean sameTarget(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static String common(String path, String example) {
        if (!path.equals(path.toLowerCase(Locale.ROOT))) {
            return "Use lower case only: repository names are lower case (e.g. " + example + ").";
        }
        if (path.contains("://")) {
            return "Leave out the scheme: e.g. " + example + ".";
        }
        if (path.contains("@") || path.substring(path.lastIndexOf('/') + 1).contains(":")) {
            return "A cache rule caches a repository, not a tag or digest: leave out what follows ':' or '@'.";
        }
        if (path.contains("*") && !path.endsWith("/*") || path.indexOf('*') != path.lastIndexOf('*')) {
            return "A wildcard may only end the path, as '/*'.";
        }
        return null;
    }

    private static String withoutWildcard(String path) {
        return path.endsWith("/*") ? path.substring(0, path.length() - 2) : path;
    }
}
