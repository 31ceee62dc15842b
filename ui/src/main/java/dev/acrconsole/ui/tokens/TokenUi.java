package dev.acrconsole.ui.tokens;

import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;

/** A registry's tokens: created with a scope map, edited, given new passwords (shown once), deleted. */
public final class TokenUi extends UiKind {
    public TokenUi() {
        super(TokenKind.KIND, "TOK", "#b4009e");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignK.KEY_VARIANT;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return List.of(
                RowAction.onParent("Create…", "token-create", "Create a token with a scope map",
                        registry -> TokenDialogs.token(view, new TokenFormViewModel(view.page(), registry, null)).show()),
                RowAction.onSelected("Edit…", "token-edit", "Change its scope map or status", t -> {
                    if (collection.parent() == null) {
                        view.page().notice().accept("The registry is not in the cache yet: wait for the refresh, then try again.");
                    } else {
                        TokenDialogs.token(view, new TokenFormViewModel(view.page(), collection.parent(), t)).show();
                    }
                }),
                RowAction.onSelected("Generate passwords…", "token-generate", "Make new passwords (shown once)",
                        t -> TokenDialogs.generatePasswords(view, new GeneratePasswordsViewModel(view.page(), t)).show()),
                RowAction.onSelected("Delete…", "token-delete", "Delete the token", t -> TokenDialogs.delete(view, t)));
    }
}
