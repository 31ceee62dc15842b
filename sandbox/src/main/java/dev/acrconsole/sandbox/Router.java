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

    /**
     * HEAD is ARM's CheckExistence (resource groups, resources, any resource id): the GET of the same path decides,
     * and a found resource answers 204 with no body.
     */
    Response dispatch(Request request) {
        if (request.method().equals("HEAD")) {
            Response found = dispatch(request.withMethod("GET"));
            return found.status() == 200 ? new Response(204, null, found.headers()) : found;
        }
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
        NotServed.check(request);
        throw notFound(request);
    }

    private static ArmException notFound(Request request) {
        Matcher m = PROVIDER_TYPE.matcher(request.path());
        int start = -1;
        String namespace = null;
        while (m.find()) { // the innermost provider segment is where ARM looks for the type
            namespace = m.group(1);
            start = m.start(2);
        }
        if (namespace != null) {
            // The full type: every other segment after the namespace, e.g. registries/gadgets for .../registries/r/gadgets.
            String[] segments = request.path().substring(start).split("/");
            StringBuilder type = new StringBuilder(segments[0]);
            for (int i = 2; i < segments.length; i += 2) {
                type.append('/').append(segments[i]);
            }
            return new ArmException(404, "InvalidResourceType", "The resource type '" + type
                    + "' could not be found in the namespace '" + namespace + "' for api version '" + request.apiVersion() + "'.");
        }
        return new ArmException(404, "InvalidResourceType",
                "No HTTP resource was found that matches the request URI '" + request.rawPath() + "'.");
    }
}
