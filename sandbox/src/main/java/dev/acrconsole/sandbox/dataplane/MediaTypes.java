package dev.acrconsole.sandbox.dataplane;

/** The media types the sample's manifests, configs and layers carry. */
final class MediaTypes {
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
    static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
    static final String OCI_EMPTY = "application/vnd.oci.empty.v1+json";
    static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    static final String DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
    static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip";
    static final String NOTATION_SIGNATURE = "application/vnd.cncf.notary.signature";
    static final String JWS_SIGNATURE = "application/jose+json";
    static final String SPDX = "application/spdx+json";
    static final String IN_TOTO = "application/vnd.in-toto+json";

    private MediaTypes() {
    }
}
