package dev.acrconsole.ui.credentialsets;

import dev.acrconsole.app.credentialsets.CredentialSetKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** A registry's credential sets: created with Key Vault secret URIs, given new ones, deleted. */
public final class CredentialSetUi extends UiKind {
    public CredentialSetUi() {
        super(CredentialSetKind.KIND, "CRS", "#a4262c");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignL.LOCK_OUTLINE;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return List.of(
                RowAction.onParent("Create…", "credentialset-create", "Create a credential set for an upstream registry",
                        registry -> CredentialSetDialogs.edit(view, new CredentialSetFormViewModel(view.page(), registry, null)).show()),
                RowAction.onSelected("Edit…", "credentialset-edit", "Point it at other Key Vault secrets", s -> {
                    if (collection.parent() == null) {
                        view.page().notice().accept("The registry is not in the cache yet: wait for the refresh, then try again.");
                    } else {
                        CredentialSetDialogs.edit(view, new CredentialSetFormViewModel(view.page(), collection.parent(), s)).show();
                    }
                }),
                RowAction.onSelected("Delete…", "credentialset-delete", "Delete the credential set",
                        s -> CredentialSetDialogs.delete(view, s)));
    }
}
