package dev.acrconsole.ui.tokens;

import dev.acrconsole.app.model.ScopeMapDetails;
import dev.acrconsole.app.tokens.ScopeMapActions;
import dev.acrconsole.app.tokens.TokenActions;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.children.ChildActions;
import dev.acrconsole.ui.children.ChildListViewModel;
import dev.acrconsole.ui.main.PageContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The buttons above a registry's scope maps and tokens. */
public final class TokenButtons {
    private TokenButtons() {}

    public static List<Node> scopeMaps(PageContext context, ChildListViewModel model) {
        var selected = model.selectedProperty();
        return List.of(
                create("scope-map-create", "Create a scope map with the actions editor", model, context,
                        registry -> TokenDialogs.scopeMap(context, new ScopeMapFormViewModel(context, registry)).show()),
                ChildActions.button("Edit…", "scope-map-edit", "Change its description and actions", selected,
                        TokenButtons::userDefined, m -> TokenDialogs.scopeMap(context, ScopeMapFormViewModel.edit(context, m)).show()),
                ChildActions.button("Delete…", "scope-map-delete", "Delete the scope map", selected, TokenButtons::userDefined,
                        m -> TokenDialogs.delete(context, "scope map", m, () -> context.submit(m.scope(), ScopeMapActions.delete(m.id(), m.tenantId())))));
    }

    public static List<Node> tokens(PageContext context, ChildListViewModel model) {
        var selected = model.selectedProperty();
        return List.of(
                create("token-create", "Create a token with a scope map", model, context,
                        registry -> TokenDialogs.token(context, new TokenFormViewModel(context, registry, null)).show()),
                ChildActions.button("Edit…", "token-edit", "Change its scope map or status", selected, t -> true,
                        t -> withRegistry(context, model, r -> TokenDialogs.token(context, new TokenFormViewModel(context, r, t)).show())),
                ChildActions.button("Generate passwords…", "token-generate", "Make new passwords (shown once)", selected, t -> true,
                        t -> TokenDialogs.generatePasswords(context, new GeneratePasswordsViewModel(context, t)).show()),
                ChildActions.button("Delete…", "token-delete", "Delete the token", selected, t -> true,
                        t -> TokenDialogs.delete(context, "token", t, () -> context.submit(t.scope(), TokenActions.delete(t.id(), t.tenantId())))));
    }

    /** ACR's own {@code _repositories_*} scope maps cannot be changed or deleted. */
    private static boolean userDefined(CachedResource scopeMap) {
        return !ScopeMapDetails.parse(scopeMap.json()).systemDefined();
    }

    private static Button create(String id, String tip, ChildListViewModel model, PageContext context, Consumer<CachedResource> open) {
        Button b = new Button("Create…");
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> withRegistry(context, model, open));
        return b;
    }

    /** The folder's registry, once its page has read it from the cache. */
    private static void withRegistry(PageContext context, ChildListViewModel model, Consumer<CachedResource> action) {
        CachedResource registry = model.parent();
        if (registry == null) {
            context.notice().accept("The registry is not in the cache yet: wait for the refresh, then try again.");
        } else {
            action.accept(registry);
        }
    }
}
