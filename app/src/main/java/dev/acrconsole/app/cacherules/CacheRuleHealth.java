package dev.acrconsole.app.cacherules;

import dev.acrconsole.app.credentialsets.CredentialSetDetails;
import dev.acrconsole.app.kind.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cache rules of a registry that cannot pull as set up: their credential set reports an unhealthy credential (ARM's
 * health check: a Key Vault secret gone, the set's identity not allowed to read it), or the set is gone. From cached
 * rows only: no ARM call.
 */
public final class CacheRuleHealth {
    private CacheRuleHealth() {}

    /** One flagged rule: which rule, which set, and what is wrong (ARM's code and message, or that the set is missing). */
    public record Flag(String ruleId, String ruleName, String sourceRepository, String credentialSetId,
                       String credentialSetName, String problem) {
        public String text() {
            return ruleName + " (" + sourceRepository + ") uses credential set " + credentialSetName + ": " + problem;
        }
    }

    /**
     * @param rules the registry's cached cache rules
     * @param sets  its cached credential sets, or null when they were never listed (a missing set is then not flagged)
     */
    public static List<Flag> flags(List<Row> rules, List<Row> sets) {
        Map<String, CredentialSetDetails> byId = new HashMap<>();
        if (sets != null) {
            sets.forEach(s -> byId.put(s.id().toLowerCase(Locale.ROOT), s.details(CredentialSetDetails.class)));
        }
        List<Flag> out = new ArrayList<>();
        for (Row rule : rules) {
            CacheRuleDetails r = rule.details(CacheRuleDetails.class);
            if (r.credentialSetId() == null) {
                continue;
            }
            CredentialSetDetails set = byId.get(r.credentialSetId().toLowerCase(Locale.ROOT));
            if (set != null && set.unhealthy()) {
                out.add(new Flag(rule.id(), rule.name(), r.sourceRepository(), r.credentialSetId(), r.credentialSetName(),
                        "Unhealthy — " + set.problems()));
            } else if (set == null && sets != null) {
                out.add(new Flag(rule.id(), rule.name(), r.sourceRepository(), r.credentialSetId(), r.credentialSetName(),
                        "the credential set no longer exists"));
            }
        }
        return out;
    }
}
