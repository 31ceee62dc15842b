package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.main.Screenshot;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window (Monocle, headless) over a real cache and, in sandbox mode, the real sandbox. */
public abstract class WindowFixture extends FxRobot {
    protected AppServices services;
    protected MainViewModel model;
    protected MainWindow window;

    protected CompletableFuture<Void> openWindow(Path dir, LaunchOptions.Mode mode) throws Exception {
        return openWindow(dir, mode, SandboxConfig.defaults());
    }

    protected CompletableFuture<Void> openWindow(Path dir, LaunchOptions.Mode mode, SandboxConfig sandbox) throws Exception {
        services = new AppServices(mode, dir, CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), sandbox);
        return openExisting();
    }

    /** Opens the window on the {@link #services} a test made itself (e.g. over a snapshot). */
    protected CompletableFuture<Void> openExisting() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            model = new MainViewModel(services, FxBridge.executor());
            window = new MainWindow(model, services.uiKinds(), f -> { });
            window.showIn(s);
            model.start().whenComplete((v, e) -> {
                if (e != null) {
                    started.completeExceptionally(e);
                } else {
                    started.complete(null);
                }
            });
        });
        assertThat(stage).isNotNull();
        return started;
    }

    protected void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
            services = null;
        }
    }

    /** The operations panel's rows, as it shows them now (or will when opened: folded, it is out of the scene). */
    protected List<Operation> operationRows() throws Exception {
        return onFx(() -> List.copyOf(model.operations().rows()));
    }

    /** The panel's row with this title, or null. */
    protected Operation operation(String title) throws Exception {
        return operationRows().stream().filter(op -> op.title().equals(title)).findFirst().orElse(null);
    }

    /** Requests the in-process sandbox has received so far. */
    protected int requests() {
        return services.sandbox().orElseThrow().requestCount();
    }

    /**
     * Waits until the sandbox has had no request for 750 ms: what the start set going after its refresh (the tree's last
     * reload, the selected registry's usage) has been sent, so a count taken now is the test's own.
     */
    protected void waitForQuiet() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int last = requests();
        long since = System.nanoTime();
        while (System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(750)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sandbox kept receiving requests for 20 s");
            }
            Thread.sleep(50);
            int now = requests();
            if (now != last) {
                last = now;
                since = System.nanoTime();
            }
        }
    }

    protected String text(String query) {
        return FxRead.on(() -> lookup(query).queryAs(Label.class).getText());
    }

    protected <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    protected void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            // A node that is not there yet is a "not yet", not a failure.
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (RuntimeException e) {
                    return false;
                } catch (java.util.concurrent.ExecutionException e) {
                    // The same "not yet", thrown on the FX thread by a check made through onFx.
                    if (e.getCause() instanceof RuntimeException) {
                        return false;
                    }
                    throw e;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        // The check reads off the FX thread and may have seen an update half-way (a title set, its fields not
        // yet); let the FX thread finish what it was doing before the test reads more.
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected boolean visible(String query) {
        return FxRead.on(() -> lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Selects a tree node by name (a folder by its title under the registry named {@code under}). */
    protected void selectInTree(String name, String under) throws Exception {
        onFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            TreeItem<NavNode> start = under == null ? tree.getRoot() : find(tree.getRoot(), under);
            TreeItem<NavNode> item = find(start, name);
            for (TreeItem<NavNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            return null;
        });
    }

    protected List<String> registryNamesInTree() throws Exception {
        return onFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            List<String> names = new ArrayList<>();
            collect(tree.getRoot(), names);
            return names;
        });
    }

    /** Saves what the window shows to target/ui-shots, for a person to look at; asserts nothing. */
    protected void shoot(String name) throws Exception {
        Screenshot shot = onFx(() -> Screenshot.capture(window.scene()));
        Path dir = Path.of("target", "ui-shots");
        Files.createDirectories(dir);
        shot.writePng(dir.resolve(name + ".png"));
    }

    /** Saves the window (dialog) holding the node {@code query} finds, for a person to look at. */
    protected void shootDialog(String name, String query) throws Exception {
        Screenshot shot = onFx(() -> Screenshot.capture(lookup(query).query().getScene()));
        Path dir = Path.of("target", "ui-shots");
        Files.createDirectories(dir);
        shot.writePng(dir.resolve(name + ".png"));
    }

    /** Right-clicks {@code target} (the keyboard's menu request, at its corner) and returns the resource menu it opens. */
    protected javafx.scene.control.ContextMenu requestMenu(Node target) throws Exception {
        onFx(() -> {
            javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
            javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10, b.getMinY() + 10, true, null));
            return null;
        });
        waitUntil("the menu opens", () -> onFx(() -> listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu m && "resource-menu".equals(m.getId()) && m.isShowing())));
        return onFx(() -> listWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu m
                && "resource-menu".equals(m.getId()) && m.isShowing()).map(javafx.scene.control.ContextMenu.class::cast)
                .findFirst().orElseThrow());
    }

    /** Saves the window with {@code popup} (a context menu) drawn where it shows, for a person to look at (docs/). */
    protected void shootWithPopup(String name, javafx.stage.PopupWindow popup) throws Exception {
        java.awt.image.BufferedImage image = onFx(() -> {
            java.awt.image.BufferedImage base = awt(window.scene().snapshot(null));
            // The menu's own node, on a transparent ground: its rounded corners and shadow over the window, not a white box.
            javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
            clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
            javafx.scene.Parent root = popup.getScene().getRoot();
            java.awt.image.BufferedImage menu = awt(root.snapshot(clear, null));
            javafx.geometry.Bounds drawn = root.localToScene(root.getBoundsInLocal());
            javafx.stage.Window main = window.scene().getWindow();
            int x = (int) Math.round(popup.getX() + popup.getScene().getX() + drawn.getMinX() - main.getX() - window.scene().getX());
            int y = (int) Math.round(popup.getY() + popup.getScene().getY() + drawn.getMinY() - main.getY() - window.scene().getY());
            java.awt.Graphics2D g = base.createGraphics();
            g.drawImage(menu, x, y, null);
            g.dispose();
            return base;
        });
        Path dir = Path.of("target", "ui-shots");
        Files.createDirectories(dir);
        javax.imageio.ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    }

    private static java.awt.image.BufferedImage awt(javafx.scene.image.WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
    }

    protected static TreeItem<NavNode> find(TreeItem<NavNode> item, String name) {
        for (TreeItem<NavNode> child : item.getChildren()) {
            if (child.getValue().name().equals(name)) {
                return child;
            }
            TreeItem<NavNode> found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collect(TreeItem<NavNode> item, List<String> names) {
        for (TreeItem<NavNode> child : item.getChildren()) {
            if (child.getValue().is(dev.acrconsole.app.registries.RegistryKind.KIND)) {
                names.add(child.getValue().name());
            }
            if (!child.getValue().folder()) {
                collect(child, names);
            }
        }
    }
}
