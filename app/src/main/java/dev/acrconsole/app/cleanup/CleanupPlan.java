package dev.acrconsole.app.cleanup;

import dev.acrconsole.app.kind.Row;
import java.time.Instant;
import java.util.List;

/**
 * What a clean-up would delete (a dry run): the tags and the manifests, and the bytes it would free at most (layers
 * shared with images that stay are not freed, so it is an upper bound), as of when the contents were read.
 *
 * @param referrersKept untagged manifests the rules would have taken that are signatures, SBOMs or attestations of
 *                      other manifests ({@link dev.acrconsole.app.manifests.ManifestDetails#isReferrerArtifact}), kept
 */
public record CleanupPlan(List<Row> tags, List<Row> manifests, long bytesAtMost, int referrersKept, Instant asOf) {
    public boolean empty() {
        return tags.isEmpty() && manifests.isEmpty();
    }
}
