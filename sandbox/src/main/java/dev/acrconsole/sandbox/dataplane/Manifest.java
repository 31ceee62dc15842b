package dev.acrconsole.sandbox.dataplane;

import java.time.Instant;
import java.util.List;

/**
 * A manifest as the registry keeps it: the exact bytes it serves (whose sha256 is {@link #digest}) and what ACR's
 * metadata API tells about it.
 *
 * @see Platform
 */
final class Manifest {

    /** A child of an index, with the platform the index names for it. */
    record Platform(String digest, String architecture, String os) {
    }

    final String digest;
    final String mediaType;
    final byte[] bytes;
    final String configMediaType;
    final String architecture;
    final String os;
    final long imageSize;
    final List<Platform> references;
    /** The manifest this one refers to (OCI 1.1 {@code subject}), or null. */
    final String subject;
    /** The artifact type a referrers list shows for it, or null. */
    final String artifactType;
    final Instant created;
    Instant updated;
    Changeable attributes;

    Manifest(String digest, String mediaType, byte[] bytes, String configMediaType, String architecture, String os,
             long imageSize, List<Platform> references, String subject, String artifactType, Instant created,
             Changeable attributes) {
        this.digest = digest;
        this.mediaType = mediaType;
        this.bytes = bytes;
        this.configMediaType = configMediaType;
        this.architecture = architecture;
        this.os = os;
        this.imageSize = imageSize;
        this.references = List.copyOf(references);
        this.subject = subject;
        this.artifactType = artifactType;
        this.created = created;
        this.updated = created;
        this.attributes = attributes;
    }

    boolean isIndex() {
        return mediaType.equals(MediaTypes.OCI_INDEX) || mediaType.equals(MediaTypes.DOCKER_LIST);
    }
}
