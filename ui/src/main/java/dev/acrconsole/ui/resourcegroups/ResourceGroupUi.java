package dev.acrconsole.ui.resourcegroups;

import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.ui.kind.UiKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** Resource groups, with their location beside them in the tree. */
public final class ResourceGroupUi extends UiKind {
    public ResourceGroupUi() {
        super(ResourceGroupKind.KIND, "RG", "#5c7c99");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FOLDER_OUTLINE;
    }

    @Override
    public String note(NavigationRow row) {
        return row.location();
    }
}
