package dev.acrconsole.app.cleanup;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.manifests.ManifestActions;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.operations.DataPlaneRequests;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.tags.TagActions;
import dev.acrconsole.app.tags.TagDetails;
import java.util.ArrayList;
import java.util.List;

/** A clean-up plan run as one bulk operation, written as CSV, or said as the {@code acr purge} that does the same. */
public final class CleanupActions {
    private CleanupActions() {}

    /** Deletes the plan's tags, then its manifests, as one operation on the registry ({@code registry}: its row). */
    public static OperationRequest run(Row registry, String loginServer, CleanupPlan plan) {
        if (plan.empty()) {
            throw new IllegalArgumentException("The plan deletes nothing");
        }
        List<DataPlaneRequests.Item> items = new ArrayList<>();
        plan.tags().forEach(t -> items.add(TagActions.item(t, "DELETE", null)));
        plan.manifests().forEach(m -> items.add(ManifestActions.deleteItem(m)));
        return DataPlaneRequests.bulk("cleanup.run", "Clean up " + registry.name() + ": " + plan.tags().size() + " tags, "
                + plan.manifests().size() + " manifests", registry.id(), ManifestKind.KIND, registry.tenantId(), loginServer, items);
    }

    /** The plan as CSV: what, repository, tag or digest, last updated, size (bytes, manifests only). */
    public static String csv(CleanupPlan plan) {
        StringBuilder s = new StringBuilder("what,repository,tag or digest,last updated,size\n");
        for (Row t : plan.tags()) {
            TagDetails d = t.details(TagDetails.class);
            s.append(line("tag", d.repository(), d.name(), d.lastUpdateTime(), ""));
        }
        for (Row m : plan.manifests()) {
            ManifestDetails d = m.details(ManifestDetails.class);
            s.append(line("manifest", d.repository(), d.digest(), d.lastUpdateTime(),
                    d.imageSize() == null ? "" : String.valueOf(d.imageSize())));
        }
        return s.toString();
    }

    private static String line(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            String v = c == null ? "" : c;
            // A cell that a spreadsheet would read as a formula is quoted as text.
            if (v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@")) {
                v = "'" + v;
            }
            quoted.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", quoted) + "\n";
    }

    /**
     * The {@code acr purge} command that applies the same rules when run as an ACR task in the registry: the
     * repository and tag filter, {@code --ago}, {@code --keep}, and {@code --untagged} or {@code --untagged-only}.
     * An exclusion has no purge flag: it is left out, and said so by {@link #purgeDiffers}.
     */
    public static String purgeCommand(CleanupRules rules) {
        StringBuilder s = new StringBuilder("acr purge --filter '").append(anchored(rules.repositories().pattern())).append(':')
                .append(anchored(rules.untaggedOnly() ? ".*" : rules.includeTags().pattern())).append("' --ago ")
                .append(rules.olderThanDays()).append('d');
        if (rules.untaggedOnly()) {
            s.append(" --untagged-only");
        } else {
            if (rules.keepNewest() > 0) {
                s.append(" --keep ").append(rules.keepNewest());
            }
            if (rules.deleteUntagged()) {
                s.append(" --untagged");
            }
        }
        return s.toString();
    }

    /**
     * The ACR task that runs {@link #purgeCommand} on a timer in the registry (what {@code az acr task create --cmd
     * "acr purge ..." --schedule ... --context /dev/null} makes): an encoded task of one {@code cmd} step.
     */
    public static dev.acrconsole.app.tasks.TaskForm purgeTask(CleanupRules rules, String name, String cron) {
        String cmd = purgeCommand(rules).replace("\\", "\\\\").replace("\"", "\\\"");
        String yaml = "version: v1.1.0\nsteps:\n  - cmd: \"" + cmd + "\"\n    disableWorkingDirectoryOverride: true\n    timeout: 3600\n";
        return new dev.acrconsole.app.tasks.TaskForm(name, dev.acrconsole.app.tasks.TaskForm.Step.ENCODED, "", "", "", "",
                yaml, "Linux", "", "3600", cron, true);
    }

    /** The console matches whole names; anchoring says so to purge too, whichever way it matches. */
    private static String anchored(String regex) {
        return (regex.startsWith("^") ? "" : "^") + regex + (regex.endsWith("$") ? "" : "$");
    }

    /** Where the task would do other than the plan, in words; null where it does the same. */
    public static String purgeDiffers(CleanupRules rules) {
        return rules.excludeTags() == null || rules.untaggedOnly() ? null
                : "acr purge has no exclusion: the task would also delete the tags matching " + rules.excludeTags().pattern() + ".";
    }
}
