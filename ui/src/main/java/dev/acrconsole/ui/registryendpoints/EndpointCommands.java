package dev.acrconsole.ui.registryendpoints;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registryendpoints.RegistryEndpointActions;
import dev.acrconsole.ui.page.PageContext;

/** Deleting a registry endpoint (creating and editing have their form). */
public final class EndpointCommands {
    private final PageContext context;

    public EndpointCommands(PageContext context) {
        this.context = context;
    }

    public void delete(Row endpoint) {
        context.submit(endpoint.scope(), RegistryEndpointActions.delete(endpoint.id(), endpoint.tenantId()));
    }
}
