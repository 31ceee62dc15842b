package dev.acrconsole.ui.tokens;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.guard.Guard;
import dev.acrconsole.app.forms.Typed;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.GeneratedPasswords;
import dev.acrconsole.app.tokens.TokenCredentials;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Generating a token's passwords: which one (or both) and an optional expiry. Not an operation: the answer holds the
 * passwords, so it goes from the SDK to the dialog that shows them once and nowhere else (ADR 0008).
 */
public final class GeneratePasswordsViewModel extends FormModel {
    private final PageContext context;
    private final Row token;
    private final ObjectProperty<TokenCredentials.Which> which = new SimpleObjectProperty<>(TokenCredentials.Which.PASSWORD1);
    private final StringProperty expiry = new SimpleStringProperty("");

    public GeneratePasswordsViewModel(PageContext context, Row token) {
        this.context = context;
        this.token = token;
        watch(expiry, TokenCredentials.EXPIRY);
    }

    public String tokenName() {
        return token.name();
    }

    public ObjectProperty<TokenCredentials.Which> whichProperty() {
        return which;
    }

    /** The day (UTC) the new passwords stop working as typed (year-month-day), empty for never. */
    public StringProperty expiryProperty() {
        return expiry;
    }

    private OffsetDateTime expiryTime() {
        LocalDate day = Typed.day(expiry.get()).value();
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    @Override
    protected FieldErrors validate() {
        Typed<LocalDate> day = Typed.day(expiry.get());
        if (!day.ok()) {
            return new FieldErrors().add(TokenCredentials.EXPIRY, day.problem());
        }
        return TokenCredentials.validate(expiryTime(), Clock.systemUTC());
    }

    /**
     * Null when refused (its message shows); else generates in the background and hands the passwords to {@code show}
     * on the FX thread.
     */
    public CompletableFuture<GeneratedPasswords> submit(Consumer<GeneratedPasswords> show) {
        if (!check()) {
            return null;
        }
        Session s = context.session(token.scope(), token.tenantId());
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("offline"));
        }
        OffsetDateTime at = expiryTime();
        TokenCredentials.Which chosen = which.get();
        // A new password cuts off whoever uses the old one: not in read-only mode, and on production the typed name.
        CompletableFuture<Void> allowed = Guard.allow(s.operations().guard(), Guard.GENERATE_TOKEN_PASSWORD,
                "Generate " + chosen.name().toLowerCase(java.util.Locale.ROOT) + " of token " + token.name(), token.id(),
                token.kind(), token.tenantId());
        return allowed.thenCompose(ok -> context.background().submit(() -> {
            try {
                return new TokenCredentials(s.arm()).generate(token.id(), chosen, at);
            } catch (RuntimeException e) {
                throw new IllegalStateException(ArmErrors.describe(e), e); // ARM's code and message, in one line
            }
        })).whenCompleteAsync((passwords, error) -> {
            if (error == null) {
                show.accept(passwords);
            }
        }, context.fx());
    }
}
