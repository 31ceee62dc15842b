package dev.acrconsole.ui.cacherules;

import dev.acrconsole.app.cacherules.CacheRuleKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.DetailsSection;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A registry's cache rules: created from an upstream repository into a target one, given another credential set,
 * deleted; a registry's page flags its rules whose credential set is unhealthy.
 */
public final class CacheRuleUi extends UiKind {
    public CacheRuleUi() {
        super(CacheRuleKind.KIND, "CAC", "#0e7a6b");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CACHED;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return List.of(
                RowAction.onParent("Create…", "cacherule-create", "Cache an upstream repository in this registry",
                        registry -> CacheRuleDialogs.edit(view, new CacheRuleFormViewModel(view.page(), registry, null)).show()),
                RowAction.onSelected("Edit…", "cacherule-edit", "Change its credential set", r -> {
                    if (collection.parent() == null) {
                        view.page().notice().accept("The registry is not in the cache yet: wait for the refresh, then try again.");
                    } else {
                        CacheRuleDialogs.edit(view, new CacheRuleFormViewModel(view.page(), collection.parent(), r)).show();
                    }
                }),
                RowAction.onSelected("Delete…", "cacherule-delete", "Delete the cache rule", r -> CacheRuleDialogs.delete(view, r)));
    }

    @Override
    public List<DetailsSection> sections(ViewContext view) {
        return List.of(new CacheRuleFlagsView(new CacheRuleFlagsViewModel(view.page())));
    }
}
