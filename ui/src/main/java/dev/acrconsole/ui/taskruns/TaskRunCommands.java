package dev.acrconsole.ui.taskruns;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.taskruns.TaskRunActions;
import dev.acrconsole.ui.page.PageContext;

/** Deleting a task run (its forms create and change it). */
public final class TaskRunCommands {
    private final PageContext context;

    public TaskRunCommands(PageContext context) {
        this.context = context;
    }

    /** What the deletion will be called, to head the question before it. */
    public static String deleteTitle(Row taskRun) {
        return TaskRunActions.delete(taskRun.id(), taskRun.tenantId()).title();
    }

    public void delete(Row taskRun) {
        context.submit(taskRun.scope(), TaskRunActions.delete(taskRun.id(), taskRun.tenantId()));
    }
}
