package dev.acrconsole.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps (method, path template) to handlers and applies the checks ARM makes before any handler runs. */
final class Router {

    private static final Pattern PROVIDER_TYPE = Pattern.compile("(?i)/providers/([^/]+)/([^/]+)");

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, ApiVersions versions, Handler handler) {
        routes.add(new Route(method, new PathPattern(template), versions, handler));
        return this;
    }

    Router get(String template, ApiVersions versions, Handler handler) {
        return add("GET", template, versions, handler);
    }

    Response dispatch(Request request) {
        String version = request.apiVersion();
        if (version == null || version.isBlank()) {
            throw new ArmException(400, "MissingApiVersionParameter",
                    "The api-version query parameter (?api-version=) is required for all requests.");
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> vars = route.pattern().match(request.path());
            if (vars.isEmpty()) {
                continue;
            }
            if (!route.method().equals(request.method())) {
                allowed.add(route.method());
                continue;
            }
            route.versions().check(version);
            return route.handler().handle(request.withVars(vars.get()));
        }
        if (!allowed.isEmpty()) {
            throw new ArmException(405, "MethodNotAllowed",
                    "The requested resource does not support http method '" + request.method() + "'.",
                    Map.of("Allow", String.join(", ", allowed)));
        }
        throw notFound(request);
    }

    private static ArmException notFound(Request request) {
        Matcher m = PROVIDER_TYPE.matcher(request.path());
        String type = null;
        String namespace = null;
        while (m.find()) { // the innermost provider segment names the type ARM would complain about
            namespace = m.group(1);
            type = m.group(2);
        }
        if (type != null) {
            return new ArmException(404, "InvalidResourceType", "The resource type '" + type
                    + "' could not be found in the namespace '" + namespace + "' for api version '" + request.apiVersion() + "'.");
        }
        return new ArmException(404, "InvalidResourceType",
                "No HTTP resource was found that matches the request URI '" + request.rawPath() + "'.");
    }
}
