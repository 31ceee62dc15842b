package dev.acrconsole.app.arm;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;

/**
 * A fixed bearer token: what the sandbox accepts. Real accounts plug in azure-identity
 * credentials through the same {@link TokenCredential} interface (sign-in issue).
 */
public final class StaticTokenCredential implements TokenCredential {
    private final String token;

    public StaticTokenCredential(String token) {
        this.token = token;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.just(getTokenSync(request));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        return new AccessToken(token, OffsetDateTime.now().plusHours(1));
    }

    @Override
    public String toString() {
        return "StaticTokenCredential[***]"; // never print the token
    }
}
