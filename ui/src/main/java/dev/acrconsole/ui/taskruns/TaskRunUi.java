package dev.acrconsole.ui.taskruns;

import dev.acrconsole.app.taskruns.TaskRunKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** A registry's task runs: created, updated (each starts its run again), deleted. */
public final class TaskRunUi extends UiKind {
    public TaskRunUi() {
        super(TaskRunKind.KIND, "TR", "#8764b8");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignP.PLAY_BOX_OUTLINE;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        TaskRunCommands commands = new TaskRunCommands(view.page());
        return List.of(
                RowAction.onParent("Create task run…", "taskrun-create", "Keep a run request of a task, and run it",
                        r -> TaskRunDialogs.taskRun(view, r, null).show()),
                RowAction.onSelected("Update…", "taskrun-update", "Change its task or values; it runs again", t -> {
                    if (collection.parent() != null) {
                        TaskRunDialogs.taskRun(view, collection.parent(), t).show();
                    }
                }),
                RowAction.onSelected("Delete…", "taskrun-delete", "Delete the task run (its runs stay)",
                        t -> Confirm.ask(view, "confirm-delete", TaskRunCommands.deleteTitle(t), "Delete task run " + t.name() + "?",
                                () -> commands.delete(t))));
    }
}
