package dev.acrconsole.ui.accounts;

import dev.acrconsole.app.accounts.AccountOverview;
import dev.acrconsole.app.accounts.SignInProblems;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One account in the panel: its name and kind, Remove, then each tenant with its state and its subscriptions' filter. */
final class AccountCard {
    private final VBox box = new VBox(4);

    AccountCard(AccountOverview account, AccountsViewModel model, Consumer<AccountOverview> remove, Consumer<AccountOverview> askSecret) {
        String key = account.settings().key();
        Label name = new Label(account.settings().id());
        name.getStyleClass().add("account-name");
        Label kind = new Label(account.settings().kind().label() + " · " + account.settings().cloud());
        kind.getStyleClass().add("account-kind");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button removeButton = new Button("Remove");
        removeButton.setMinWidth(Region.USE_PREF_SIZE);
        removeButton.setId("remove-" + safeId(key));
        removeButton.setOnAction(e -> remove.accept(account));
        HBox head = new HBox(6, new VBox(name, kind), spacer, removeButton);
        head.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(head);
        CheckBox everything = new CheckBox("Keep everything for offline review");
        everything.setId("keep-everything-" + safeId(key));
        everything.setSelected(account.settings().keepEverything());
        everything.setOnAction(e -> model.keepEverything(key, everything.isSelected()));
        box.getChildren().add(everything);
        if (account.problem() != null) {
            box.getChildren().add(problem(account, account.problem(), model, null, askSecret));
        }
        for (AccountOverview.Tenant tenant : account.tenants()) {
            box.getChildren().add(tenant(account, tenant, model, askSecret));
        }
        account.whyNoSubscriptions().ifPresent(why -> {
            Label l = new Label(why);
            l.setWrapText(true);
            l.getStyleClass().add("account-why");
            box.getChildren().add(l);
        });
        box.getStyleClass().add("account-card");
        box.setPadding(new Insets(8));
        box.setId("account-" + safeId(key));
    }

    Node node() {
        return box;
    }

    private static Node tenant(AccountOverview account, AccountOverview.Tenant tenant, AccountsViewModel model,
                               Consumer<AccountOverview> askSecret) {
        String key = account.settings().key();
        Label name = new Label(tenant.name());
        name.getStyleClass().add("tenant-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(6, name, spacer);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, line);
        if (!tenant.opened()) {
            Button open = new Button("Open");
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setId("open-" + tenant.tenantId());
            open.setAccessibleText("Open tenant " + tenant.name());
            open.setOnAction(e -> model.openTenant(key, tenant.tenantId()));
            line.getChildren().addAll(new Label("not opened"), open);
            return box;
        }
        if (tenant.problem() != null) {
            box.getChildren().add(problem(account, tenant.problem(), model, tenant.tenantId(), askSecret));
        }
        for (AccountOverview.Subscription sub : tenant.subscriptions()) {
            CheckBox shown = new CheckBox(sub.name());
            shown.setId("sub-" + sub.subscriptionId());
            shown.setSelected(sub.shown());
            shown.setOnAction(e -> model.showSubscription(key, sub.subscriptionId(), shown.isSelected()));
            shown.setPadding(new Insets(0, 0, 0, 12));
            box.getChildren().add(shown);
        }
        return box;
    }

    /** A sign-in problem in words, with the action that fixes it: Sign in, or Enter secret. */
    private static Node problem(AccountOverview account, String problem, AccountsViewModel model, String tenantId,
                                Consumer<AccountOverview> askSecret) {
        String code = SignInProblems.code(problem);
        Label text = new Label(switch (code) {
            // Short forms: the panel itself is where the user acts, so "from the Accounts panel" is left out.
            case SignInProblems.MFA_REQUIRED -> "Needs multi-factor authentication" + aadsts(problem) + ".";
            case SignInProblems.SIGN_IN_REQUIRED -> "Needs you to sign in again.";
            default -> problem.substring(code.isEmpty() ? 0 : code.length() + 1).strip();
        });
        text.setWrapText(true);
        text.getStyleClass().add("tenant-problem");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(6, text);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(0, 0, 0, 12));
        String key = account.settings().key();
        if ((code.equals(SignInProblems.MFA_REQUIRED) || code.equals(SignInProblems.SIGN_IN_REQUIRED))
                && account.settings().kind().interactive()) {
            Button signIn = new Button("Sign in");
            signIn.setMinWidth(Region.USE_PREF_SIZE);
            signIn.setId("sign-in-" + (tenantId == null ? "home" : tenantId));
            signIn.setOnAction(e -> model.signInTenant(key, tenantId == null ? account.settings().tenantId() : tenantId));
            line.getChildren().add(signIn);
        } else if (code.equals(SignInProblems.SECRET_REQUIRED)) {
            Button enter = new Button("Enter secret");
            enter.setMinWidth(Region.USE_PREF_SIZE);
            enter.setOnAction(e -> askSecret.accept(account));
            line.getChildren().add(enter);
        }
        return line;
    }

    private static String aadsts(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("AADSTS\\d+").matcher(problem);
        return m.find() ? " (" + m.group() + ")" : "";
    }

    static String safeId(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
