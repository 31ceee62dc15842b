package dev.acrconsole.ui.agentpools;

import dev.acrconsole.ui.fx.FxBridge;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;

/** Where a form names an agent pool: typed, or picked from the registry's cached pools; empty is the shared pool. */
public final class AgentPoolField {
    private AgentPoolField() {}

    /** An editable box bound to {@code value}, offering {@code pools} once they are read. */
    public static ComboBox<String> of(CompletableFuture<List<String>> pools, StringProperty value) {
        ComboBox<String> pool = new ComboBox<>();
        pool.setEditable(true);
        pool.setPrefWidth(220);
        pool.setPromptText("The shared pool");
        pool.getEditor().textProperty().bindBidirectional(value);
        pools.thenAcceptAsync(pool.getItems()::setAll, FxBridge.executor());
        return pool;
    }
}
