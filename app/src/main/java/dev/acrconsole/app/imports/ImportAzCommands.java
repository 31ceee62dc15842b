package dev.acrconsole.app.imports;

import static dev.acrconsole.app.kind.AzCommand.quote;

import dev.acrconsole.app.arm.ArmIds;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code az acr import} line equivalent to the import form as filled in so far: one import per source image
 * (several are joined with {@code &&}, as a shell runs them one after the other); what is not typed yet stays a
 * {@code <placeholder>}. The action's own line (no form) is the registry's and repository's {@code registry-import}.
 */
public final class ImportAzCommands {
    private ImportAzCommands() {}

    public static String form(ImportForm f) {
        List<String> images = words(f.image());
        List<String> targets = words(f.targetTags());
        if (images.isEmpty()) {
            images = List.of("");
        }
        StringBuilder all = new StringBuilder();
        for (String image : images) {
            if (!all.isEmpty()) {
                all.append(" && ");
            }
            all.append("az acr import --name ").append(quote(ArmIds.name(f.registryId()))).append(" --source ");
            String shown = image.isEmpty() ? "<source-image>" : image;
            if (f.sourceRegistryId() != null) {
                all.append(quote(shown)).append(" --registry ").append(quote(f.sourceRegistryId()));
            } else {
                String host = f.sourceHost() == null || f.sourceHost().isBlank() ? "<registry-host>" : f.sourceHost().strip();
                all.append(quote(host + "/" + shown));
            }
            if (images.size() == 1 && !targets.isEmpty()) {
                all.append(" --image");
                targets.forEach(t -> all.append(' ').append(quote(t)));
            }
            if (f.force()) {
                all.append(" --force");
            }
        }
        return all.toString();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.strip().split("[,\\s]+")).filter(w -> !w.isEmpty()).toList();
    }
}
