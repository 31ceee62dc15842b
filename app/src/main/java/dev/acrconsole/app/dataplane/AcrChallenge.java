package dev.acrconsole.app.dataplane;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry's {@code WWW-Authenticate: Bearer realm="...",service="...",scope="..."} challenge: where to get a token,
 * for which service, with which scope.
 */
record AcrChallenge(String realm, String service, String scope) {
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** The challenge of a 401's header, or null when it is not a Bearer challenge with a realm. */
    static AcrChallenge parse(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(header);
        while (m.find()) {
            params.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        }
        String realm = params.get("realm");
        return realm == null || realm.isBlank() ? null : new AcrChallenge(realm, params.get("service"), params.get("scope"));
    }
}
