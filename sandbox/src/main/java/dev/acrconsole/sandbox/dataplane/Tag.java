package dev.acrconsole.sandbox.dataplane;

import java.time.Instant;

/** A tag of a repository: a name pointing at a manifest digest. */
final class Tag {
    final String name;
    String digest;
    final Instant created;
    Instant updated;
    Changeable attributes;

    Tag(String name, String digest, Instant created, Instant updated, Changeable attributes) {
        this.name = name;
        this.digest = digest;
        this.created = created;
        this.updated = updated;
        this.attributes = attributes;
    }
}
