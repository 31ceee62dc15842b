package dev.acrconsole.ui.tenants;

import dev.acrconsole.app.tenants.TenantKind;
import dev.acrconsole.ui.kind.UiKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** Tenants: what an account's subscriptions belong to (shown in the accounts panel, not as tree nodes). */
public final class TenantUi extends UiKind {
    public TenantUi() {
        super(TenantKind.KIND, "TEN", "#777777");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignD.DOMAIN;
    }
}
