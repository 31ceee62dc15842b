package dev.acrconsole.ui.registries;

import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.dataplane.RegistryLogin;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Reaching one registry's contents with its own credentials (a scope-map token's name and password, or the admin
 * user) instead of the signed-in account: tried at once by reading its repositories; kept in the keyring only when the
 * user asks, else for this run.
 */
public final class RegistryLoginViewModel extends FormModel {
    private final PageContext context;
    private final Row registry;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);

    public RegistryLoginViewModel(PageContext context, Row registry) {
        this.context = context;
        this.registry = registry;
        watch(username, RegistryLogin.USERNAME);
        watch(password, RegistryLogin.PASSWORD);
    }

    public String loginServer() {
        return registry.details(RegistryDetails.class).loginServer();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** Whether "remember" can last beyond this run (an OS keyring works). */
    public boolean canRemember() {
        Session s = context.session(registry);
        return s != null && s.dataPlanes().remembered().persistent();
    }

    @Override
    protected FieldErrors validate() {
        return RegistryLogin.check(username.get(), password.get());
    }

    /**
     * Tries the login by reading the registry's repositories with it; the registry's refusal fails the future with its
     * own words, and the console goes back to how it reached the registry before (a login that worked stays, and stays
     * kept). Null when the form is not ready.
     */
    public CompletableFuture<?> submit() {
        if (!check()) {
            return null;
        }
        Session s = context.session(registry);
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Offline: there is no registry to sign in to."));
        }
        RegistryLogin login = new RegistryLogin(username.get().strip(), password.get());
        boolean keep = remember.get();
        String server = loginServer();
        DataPlanes planes = s.dataPlanes();
        return context.background().submit(() -> {
            var before = planes.login(server);
            planes.useLogin(server, login);
            RefreshReport report = s.refresh().refreshChildren(registry.resource(), RepositoryKind.KIND, RefreshListener.NONE);
            if (!report.failures().isEmpty()) {
                planes.restoreLogin(server, before);
                throw new IllegalStateException("The registry refused this login: " + report.failures().getFirst().error());
            }
            if (keep) {
                planes.remembered().remember(server, login);
            }
            return null;
        });
    }

    /**
     * Back to the signed-in account for this registry's contents: the login in use is forgotten, and taken out of the
     * keyring; the repositories are read again as the account.
     */
    public CompletableFuture<?> useAccount() {
        Session s = context.session(registry);
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Offline: there is no registry to reach."));
        }
        String server = loginServer();
        return context.background().submit(() -> {
            s.dataPlanes().forgetLogin(server);
            RefreshReport report = s.refresh().refreshChildren(registry.resource(), RepositoryKind.KIND, RefreshListener.NONE);
            if (!report.failures().isEmpty()) {
                throw new IllegalStateException("The login is forgotten, but the registry refused your account: "
                        + report.failures().getFirst().error());
            }
            return null;
        });
    }
}
