package dev.acrconsole.ui.tenants;

import dev.acrconsole.app.tenants.TenantKind;
import dev.acrconsole.ui.kind.UiKind;

/** Tenants: what an account's subscriptions belong to (shown in the accounts panel, not as tree nodes). */
public final class TenantUi extends UiKind {
    public TenantUi() {
        super(TenantKind.KIND, "TEN", "#777777");
    }
}
