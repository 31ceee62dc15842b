package dev.acrconsole.app.manifests;

import dev.acrconsole.app.dataplane.AcrPaths;
import dev.acrconsole.app.dataplane.AcrRequestException;
import dev.acrconsole.app.dataplane.AcrResponse;
import dev.acrconsole.app.dataplane.DataPlane;
import java.util.List;

/**
 * What a selected manifest reads beyond its listing: its document and its OCI 1.1 referrers. Not cached: read again
 * each time the manifest is selected. {@code referrersProblem} is the registry's refusal of the referrers, in its
 * words, when they could not be read (the document still shows).
 */
public record ManifestRead(ManifestContent content, List<ManifestContent.Descriptor> referrers, String referrersProblem) {

    /**
     * Reads {@code manifest}'s document (asking for every manifest and index type) and its referrers from {@code plane}.
     * A refusal of the document throws {@link AcrRequestException} (ACR's code and message). Blocks on the network.
     */
    public static ManifestRead of(DataPlane plane, String repository, String digest) {
        AcrResponse document = plane.send("GET", AcrPaths.manifestContent(repository, digest), null, ManifestContent.ACCEPT);
        if (!document.ok()) {
            throw new AcrRequestException(document);
        }
        ManifestContent content = ManifestContent.parse(document.body(), document.contentType());
        AcrResponse referrers = plane.send("GET", AcrPaths.referrers(repository, digest), null, ManifestContent.OCI_INDEX);
        if (referrers.ok()) {
            return new ManifestRead(content, ManifestContent.referrers(referrers.body()), null);
        }
        String problem = referrers.status() == 404 && referrers.errorCode().equals("HTTP404")
                ? "The registry does not serve OCI referrers (HTTP 404)"
                : "Could not be read: " + referrers.errorCode() + ": " + referrers.errorMessage();
        return new ManifestRead(content, List.of(), problem);
    }
}
