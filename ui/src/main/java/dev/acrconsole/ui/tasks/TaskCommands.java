package dev.acrconsole.ui.tasks;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.tasks.TaskActions;
import dev.acrconsole.app.tasks.TaskDetails;
import dev.acrconsole.ui.page.PageContext;

/** What can be done with a task now: run it, enable or disable its triggers, delete it (its form creates and edits). */
public final class TaskCommands {
    private final PageContext context;

    public TaskCommands(PageContext context) {
        this.context = context;
    }

    public static boolean canEnable(Row task) {
        return !task.details(TaskDetails.class).enabled();
    }

    public static boolean canDisable(Row task) {
        return task.details(TaskDetails.class).enabled();
    }

    /** Schedules a run of the task; it is followed until it ends. */
    public void runNow(Row task) {
        context.submit(task.scope(), RunActions.runTask(task.id(), task.tenantId()));
    }

    public void setEnabled(Row task, boolean enabled) {
        context.submit(task.scope(), TaskActions.setEnabled(task.id(), task.tenantId(), enabled));
    }

    /** The question before deleting, headed by what the operation will be called. */
    public static String deleteTitle(Row task) {
        return TaskActions.delete(task.id(), task.tenantId()).title();
    }

    public void delete(Row task) {
        context.submit(task.scope(), TaskActions.delete(task.id(), task.tenantId()));
    }
}
