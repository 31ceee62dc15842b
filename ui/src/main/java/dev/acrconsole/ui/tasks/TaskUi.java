package dev.acrconsole.ui.tasks;

import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.ui.collection.CollectionView;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.Folder;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A registry's ACR Tasks: created and edited with their step and triggers, run now, enabled or disabled, deleted; the
 * selected task's recent runs charted beside its details.
 */
public final class TaskUi extends UiKind {
    public TaskUi() {
        super(TaskKind.KIND, "TSK", "#8764b8");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CLIPBOARD_PLAY_OUTLINE;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        TaskCommands tasks = new TaskCommands(view.page());
        return List.of(
                RowAction.onParent("Create task…", "task-create", "Create a task in the registry",
                        r -> TaskDialogs.task(view, new TaskFormViewModel(view.page(), r, null)).show()),
                RowAction.onSelected("Edit…", "task-edit", "Change the task's step, platform, pool, timeout and timer", t -> {
                    if (collection.parent() != null) {
                        TaskDialogs.task(view, new TaskFormViewModel(view.page(), collection.parent(), t)).show();
                    } else {
                        view.page().notice().accept("The registry is not in the cache yet.");
                    }
                }),
                RowAction.onSelected("Run now", "task-run", "Schedule a run of the task; it is followed until it ends",
                        tasks::runNow),
                RowAction.onSelected("Disable", "task-disable", "Stop the task's triggers", TaskCommands::canDisable,
                        t -> tasks.setEnabled(t, false)),
                RowAction.onSelected("Enable", "task-enable", "Let the task's triggers start runs", TaskCommands::canEnable,
                        t -> tasks.setEnabled(t, true)),
                RowAction.onSelected("Delete…", "task-delete", "Delete the task (its runs stay)",
                        t -> Confirm.ask(view, "confirm-delete", TaskCommands.deleteTitle(t), "Delete task " + t.name() + "?",
                                () -> tasks.delete(t))));
    }

    /** The table of tasks, with the selected task's recent runs charted beside its details. */
    @Override
    public PageView page(ViewContext view, Folder folder) {
        CollectionViewModel model = new CollectionViewModel(view.page(), folder.parentId(), folder.scope(), kind());
        model.preselect(folder.selectId());
        TaskChartView chart = new TaskChartView(new TaskChartViewModel(view.page(), model.selectedProperty()));
        return new CollectionView(model, actions(view, model), chart, view.page().notice());
    }
}
