package dev.acrconsole.sandbox;

import java.util.Locale;
import java.util.Map;

/**
 * One request as handlers see it.
 *
 * @param path    decoded path with repeated and trailing slashes removed, used for matching
 * @param rawPath the path as sent (slashes tidied the same way), used to build nextLinks
 * @param query   decoded query parameters, names lower-cased (ARM ignores their case)
 * @param vars    values of the route's {placeholders}
 * @param access  what the request's bearer token may see
 */
record Request(String method, String path, String rawPath, Map<String, String> query, Map<String, String> vars,
               byte[] body, Access access) {

    Request(String method, String path, String rawPath, Map<String, String> query, Map<String, String> vars, byte[] body) {
        this(method, path, rawPath, query, vars, body, Access.ALL);
    }

    String var(String name) {
        return vars.get(name);
    }

    String param(String name) {
        return query.get(name.toLowerCase(Locale.ROOT));
    }

    String apiVersion() {
        return param("api-version");
    }

    Request withVars(Map<String, String> values) {
        return new Request(method, path, rawPath, query, Map.copyOf(values), body, access);
    }

    Request withMethod(String m) {
        return new Request(m, path, rawPath, query, vars, body, access);
    }

    Request withAccess(Access a) {
        return new Request(method, path, rawPath, query, vars, body, a);
    }
}
