package dev.acrconsole.ui.subscriptions;

import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.ui.kind.UiKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Subscriptions: the tree's first level below an account. */
public final class SubscriptionUi extends UiKind {
    public SubscriptionUi() {
        super(SubscriptionKind.KIND, "SUB", "#d18b00");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CREDIT_CARD_OUTLINE;
    }
}
