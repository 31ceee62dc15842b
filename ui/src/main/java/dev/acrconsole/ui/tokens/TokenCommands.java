package dev.acrconsole.ui.tokens;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.TokenActions;
import dev.acrconsole.ui.page.PageContext;

/** Deleting a token (creating, editing and new passwords have their forms). */
public final class TokenCommands {
    private final PageContext context;

    public TokenCommands(PageContext context) {
        this.context = context;
    }

    public void delete(Row token) {
        context.submit(token.scope(), TokenActions.delete(token.id(), token.tenantId()));
    }
}
