package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The artifact cache of the demo sample, in contosobuildcache: a healthy Docker Hub credential set with the rules that
 * use it, an anonymous rule (no credential set), and a GitHub set whose password secret is gone from Key Vault, with a
 * rule that uses it: the registry's page flags that rule. The scale data sets have none.
 */
public final class CacheSample {

    public record CredentialSet(String registryId, String name, String loginServer, List<CacheJson.Credential> credentials,
                                Instant created) {
        public String id() {
            return registryId + "/" + CacheJson.CREDENTIAL_SETS + "/" + name;
        }

        public ObjectNode json() {
            return CacheJson.credentialSet(id(), loginServer, credentials, created, "Succeeded");
        }
    }

    /** @param credentialSet the set's name, or null for an anonymous rule */
    public record CacheRule(String registryId, String name, String source, String target, String credentialSet,
                            Instant created) {
        public String id() {
            return registryId + "/" + CacheJson.CACHE_RULES + "/" + name;
        }

        public ObjectNode json() {
            return CacheJson.cacheRule(id(), source, target,
                    credentialSet == null ? null : registryId + "/" + CacheJson.CREDENTIAL_SETS + "/" + credentialSet,
                    created, "Succeeded");
        }
    }

    /** The registry that holds the sample's cache. */
    public static final String REGISTRY = "contosobuildcache";
    /** ARM's swagger types errorCode as a free string and publishes no list: this one is the sample's own. */
    public static final String SECRET_NOT_FOUND = "KeyVaultSecretNotFound";

    static final CacheSample EMPTY = new CacheSample(List.of(), List.of());

    private final List<CredentialSet> credentialSets;
    private final List<CacheRule> cacheRules;

    private CacheSample(List<CredentialSet> credentialSets, List<CacheRule> cacheRules) {
        this.credentialSets = List.copyOf(credentialSets);
        this.cacheRules = List.copyOf(cacheRules);
    }

    public List<CredentialSet> credentialSets() {
        return credentialSets;
    }

    public List<CacheRule> cacheRules() {
        return cacheRules;
    }

    static CacheSample build(SandboxData data, boolean demo) {
        if (!demo) {
            return EMPTY;
        }
        String registry = data.registries().stream().filter(r -> r.name().equals(REGISTRY)).findFirst().orElseThrow().id();
        Instant at = Instant.parse("2025-08-12T10:15:00Z");
        List<CredentialSet> sets = new ArrayList<>();
        sets.add(new CredentialSet(registry, "dockerhub-creds", "docker.io", List.of(new CacheJson.Credential(
                "https://contoso-build-kv.vault.azure.net/secrets/dockerhub-username",
                "https://contoso-build-kv.vault.azure.net/secrets/dockerhub-token", null, null)), at));
        sets.add(new CredentialSet(registry, "ghcr-creds", "ghcr.io", List.of(new CacheJson.Credential(
                "https://contoso-build-kv.vault.azure.net/secrets/ghcr-username",
                "https://contoso-build-kv.vault.azure.net/secrets/ghcr-pat/4f1c2a9e0b6d4e7f8a3b5c6d7e8f9a0b", SECRET_NOT_FOUND,
                "The secret 'ghcr-pat' was not found in Key Vault 'contoso-build-kv', or the credential set's identity "
                        + "may not read it.")), at.plusSeconds(600)));
        List<CacheRule> rules = new ArrayList<>();
        rules.add(new CacheRule(registry, "nginx-cache", "docker.io/library/nginx", "docker/nginx", "dockerhub-creds",
                at.plusSeconds(60)));
        rules.add(new CacheRule(registry, "dockerhub-library", "docker.io/library/*", "hub/*", "dockerhub-creds",
                at.plusSeconds(120)));
        rules.add(new CacheRule(registry, "mcr-dotnet", "mcr.microsoft.com/dotnet/*", "mcr/dotnet/*", null,
                at.plusSeconds(180)));
        rules.add(new CacheRule(registry, "ghcr-actions-runner", "ghcr.io/actions/actions-runner",
                "ghcr/actions-runner", "ghcr-creds", at.plusSeconds(660)));
        return new CacheSample(sets, rules);
    }
}
