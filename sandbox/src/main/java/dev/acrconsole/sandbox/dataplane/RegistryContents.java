package dev.acrconsole.sandbox.dataplane;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** One registry's data plane: its repositories by name (sorted, as catalogs are) and its blobs by digest. */
final class RegistryContents {
    final String registryName;
    final String loginServer;
    final TreeMap<String, Repository> repositories = new TreeMap<>();
    /** Config and layer blobs, shared by every repository of the registry (as ACR deduplicates them). */
    final Map<String, byte[]> blobs = new HashMap<>();

    RegistryContents(String registryName, String loginServer) {
        this.registryName = registryName;
        this.loginServer = loginServer;
    }
}
