package dev.acrconsole.ui.repositories;

import dev.acrconsole.app.repositories.RepositoryActions;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A registry's repositories: delete one (its name typed to confirm), lock and unlock. */
public final class RepositoryUi extends UiKind {
    public RepositoryUi() {
        super(RepositoryKind.KIND, "REP", "#0f6cbd");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignS.SOURCE_REPOSITORY;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        RepositoryCommands commands = new RepositoryCommands(view.page());
        return List.of(
                RowAction.onParent("Import…", "repository-import", "Copy an image into this registry from another or a public one",
                        registry -> dev.acrconsole.ui.imports.ImportDialog.of(view,
                                new dev.acrconsole.ui.imports.ImportViewModel(view.page(), registry)).show()),
                RowAction.onSelected("Delete…", "repository-delete", "Delete the repository with every tag and manifest in it",
                        r -> delete(view, new DeleteRepositoryViewModel(view.page(), r)).show()),
                RowAction.onSelected("Clean up…", "repository-cleanup", "Delete its old tags and untagged manifests by rules",
                        r -> new dev.acrconsole.ui.cleanup.CleanupWindow(new dev.acrconsole.ui.cleanup.CleanupViewModel(
                                view.page(), r), view.window()).show()),
                RowAction.onSelected("Lock", "repository-lock", "No delete and no write until unlocked",
                        r -> !RepositoryActions.locked(r), r -> commands.lock(r, true)),
                RowAction.onSelected("Unlock", "repository-unlock", "Allow delete and write again", RepositoryActions::locked,
                        r -> commands.lock(r, false)));
    }

    static FormDialog delete(ViewContext view, DeleteRepositoryViewModel model) {
        TextField typed = new TextField();
        typed.setPromptText(model.name());
        typed.textProperty().bindBidirectional(model.typedProperty());
        Label warning = new Label("Deleting " + model.name() + " removes " + model.contents() + " in it. This cannot be "
                + "undone.\nType the repository's name to confirm.");
        warning.setWrapText(true);
        FormRows form = new FormRows().note(warning).add("Repository name", typed,
                model.errorProperty(RepositoryActions.CONFIRM), "delete-repository-name");
        return new FormDialog(view.window(), "delete-repository", "Delete repository", "Delete " + model.name() + "?",
                form.node(), "Delete", model::submit);
    }
}
