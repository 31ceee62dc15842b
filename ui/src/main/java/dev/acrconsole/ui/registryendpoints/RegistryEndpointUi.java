package dev.acrconsole.ui.registryendpoints;

import dev.acrconsole.app.registryendpoints.RegistryEndpointKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.DetailsSection;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * An IoT Operations instance's registry endpoints: created, edited and deleted from its folder; a registry's page lists
 * the endpoints that pull from it.
 */
public final class RegistryEndpointUi extends UiKind {
    public RegistryEndpointUi() {
        super(RegistryEndpointKind.KIND, "REP", "#00838f");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignA.API;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return List.of(
                RowAction.onParent("New endpoint…", "endpoint-create", "Point the instance at a container registry",
                        instance -> RegistryEndpointDialogs.edit(view,
                                new RegistryEndpointFormViewModel(view.page(), instance, null)).show()),
                RowAction.onSelected("Edit…", "endpoint-edit", "Change the host or how the instance signs in",
                        e -> RegistryEndpointDialogs.edit(view,
                                new RegistryEndpointFormViewModel(view.page(), collection.parent(), e)).show()),
                RowAction.onSelected("Delete…", "endpoint-delete-button", "Remove the endpoint",
                        e -> RegistryEndpointDialogs.delete(view, e)));
    }

    @Override
    public List<DetailsSection> sections(ViewContext view) {
        return List.of(new EndpointsUsingRegistryView(new EndpointsUsingRegistryViewModel(view.page())));
    }
}
