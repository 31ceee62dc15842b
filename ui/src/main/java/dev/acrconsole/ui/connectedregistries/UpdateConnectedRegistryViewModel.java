package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryActions;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryDetails;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryUpdate;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.concurrent.CompletableFuture;

/** Changes when a connected registry syncs, its logging, notifications and client tokens. */
public final class UpdateConnectedRegistryViewModel extends FormModel {
    private final PageContext context;
    private final Row row;
    private final SyncFields fields;

    public UpdateConnectedRegistryViewModel(PageContext context, Row row) {
        this.context = context;
        this.row = row;
        ConnectedRegistryDetails d = row.details(ConnectedRegistryDetails.class);
        fields = new SyncFields(d.sync().schedule() == null ? "* * * * *" : d.sync().schedule(),
                d.sync().syncWindow() == null ? "" : d.sync().syncWindow(),
                d.sync().messageTtl() == null ? "" : d.sync().messageTtl(),
                d.logLevel() == null ? "Information" : d.logLevel(), "Enabled".equalsIgnoreCase(d.auditLogStatus()),
                d.notifications());
        fields.watch(this::watch);
        ClientTokens.read(context, row.scope(), ArmIds.parent(row.id()), d.clientTokenIds(), d.sync().tokenId())
                .thenAcceptAsync(fields.clientTokens()::setAll, context.fx());
    }

    public String name() {
        return row.name();
    }

    public SyncFields fields() {
        return fields;
    }

    public ConnectedRegistryUpdate update() {
        return new ConnectedRegistryUpdate(row.id(), row.tenantId(), fields.settings(), fields.logLevelProperty().get(),
                fields.auditLogProperty().get(), fields.notificationList(), fields.chosenTokens());
    }

    @Override
    protected FieldErrors validate() {
        return update().validate();
    }

    /** Null when the form refused to send (its messages show), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        return check() ? context.submit(row.scope(), ConnectedRegistryActions.update(update())) : null;
    }
}
