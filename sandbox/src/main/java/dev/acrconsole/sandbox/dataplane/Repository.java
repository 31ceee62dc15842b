package dev.acrconsole.sandbox.dataplane;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A repository: its tags (sorted by name, as tag lists are) and manifests (in the order they were pushed). */
final class Repository {
    final String name;
    final Instant created;
    Instant updated;
    Changeable attributes = Changeable.OPEN;
    final TreeMap<String, Tag> tags = new TreeMap<>();
    final Map<String, Manifest> manifests = new LinkedHashMap<>();

    Repository(String name, Instant created) {
        this.name = name;
        this.created = created;
        this.updated = created;
    }

    List<String> tagsOf(String digest) {
        return tags.values().stream().filter(t -> t.digest.equals(digest)).map(t -> t.name).toList();
    }

    /** The manifests whose OCI 1.1 subject is {@code digest}. */
    List<Manifest> referrers(String digest) {
        return manifests.values().stream().filter(m -> digest.equals(m.subject)).toList();
    }
}
