package dev.acrconsole.cache;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A kind of resource the cache holds, by the code stored in its kind column ("registry", "token", ...). The set is
 * open: each kind is described by the app's kind registry (its descriptors), and the cache stores any code it is given.
 * A cache written by a newer version may hold codes this one does not describe; they read back as kinds all the same.
 * One instance per code, so kinds compare with {@code ==} as enum constants did.
 */
public final class ResourceKind {
    private static final ConcurrentMap<String, ResourceKind> KINDS = new ConcurrentHashMap<>();

    private final String code;

    private ResourceKind(String code) {
        this.code = code;
    }

    public static ResourceKind of(String code) {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A resource kind needs a code");
        }
        return KINDS.computeIfAbsent(code, ResourceKind::new);
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
