package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Reads every byte of every file under a data dir and fails if any secret, or anything token-shaped, is there. */
public final class SecretScan {
    /**
     * What tokens look like whatever their value: a JWT's header (every token the sandbox's identity endpoint and its
     * registries' token servers issue: Entra tokens, ACR refresh and access tokens), the sandbox's refresh tokens, OAuth
     * field names.
     */
    private static final List<String> TOKEN_SHAPES = List.of("eyJ0eXAiOiJKV1Qi", "sbx-rt-", "sbx-ac-", "refresh_token",
            "access_token", "\"secret\"", "AccessToken", "RefreshToken");

    private SecretScan() {}

    /** Fails if {@code text} (an export, what was printed) holds a secret or anything token-shaped. */
    public static void assertNoSecrets(String what, String text, Collection<String> secrets) {
        for (String secret : secrets) {
            assertThat(text).as("a secret in " + what).doesNotContain(secret);
        }
        for (String shape : TOKEN_SHAPES) {
            assertThat(text).as("something token-shaped in " + what).doesNotContain(shape);
        }
    }

    /** @return the files scanned, so a test can check the scan saw the cache and the settings */
    public static List<Path> assertNoSecrets(Path dataDir, Collection<String> secrets) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String content;
            try {
                content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertNoSecrets(file.toString(), content, secrets);
        }
        return files;
    }
}
