package dev.acrconsole.app.imports;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the import dialog collects: the target registry, the source (a registry's ARM id, or a public registry's
 * host), the source image, the target tags ({@code repository:tag}, separated by commas or spaces; none means the
 * source's own repository and tag) and whether existing target tags are overwritten (Force) or refuse the import.
 */
public record ImportForm(String registryId, String tenantId, String sourceRegistryId, String sourceHost, String image,
                         String targetTags, boolean force) {
    public static final String SOURCE = "source";
    public static final String IMAGE = "image";
    public static final String TARGETS = "targets";
    private static final Pattern HOST = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)+(:\\d{1,5})?");

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        boolean registry = sourceRegistryId != null && !sourceRegistryId.isBlank();
        boolean host = sourceHost != null && !sourceHost.isBlank();
        errors.check(!registry && !host, SOURCE, "Choose a registry to import from, or type a public registry's host (docker.io).");
        errors.check(!registry && host && !HOST.matcher(sourceHost.strip()).matches(), SOURCE,
                "Type a registry host such as docker.io or mcr.microsoft.com (no scheme, no path).");
        errors.check(registry && sourceRegistryId.equalsIgnoreCase(registryId) && targets().isEmpty(), TARGETS,
                "Importing into the registry it comes from needs a target tag of its own.");
        String imageProblem = ImageReference.problem(image);
        errors.check(imageProblem != null, IMAGE, imageProblem);
        for (String t : targetList()) {
            String problem = ImageReference.problem(t);
            if (problem == null && ImageReference.parse(t).byDigest()) {
                problem = "A target is repository:tag; a digest is kept from the source.";
            }
            if (problem != null) {
                errors.add(TARGETS, "'" + t + "': " + problem);
                break;
            }
        }
        return errors;
    }

    public boolean fromRegistry() {
        return sourceRegistryId != null && !sourceRegistryId.isBlank();
    }

    public ImageReference source() {
        return ImageReference.parse(image);
    }

    /** The target tags as typed, each as {@code repository:tag} (a bare repository gets the source's tag, or latest). */
    public List<ImageReference> targets() {
        List<ImageReference> out = new ArrayList<>();
        for (String t : targetList()) {
            ImageReference r = ImageReference.parse(t);
            if (r != null && !r.byDigest()) {
                out.add(r.tag() != null ? r : new ImageReference(r.repository(), source() == null ? "latest"
                        : source().tagOrLatest(), null));
            }
        }
        return out;
    }

    private List<String> targetList() {
        return targetTags == null ? List.of() : Arrays.stream(targetTags.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
