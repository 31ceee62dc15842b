package dev.acrconsole.ui.runs;

import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.Folder;
import dev.acrconsole.ui.kind.UiKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A registry's runs: a page of its own (filters, a pager over cache and ARM, the log window, schedule, cancel and
 * archive), not the standard table.
 */
public final class RunUi extends UiKind {
    public RunUi() {
        super(RunKind.KIND, "RUN", "#8764b8");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignP.PLAY_CIRCLE_OUTLINE;
    }

    @Override
    public PageView page(ViewContext view, Folder folder) {
        RunsViewModel model = new RunsViewModel(view.page(), folder.parentId());
        model.preselect(folder.selectId());
        return new RunsView(view, model);
    }
}
