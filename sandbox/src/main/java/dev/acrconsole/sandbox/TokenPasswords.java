package dev.acrconsole.sandbox;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;

/**
 * Where generateCredentials' passwords come from: random ones, or (for tests that hunt for a secret in the client's
 * files) values planted in advance, handed out in order before random ones resume.
 */
public final class TokenPasswords {

    private final SecureRandom random = new SecureRandom();
    private final Deque<String> planted = new ArrayDeque<>();

    /** The next passwords generated are these, in this order. */
    public synchronized void plant(String... values) {
        for (String v : values) {
            planted.add(v);
        }
    }

    synchronized String next() {
        String p = planted.poll();
        if (p != null) {
            return p;
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).replace('/', 'x').replace('+', 'y');
    }
}
