package dev.acrconsole.ui.scopemaps;

import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A registry's scope maps: created and edited with the actions editor, deleted (ACR's own ones are left alone). */
public final class ScopeMapUi extends UiKind {
    public ScopeMapUi() {
        super(ScopeMapKind.KIND, "SM", "#8e562e");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignS.SHIELD_KEY_OUTLINE;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return List.of(
                RowAction.onParent("Create…", "scope-map-create", "Create a scope map with the actions editor",
                        registry -> ScopeMapDialogs.scopeMap(view, new ScopeMapFormViewModel(view.page(), registry)).show()),
                RowAction.onSelected("Edit…", "scope-map-edit", "Change its description and actions",
                        ScopeMapCommands::userDefined,
                        m -> ScopeMapDialogs.scopeMap(view, ScopeMapFormViewModel.edit(view.page(), m)).show()),
                RowAction.onSelected("Delete…", "scope-map-delete", "Delete the scope map", ScopeMapCommands::userDefined,
                        m -> Confirm.ask(view, "scope-map-delete-confirm", "Delete scope map", "Delete scope map " + m.name()
                                + "? Tokens that use it lose what it allowed.", () -> new ScopeMapCommands(view.page()).delete(m))));
    }
}
