package dev.acrconsole.app.manifests;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a referrer is, in words, from its artifact type: a signature, an SBOM, an attestation, a scan result. */
public final class ArtifactTypes {
    /** The first whose key the (lower-case) artifact type contains names it; the order matters. */
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("vnd.cncf.notary.signature", "Notary signature"),
            Map.entry("attestation", "Attestation"),
            Map.entry("vnd.dev.cosign", "Sigstore signature"),
            Map.entry("vnd.dev.sigstore", "Sigstore signature"),
            Map.entry("spdx", "SBOM (SPDX)"),
            Map.entry("cyclonedx", "SBOM (CycloneDX)"),
            Map.entry("syft", "SBOM (Syft)"),
            Map.entry("in-toto", "Attestation (in-toto)"),
            Map.entry("dsse", "Attestation (DSSE envelope)"),
            Map.entry("sarif", "Scan result (SARIF)"),
            Map.entry("vex", "VEX document"));

    private ArtifactTypes() {}

    public static String describe(String artifactType) {
        if (artifactType == null || artifactType.isBlank()) {
            return "Artifact of no type";
        }
        String t = artifactType.toLowerCase(Locale.ROOT);
        return WORDS.stream().filter(w -> t.contains(w.getKey())).map(Map.Entry::getValue).findFirst().orElse("Artifact");
    }
}
