package dev.acrconsole.ui.tags;

import dev.acrconsole.app.tags.TagActions;
import dev.acrconsole.app.tags.TagDetails;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** A repository's tags: delete (untag) and lock one, or many selected together. */
public final class TagUi extends UiKind {
    public TagUi() {
        super(TagKind.KIND, "TAG", "#107c10");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignT.TAG_OUTLINE;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        TagCommands commands = new TagCommands(view.page());
        return List.of(
                RowAction.onSelected("Delete…", "tag-delete", "Remove the tag; the manifest it points at stays",
                        t -> Confirm.ask(view, "tag-delete-confirm", "Delete tag", "Delete tag "
                                + t.details(TagDetails.class).pullByTag() + "?" + (TagActions.locked(t)
                                ? " It is locked: the registry will refuse unless it is unlocked first." : ""),
                                () -> commands.delete(t))),
                RowAction.onSelected("Lock", "tag-lock", "No delete and no write until unlocked", t -> !TagActions.locked(t),
                        t -> commands.lock(t, true)),
                RowAction.onSelected("Unlock", "tag-unlock", "Allow delete and write again", TagActions::locked,
                        t -> commands.lock(t, false)),
                RowAction.onSelectedRows("Delete selected…", "tags-delete", "Delete every selected tag, as one operation",
                        t -> true, tags -> Confirm.ask(view, "tags-delete-confirm", "Delete tags", "Delete " + tags.size()
                                + " tags of " + tags.getFirst().details(TagDetails.class).repository()
                                + "? Each one's outcome shows in the operations panel.", () -> commands.deleteAll(tags))),
                RowAction.onSelectedRows("Lock selected", "tags-lock", "Lock every selected tag, as one operation",
                        t -> true, tags -> commands.lockAll(tags, true)));
    }
}
