package dev.acrconsole.ui.agentpools;

import dev.acrconsole.app.agentpools.AgentPoolKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A registry's dedicated agent pools: created, scaled, deleted; the selected one shows how many runs wait for it. */
public final class AgentPoolUi extends UiKind {
    public AgentPoolUi() {
        super(AgentPoolKind.KIND, "AP", "#8764b8");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignS.SERVER;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        AgentPoolCommands commands = new AgentPoolCommands(view.page());
        return List.of(
                RowAction.onParent("Create agent pool…", "pool-create", "Create a dedicated agent pool (Linux)",
                        r -> AgentPoolDialogs.create(view, r).show()),
                RowAction.onSelected("Scale…", "pool-scale", "Change how many agents it has",
                        p -> AgentPoolDialogs.scale(view, p).show()),
                RowAction.onSelected("Delete…", "pool-delete", "Delete the agent pool",
                        p -> Confirm.ask(view, "confirm-delete", AgentPoolCommands.deleteTitle(p), "Delete agent pool " + p.name() + "?",
                                () -> commands.delete(p))));
    }
}
