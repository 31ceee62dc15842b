package dev.acrconsole.app.registries;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may reach a registry and how, as the update dialog changes it: anonymous pull, the network rule set (default
 * action and IP rules), whether trusted Azure services bypass it, the content trust and Entra-auth-as-ARM policies and
 * the role assignment mode. Checked against the SKU the update asks for, before anything is sent.
 *
 * @param currentRoleAssignmentMode the registry's mode now: switching to ABAC must be confirmed, staying needs nothing
 * @param abacConfirmed             the user read that AcrPull/AcrPush/AcrDelete stop being honoured and said yes
 */
public record RegistryAccess(boolean anonymousPull, String defaultAction, List<String> ipRules, boolean bypassAzureServices,
                             boolean trust, boolean entraAuthAsArm, String roleAssignmentMode,
                             String currentRoleAssignmentMode, boolean abacConfirmed) {
    public static final String ANONYMOUS_PULL = "anonymousPull";
    public static final String NETWORK = "network";
    public static final String IP_RULES = "ipRules";
    public static final String TRUST = "trust";
    public static final String ROLE_ASSIGNMENT_MODE = "roleAssignmentMode";
    public static final String ABAC = "AbacRepositoryPermissions";
    public static final String LEGACY = "LegacyRegistryPermissions";
    public static final List<String> DEFAULT_ACTIONS = List.of("Allow", "Deny");
    public static final String ABAC_WARNING = "With ABAC repository permissions, role assignments of AcrPull, AcrPush and "
            + "AcrDelete stop being honoured: whoever pulls or pushes through them loses access until they are given the "
            + "Container Registry Repository roles (Reader, Writer, Contributor) instead.";

    public RegistryAccess {
        ipRules = ipRules == null ? List.of() : ipRules.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether the rule set restricts anything: what needs Premium. */
    public boolean restricts() {
        return "Deny".equalsIgnoreCase(defaultAction) || !ipRules.isEmpty();
    }

    /** Whether the update switches the registry to ABAC (from legacy or from not set, which is legacy). */
    public boolean switchesToAbac() {
        return ABAC.equalsIgnoreCase(roleAssignmentMode) && !ABAC.equalsIgnoreCase(currentRoleAssignmentMode);
    }

    FieldErrors validate(FieldErrors errors, String sku) {
        boolean premium = "Premium".equals(sku);
        errors.check(anonymousPull && "Basic".equals(sku), ANONYMOUS_PULL, "Anonymous pull needs the Standard or Premium SKU.");
        errors.check(defaultAction == null || DEFAULT_ACTIONS.stream().noneMatch(a -> a.equalsIgnoreCase(defaultAction)),
                NETWORK, "Choose Allow or Deny.");
        errors.check(!premium && restricts(), NETWORK,
                "IP rules and denying other networks need the Premium SKU: set Allow and remove the IP rules, or choose Premium.");
        Set<String> seen = new HashSet<>();
        for (String rule : ipRules) {
            String problem = RegistryRules.ipRuleProblem(rule);
            errors.check(problem != null, IP_RULES, problem);
            errors.check(problem == null && !seen.add(rule), IP_RULES, rule + " is listed twice.");
        }
        errors.check(ipRules.size() > RegistryRules.MAX_IP_RULES, IP_RULES,
                "A registry takes at most " + RegistryRules.MAX_IP_RULES + " IP rules (this is " + ipRules.size() + ").");
        errors.check(trust && !premium, TRUST, "Content trust needs the Premium SKU.");
        errors.check(roleAssignmentMode == null || !(ABAC.equalsIgnoreCase(roleAssignmentMode)
                || LEGACY.equalsIgnoreCase(roleAssignmentMode)), ROLE_ASSIGNMENT_MODE, "Choose ABAC or legacy permissions.");
        errors.check(switchesToAbac() && !abacConfirmed, ROLE_ASSIGNMENT_MODE, "Confirm the switch to ABAC, where AcrPull, AcrPush and AcrDelete stop being honoured, or keep legacy permissions.");
        return errors;
    }
}
