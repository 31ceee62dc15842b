package dev.acrconsole.app.cacherules;

import dev.acrconsole.app.credentialsets.CredentialSetRules;
import dev.acrconsole.app.forms.FieldErrors;
import java.util.List;

/**
 * What the cache rule dialog collects: its name, source and target repositories (on create: ARM keeps them), and the
 * credential set it signs in with (a cached one of the registry, or none to pull anonymously).
 *
 * @param otherTargets the target repositories of the registry's other cached rules (ARM serves one rule per target)
 */
public record CacheRuleForm(String registryId, String tenantId, boolean creating, String name, String sourceRepository,
                            String targetRepository, String credentialSetId, List<String> otherTargets) {
    public static final String NAME = "name";
    public static final String SOURCE = "source";
    public static final String TARGET = "target";
    public static final String CREDENTIAL_SET = "credentialSet";

    public CacheRuleForm {
        otherTargets = otherTargets == null ? List.of() : List.copyOf(otherTargets);
    }

    public String id() {
        return registryId + "/cacheRules/" + name.strip();
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        if (creating) {
            String nameProblem = CredentialSetRules.nameProblem(name == null ? null : name.strip());
            errors.check(nameProblem != null, NAME, nameProblem);
            String source = CacheRuleRules.sourceProblem(sourceRepository);
            errors.check(source != null, SOURCE, source);
            String target = CacheRuleRules.targetProblem(targetRepository);
            if (target == null) {
                target = CacheRuleRules.wildcardProblem(sourceRepository, targetRepository);
            }
            if (target == null && otherTargets.stream().anyMatch(t -> CacheRuleRules.sameTarget(t, targetRepository))) {
                target = "Another cache rule of this registry already caches into " + targetRepository.strip()
                        + ": choose another target repository.";
            }
            errors.check(target != null, TARGET, target);
        }
        errors.check(credentialSetId != null && !credentialSetId.isBlank()
                        && !credentialSetId.toLowerCase().startsWith(registryId.toLowerCase() + "/credentialsets/"),
                CREDENTIAL_SET, "Choose a credential set of this registry, or none.");
        return errors;
    }
}
