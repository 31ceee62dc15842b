package dev.acrconsole.ui.subscriptions;

import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.ui.kind.UiKind;

/** Subscriptions: the tree's first level below an account. */
public final class SubscriptionUi extends UiKind {
    public SubscriptionUi() {
        super(SubscriptionKind.KIND, "SUB", "#d18b00");
    }
}
