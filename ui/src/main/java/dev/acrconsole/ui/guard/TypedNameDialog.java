package dev.acrconsole.ui.guard;

import dev.acrconsole.ui.fx.FxBridge;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the typed name before a destructive action on production; shown, never waited for on the FX thread. */
public final class TypedNameDialog {
    private TypedNameDialog() {}

    /** Completes with true when the name was typed and confirmed; false on Cancel or close. Callable from any thread. */
    public static CompletableFuture<Boolean> ask(Supplier<Window> owner, String name, String action) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        FxBridge.run(() -> show(owner.get(), new TypedNameViewModel(name, action), answer));
        return answer;
    }

    private static void show(Window owner, TypedNameViewModel model, CompletableFuture<Boolean> answer) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Production");
        dialog.setHeaderText(model.header());
        ButtonType go = new ButtonType("Go ahead", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().setId("production-confirm");
        dialog.getDialogPane().getStyleClass().add("production");
        Label text = new Label(model.text());
        text.setWrapText(true);
        TextField typed = new TextField();
        typed.setId("production-confirm-name");
        typed.setPromptText(model.name());
        typed.setAccessibleText("Name to type");
        typed.textProperty().bindBidirectional(model.typedProperty());
        dialog.getDialogPane().setContent(new VBox(8, text, typed));
        Button ok = (Button) dialog.getDialogPane().lookupButton(go);
        ok.disableProperty().bind(model.matchesProperty().not());
        dialog.setResultConverter(b -> b == go && model.matchesProperty().get());
        // The dialog closes as its result is set, before a listener on the result would hear it: read it when hidden.
        dialog.setOnHidden(e -> answer.complete(Boolean.TRUE.equals(dialog.getResult())));
        dialog.show();
        typed.requestFocus();
    }
}
