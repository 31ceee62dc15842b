package dev.acrconsole.ui.guard;

import dev.acrconsole.app.guard.Guard;
import dev.acrconsole.app.settings.SettingsException;
import dev.acrconsole.app.settings.SettingsFile;
import java.nio.file.Path;
import java.util.List;

/** The guard of a data dir: its Production marks from the settings file, saved there when they change. */
public final class GuardSetup {
    private static final System.Logger LOG = System.getLogger(GuardSetup.class.getName());

    private GuardSetup() {}

    public static Guard guard(Path dataDir) {
        SettingsFile file = new SettingsFile(dataDir);
        List<String> marks;
        try {
            marks = file.load().production();
        } catch (SettingsException e) { // the launcher says what is wrong with the file; nothing is marked meanwhile
            marks = List.of();
        }
        return new Guard(marks, false, ids -> {
            try {
                file.saveProduction(ids);
            } catch (SettingsException e) {
                LOG.log(System.Logger.Level.WARNING, e.getMessage());
            }
        });
    }
}
