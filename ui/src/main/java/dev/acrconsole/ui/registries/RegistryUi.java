package dev.acrconsole.ui.registries;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** Container registries: nodes of the tree with their SKU; created from the menu, updated and deleted from their page. */
public final class RegistryUi extends UiKind {
    public RegistryUi() {
        super(RegistryKind.KIND, "ACR", "#0078d4");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignD.DATABASE;
    }

    @Override
    public String note(NavigationRow row) {
        return row.sku();
    }

    @Override
    public List<RowAction> resourceActions(ViewContext view) {
        return List.of(
                RowAction.onSelected("Update…", "registry-update", "Change the SKU, sign-in, network access and policies", r -> update(view, r)),
                RowAction.onSelected("Admin credentials…", "registry-admin-credentials",
                        "Show the admin user's passwords once, or regenerate one",
                        r -> RegistryDialogs.adminCredentials(view, new AdminCredentialsViewModel(view.page(), r)).show()),
                RowAction.onSelected("Delete…", "registry-delete", "Delete the registry and everything in it", r -> delete(view, r)),
                RowAction.onSelected("Import…", "registry-import", "Copy an image in from another registry or a public one",
                        r -> dev.acrconsole.ui.imports.ImportDialog.of(view, new dev.acrconsole.ui.imports.ImportViewModel(
                                view.page(), r)).show()),
                RowAction.onSelected("Clean up…", "registry-cleanup", "Delete old tags and untagged manifests by rules, with a dry run",
                        r -> new dev.acrconsole.ui.cleanup.CleanupWindow(new dev.acrconsole.ui.cleanup.CleanupViewModel(
                                view.page(), r), view.window()).show()),
                RowAction.onSelected("Registry login…", "registry-login", "Reach its contents with a token or the admin user",
                        r -> RegistryDialogs.login(view, new RegistryLoginViewModel(view.page(), r)).show()),
                RowAction.onSelected("Use my account…", "registry-use-account",
                        "Reach its contents with your account again, forgetting a registry login",
                        r -> RegistryDialogs.useAccount(view, new RegistryLoginViewModel(view.page(), r)).show()));
    }

    @Override
    public List<dev.acrconsole.ui.kind.DetailsSection> sections(ViewContext view) {
        return List.of(new RegistryUsageSection(new RegistryUsageViewModel(view.page())));
    }

    /** Registry › Create: {@code groupId} is the resource group to preselect (the one selected in the tree), or null. */
    public static void create(ViewContext view, String groupId) {
        RegistryDialogs.create(view, groupId).show();
    }

    public static void update(ViewContext view, Row registry) {
        RegistryDialogs.update(view, new UpdateRegistryViewModel(view.page(), registry)).show();
    }

    public static void delete(ViewContext view, Row registry) {
        RegistryDialogs.delete(view, new DeleteRegistryViewModel(view.page(), registry)).show();
    }
}
