package dev.acrconsole.ui.registries;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.guard.Guard;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.tokens.AdminCredentials;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The admin user's credentials: shown as they are, or one password made anew first. Not an operation: ARM's answer
 * holds the passwords, so it goes from the SDK to the dialog that shows them once and nowhere else (ADR 0008).
 */
public final class AdminCredentialsViewModel extends FormModel {
    public static final String WHAT = "what";

    /** What OK does. */
    public enum What {
        SHOW("Show the user name and both passwords"),
        REGENERATE_PASSWORD("Regenerate password, then show them"),
        REGENERATE_PASSWORD2("Regenerate password2, then show them");

        private final String text;

        What(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final PageContext context;
    private final Row registry;
    private final ObjectProperty<What> what = new SimpleObjectProperty<>(What.SHOW);

    public AdminCredentialsViewModel(PageContext context, Row registry) {
        this.context = context;
        this.registry = registry;
        watch(what, WHAT);
    }

    public String name() {
        return registry.name();
    }

    public ObjectProperty<What> whatProperty() {
        return what;
    }

    @Override
    protected FieldErrors validate() {
        // ACR refuses both calls while the admin user is off: say so here rather than send a request bound to fail.
        return new FieldErrors().check(!Boolean.TRUE.equals(registry.details(RegistryDetails.class).adminUserEnabled()), WHAT,
                "The admin user of " + registry.name() + " is disabled: enable it with Update… first.");
    }

    /**
     * Null when refused (its message shows); else reads (or regenerates and reads) in the background and hands the
     * credentials to {@code show} on the FX thread.
     */
    public CompletableFuture<AdminCredentials.Shown> submit(Consumer<AdminCredentials.Shown> show) {
        if (!check()) {
            return null;
        }
        Session s = context.session(registry.scope(), registry.tenantId());
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("offline"));
        }
        What chosen = what.get();
        // A new password cuts off whoever uses the old one: not in read-only mode, and on production the typed name.
        CompletableFuture<Void> allowed = chosen == What.SHOW ? CompletableFuture.completedFuture(null)
                : Guard.allow(s.operations().guard(), Guard.REGENERATE_ADMIN_PASSWORD, "Regenerate "
                        + (chosen == What.REGENERATE_PASSWORD ? "password" : "password2") + " of " + registry.name(),
                        registry.id(), registry.kind(), registry.tenantId());
        return allowed.thenCompose(ok -> context.background().submit(() -> {
            try {
                AdminCredentials credentials = new AdminCredentials(s.arm());
                return switch (chosen) {
                    case SHOW -> credentials.list(registry.id());
                    case REGENERATE_PASSWORD -> credentials.regenerate(registry.id(), AdminCredentials.Which.PASSWORD);
                    case REGENERATE_PASSWORD2 -> credentials.regenerate(registry.id(), AdminCredentials.Which.PASSWORD2);
                };
            } catch (RuntimeException e) {
                throw new IllegalStateException(ArmErrors.describe(e), e); // ARM's code and message, in one line
            }
        })).whenCompleteAsync((shown, error) -> {
            if (error == null) {
                show.accept(shown);
            }
        }, context.fx());
    }
}
