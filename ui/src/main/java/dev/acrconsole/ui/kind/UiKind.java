package dev.acrconsole.ui.kind;

import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.collection.CollectionView;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Everything the window knows of one kind of resource: its badge, what the tree notes beside it, the page its folder
 * opens (a table of its rows with their details, unless the kind needs more), the actions on its rows, and what its own
 * details page adds. One implementation per kind, in that kind's package, listed once in the window's kind registry
 * ({@code dev.acrconsole.ui.catalog.UiKinds}) beside the app's descriptor of the same kind.
 */
public abstract class UiKind {
    private final ResourceKind kind;
    private final String badge;
    private final String colour;

    /**
     * @param badge  the short badge of the kind in the tree and in tables: "ACR", "TOK"
     * @param colour the badge's background, a CSS colour ({@code #0078d4})
     */
    protected UiKind(ResourceKind kind, String badge, String colour) {
        this.kind = kind;
        this.badge = badge;
        this.colour = colour;
    }

    public final ResourceKind kind() {
        return kind;
    }

    public final String badge() {
        return badge;
    }

    public final String colour() {
        return colour;
    }

    /** The kind's icon, in the tree, in tables' kind columns and in search results; each kind names its own. */
    public Ikon icon() {
        return MaterialDesignC.CUBE_OUTLINE;
    }

    /** What the tree shows beside a node of this kind (a registry's SKU, a group's location); null for nothing. */
    public String note(NavigationRow row) {
        return null;
    }

    /** The actions above a collection of this kind (and, later, in its rows' context menu). */
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return List.of();
    }

    /** The page a folder of this kind opens: its rows in a table with the selected one's details. */
    public PageView page(ViewContext view, Folder folder) {
        CollectionViewModel model = new CollectionViewModel(view.page(), folder.parentId(), folder.scope(), kind());
        model.preselect(folder.selectId());
        return new CollectionView(model, actions(view, model), null, view.page().notice());
    }

    /** The actions on a resource of this kind when its own details page shows (a registry's Update and Delete). */
    public List<RowAction> resourceActions(ViewContext view) {
        return List.of();
    }

    /** Sections this kind adds below a resource's details (of its kind or another's): they show and hide themselves. */
    public List<DetailsSection> sections(ViewContext view) {
        return List.of();
    }
}
