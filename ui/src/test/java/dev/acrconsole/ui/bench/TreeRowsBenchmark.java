package dev.acrconsole.ui.bench;

import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.HeadlessFx;
import dev.acrconsole.ui.catalog.UiKinds;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.navigation.NavigationView;
import dev.acrconsole.ui.navigation.NavigationViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the FX thread spends when a reload changes the tree's row count, with the window's own look (AtlantaFX,
 * console.css, the kinds' badge colours) and no refresh beside it: the TreeView then takes every visible cell out of
 * the scene and styles it again, which a first refresh does at each new row. Each round adds a resource group at the
 * top (or takes it away) and times, in the FX thread's CPU, the reload's apply plus the CSS and layout it causes.
 * {@code TreeRowsBenchmark [ROUNDS]}; the first tenth is warm-up.
 */
public final class TreeRowsBenchmark {
    private static final CacheScope SCOPE = new CacheScope("sandbox", "AzureCloud");

    private TreeRowsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        HeadlessFx.use();
        CompletableFuture<Void> fxUp = new CompletableFuture<>();
        Platform.startup(() -> fxUp.complete(null));
        fxUp.get(30, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory("acr-bench-tree");
        Deque<List<NavNode>> next = new ArrayDeque<>();
        try (CacheDatabase db = CacheDatabase.open(dir, dev.acrconsole.app.catalog.Kinds.CATALOG.cachePolicy())) {
            NavigationViewModel model = new NavigationViewModel(new ResourceStore(db), SCOPE, new DirectBackground(),
                    Runnable::run, null, rows -> next.removeFirst());
            CompletableFuture<Scene> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                dev.acrconsole.ui.theme.Look.ensureTheme();
                NavigationView view = new NavigationView(model, k -> UiKinds.CATALOG.of(k).icon());
                Scene scene = new Scene(view.node(), 420, 700);
                scene.getStylesheets().add(Objects.requireNonNull(
                        NavigationView.class.getResource("/dev/acrconsole/ui/console.css")).toExternalForm());
                scene.getStylesheets().add(UiKinds.CATALOG.stylesheet());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                shown.complete(scene);
            });
            Scene scene = shown.get(30, TimeUnit.SECONDS);
            var threads = ManagementFactory.getThreadMXBean();
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                next.add(tree(i % 2 == 0));
                double cpu = WaitForAsyncUtils.asyncFx(() -> {
                    long before = threads.getCurrentThreadCpuTime();
                    model.reload().get(5, TimeUnit.SECONDS);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    return (threads.getCurrentThreadCpuTime() - before) / 1e6;
                }).get(30, TimeUnit.SECONDS);
                if (i >= rounds / 10) {
                    ms.add(cpu);
                }
            }
            ms.sort(null);
            System.out.printf("tree rows: a reload that changes the row count, FX-thread CPU: median %.2f ms, p90 %.2f ms,"
                    + " max %.2f ms (%d rounds after %d of warm-up)%n", ms.get(ms.size() / 2),
                    ms.get(ms.size() * 9 / 10), ms.getLast(), ms.size(), rounds / 10);
        }
        Platform.exit();
        BenchDirs.delete(dir);
    }

    /** Ten subscriptions, the first open on its groups and their registries; one more group at the top when asked. */
    private static List<NavNode> tree(boolean extraGroup) {
        List<NavNode> subscriptions = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            String sub = "/subscriptions/s" + s;
            List<NavNode> groups = new ArrayList<>();
            if (s == 0 && extraGroup) {
                groups.add(group(sub, "rg-000", 3));
            }
            for (int g = 1; g <= 4; g++) {
                groups.add(group(sub, "rg-%03d".formatted(g), 12));
            }
            subscriptions.add(new NavNode(sub, sub, NavNode.Role.RESOURCE, SubscriptionKind.KIND, "SUB",
                    "Subscription " + s, null, groups, SCOPE));
        }
        return subscriptions;
    }

    private static NavNode group(String sub, String name, int registries) {
        String id = sub + "/resourcegroups/" + name;
        List<NavNode> children = new ArrayList<>();
        for (int r = 0; r < registries; r++) {
            String rid = id + "/providers/microsoft.containerregistry/registries/" + name + "reg" + r;
            children.add(new NavNode(rid, rid, NavNode.Role.RESOURCE, RegistryKind.KIND, "ACR", name + "reg" + r,
                    "Standard", List.of(), SCOPE));
        }
        return new NavNode(id, id, NavNode.Role.RESOURCE, ResourceGroupKind.KIND, "RG", name, "eastus", children, SCOPE);
    }
}
