package dev.acrconsole.app.registryendpoints;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four ways an IoT Operations registry endpoint signs in to its registry (the published enum of 2026-03-01), each
 * with the name ARM uses, the settings object that carries its details, and the words the console shows.
 */
public enum AuthenticationMethod {
    ANONYMOUS("Anonymous", "anonymousSettings", "Anonymous"),
    SYSTEM_ASSIGNED("SystemAssignedManagedIdentity", "systemAssignedManagedIdentitySettings", "System-assigned managed identity"),
    USER_ASSIGNED("UserAssignedManagedIdentity", "userAssignedManagedIdentitySettings", "User-assigned managed identity"),
    ARTIFACT_PULL_SECRET("ArtifactPullSecret", "artifactPullSecretSettings", "Artifact pull secret");

    private final String armName;
    private final String settingsField;
    private final String label;

    AuthenticationMethod(String armName, String settingsField, String label) {
        this.armName = armName;
        this.settingsField = settingsField;
        this.label = label;
    }

    public String armName() {
        return armName;
    }

    public String settingsField() {
        return settingsField;
    }

    public String label() {
        return label;
    }

    /** The method ARM names {@code armName}; empty for a value the published enum does not have. */
    public static Optional<AuthenticationMethod> fromArm(String armName) {
        return Arrays.stream(values()).filter(m -> m.armName.equals(armName)).findFirst();
    }

    @Override
    public String toString() {
        return label; // what a choice box shows
    }
}
