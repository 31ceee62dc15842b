package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import dev.acrconsole.ui.privateendpoints.ConnectionDecisionViewModel.Decision;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** A registry's private endpoint connections: approve, reject, delete. */
public final class PrivateEndpointConnectionUi extends UiKind {
    public PrivateEndpointConnectionUi() {
        super(PrivateEndpointConnectionKind.KIND, "PE", "#8764b8");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignL.LAN_CONNECT;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return decisions(view, "connection-approve", "connection-reject", "Refuse the private endpoint (it cannot be approved later)",
                List.of(RowAction.onSelected("Delete…", "connection-delete-button", "Remove the connection",
                        c -> ConnectionDialogs.delete(view, c))));
    }

    /** Approve and Reject (then {@code more}), as the collection's page and the pending-approvals inbox offer them. */
    static List<RowAction> decisions(ViewContext view, String approveId, String rejectId, String rejectTip, List<RowAction> more) {
        List<RowAction> all = new java.util.ArrayList<>(List.of(
                RowAction.onSelected("Approve…", approveId, "Let the private endpoint reach the registry",
                        ConnectionCommands::canApprove, c -> ConnectionDialogs.decide(view, c, Decision.APPROVE).show()),
                RowAction.onSelected("Reject…", rejectId, rejectTip, ConnectionCommands::canReject,
                        c -> ConnectionDialogs.decide(view, c, Decision.REJECT).show())));
        all.addAll(more);
        return all;
    }
}
