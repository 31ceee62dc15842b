package dev.acrconsole.ui.manifests;

import dev.acrconsole.app.manifests.Digests;
import dev.acrconsole.app.manifests.ManifestActions;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** A repository's manifests: delete (with the tags that point at them) and lock, one or many. */
public final class ManifestUi extends UiKind {
    public ManifestUi() {
        super(ManifestKind.KIND, "MAN", "#5c2e91");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignL.LAYERS_OUTLINE;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        ManifestCommands commands = new ManifestCommands(view.page());
        return List.of(
                RowAction.onSelected("Delete…", "manifest-delete", "Delete the manifest and every tag pointing at it",
                        m -> Confirm.ask(view, "manifest-delete-confirm", "Delete manifest", question(m.details(ManifestDetails.class)),
                                () -> commands.delete(m))),
                RowAction.onSelected("Lock", "manifest-lock", "No delete and no write until unlocked",
                        m -> !ManifestActions.locked(m), m -> commands.lock(m, true)),
                RowAction.onSelected("Unlock", "manifest-unlock", "Allow delete and write again", ManifestActions::locked,
                        m -> commands.lock(m, false)),
                RowAction.onSelectedRows("Delete selected…", "manifests-delete", "Delete every selected manifest, as one operation",
                        m -> true, ms -> Confirm.ask(view, "manifests-delete-confirm", "Delete manifests", "Delete " + ms.size()
                                + " manifests and the tags pointing at them? Each one's outcome shows in the operations panel.",
                                () -> commands.deleteAll(ms))));
    }

    private static String question(ManifestDetails d) {
        return "Delete manifest " + Digests.shortForm(d.digest()) + " of " + d.repository() + "?"
                + (d.tags().isEmpty() ? " It is untagged." : " Its tags go with it: " + String.join(", ", d.tags()) + ".")
                + (d.locks().locked() ? " It is locked: the registry will refuse unless it is unlocked first." : "");
    }
}
