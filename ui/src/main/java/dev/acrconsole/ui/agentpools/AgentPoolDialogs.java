package dev.acrconsole.ui.agentpools;

import dev.acrconsole.app.agentpools.AgentPoolActions;
import dev.acrconsole.app.agentpools.AgentPoolDetails;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.SmallFormViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/** The create and scale dialogs of an agent pool. */
final class AgentPoolDialogs {
    private AgentPoolDialogs() {}

    static FormDialog create(ViewContext view, Row registry) {
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put(AgentPoolActions.NAME, "");
        initial.put("tier", "S1");
        initial.put(AgentPoolActions.COUNT, "1");
        initial.put(AgentPoolActions.SUBNET, "");
        SmallFormViewModel m = new SmallFormViewModel(view.page(), registry.scope(), initial,
                v -> AgentPoolActions.validate(v.get(AgentPoolActions.NAME), v.get(AgentPoolActions.COUNT), v.get(AgentPoolActions.SUBNET), true),
                v -> AgentPoolActions.create(registry.id(), registry.location(), registry.tenantId(), v.get(AgentPoolActions.NAME),
                        v.get("tier"), v.get(AgentPoolActions.COUNT), v.get(AgentPoolActions.SUBNET)));
        ComboBox<String> tier = new ComboBox<>();
        tier.getItems().setAll(AgentPoolActions.TIERS);
        tier.valueProperty().bindBidirectional(m.field("tier"));
        FormRows form = new FormRows()
                .add("Name", text(m.field(AgentPoolActions.NAME)), m.errorProperty(AgentPoolActions.NAME), "pool-name")
                .add("Tier", tier, new javafx.beans.property.SimpleStringProperty(""), "pool-tier")
                .add("Agents", text(m.field(AgentPoolActions.COUNT)), m.errorProperty(AgentPoolActions.COUNT), "pool-count")
                .add("Subnet ID (optional)", text(m.field(AgentPoolActions.SUBNET)), m.errorProperty(AgentPoolActions.SUBNET), "pool-subnet");
        return new FormDialog(view.window(), "pool-form", "Create agent pool", "Create a dedicated agent pool (Linux)",
                form.node(), "Create", m::submit);
    }

    static FormDialog scale(ViewContext view, Row pool) {
        Integer count = pool.details(AgentPoolDetails.class).count();
        SmallFormViewModel m = new SmallFormViewModel(view.page(), pool.scope(), Map.of(AgentPoolActions.COUNT, count == null ? "1" : String.valueOf(count)),
                v -> AgentPoolActions.validate(null, v.get(AgentPoolActions.COUNT), null, false),
                v -> AgentPoolActions.scale(pool.id(), pool.tenantId(), v.get(AgentPoolActions.COUNT)));
        FormRows form = new FormRows()
                .add("Agents", text(m.field(AgentPoolActions.COUNT)), m.errorProperty(AgentPoolActions.COUNT), "pool-scale-count");
        return new FormDialog(view.window(), "pool-scale-form", "Scale agent pool", "Scale " + pool.name(),
                form.node(), "Scale", m::submit);
    }

    private static TextField text(javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
