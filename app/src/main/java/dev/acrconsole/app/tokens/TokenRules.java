package dev.acrconsole.app.tokens;

import java.util.regex.Pattern;

/** ARM's naming rules for scope maps and tokens (5 to 50 characters), checked before anything is sent. */
public final class TokenRules {
    private static final Pattern SCOPE_MAP = Pattern.compile("[a-zA-Z0-9_-]*");
    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z0-9-]*");

    private TokenRules() {}

    public static String scopeMapNameProblem(String name) {
        return problem(name, SCOPE_MAP, "letters, digits, '-' and '_'");
    }

    public static String tokenNameProblem(String name) {
        return problem(name, TOKEN, "letters, digits and '-'");
    }

    private static String problem(String name, Pattern allowed, String what) {
        if (name == null || name.isBlank()) {
            return "Enter a name: 5 to 50 " + what + ".";
        }
        if (!allowed.matcher(name).matches()) {
            return "Use only " + what + ".";
        }
        if (name.length() < 5 || name.length() > 50) {
            return "Use 5 to 50 " + what + " (this is " + name.length() + ").";
        }
        return null;
    }
}
