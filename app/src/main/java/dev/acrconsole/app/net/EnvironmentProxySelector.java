package dev.acrconsole.app.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTPS_PROXY and NO_PROXY as curl and the Azure CLI read them (either case): the proxy for every https URL except
 * hosts NO_PROXY names (exact, a domain suffix with or without a leading dot, or {@code *}). Everything else falls
 * through to {@code fallback} (the OS's settings).
 */
final class EnvironmentProxySelector extends ProxySelector {
    private final InetSocketAddress proxy;
    private final List<String> noProxy;
    private final ProxySelector fallback;

    private EnvironmentProxySelector(InetSocketAddress proxy, List<String> noProxy, ProxySelector fallback) {
        this.proxy = proxy;
        this.noProxy = noProxy;
        this.fallback = fallback;
    }

    /** A selector for the environment's HTTPS_PROXY, if it names one. */
    static Optional<ProxySelector> from(Map<String, String> env, ProxySelector fallback) {
        String url = variable(env, "HTTPS_PROXY");
        if (url == null) {
            return Optional.empty();
        }
        URI uri = URI.create(url.contains("://") ? url : "http://" + url);
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        String no = variable(env, "NO_PROXY");
        List<String> entries = no == null ? List.of() : Arrays.stream(no.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new EnvironmentProxySelector(InetSocketAddress.createUnresolved(uri.getHost(), port), entries, fallback));
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return fallback == null ? List.of(Proxy.NO_PROXY) : fallback.select(uri);
        }
        return bypassed(uri.getHost()) ? List.of(Proxy.NO_PROXY) : List.of(new Proxy(Proxy.Type.HTTP, proxy));
    }

    boolean bypassed(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        for (String entry : noProxy) {
            String suffix = entry.startsWith(".") ? entry.substring(1) : entry;
            if (entry.equals("*") || h.equals(suffix) || h.endsWith("." + suffix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to remember: the next request tries the same proxy, as curl would
    }

    private static String variable(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = env.get(name.toLowerCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? null : v.strip();
    }
}
