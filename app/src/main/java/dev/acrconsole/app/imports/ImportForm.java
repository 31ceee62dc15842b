package dev.acrconsole.app.imports;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the import dialog collects: the target registry, the source (a registry's ARM id, or a public registry's
 * host), the source image(s), the target tags ({@code repository:tag}; none means the source's own repository and
 * tag) and whether existing target tags are overwritten (Force) or refuse the import. Several images (separated by
 * commas or spaces) are one bulk import: each keeps its tag, in its own repository or the one target repository given.
 */
public record ImportForm(String registryId, String tenantId, String sourceRegistryId, String sourceHost, String image,
                         String targetTags, boolean force) {
    public static final String SOURCE = "source";
    public static final String IMAGE = "image";
    public static final String TARGETS = "targets";
    private static final Pattern HOST = Pattern.compile(
            "[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)+(:\\d{1,5})?");

    /** One image to import and where it goes (an empty list: the source's own repository and tag). */
    public record Copy(ImageReference source, List<ImageReference> targets) {
        public List<String> targetTags() {
            List<ImageReference> t = targets.isEmpty()
                    ? List.of(new ImageReference(source.repository(), source.tagOrLatest(), null)) : targets;
            return t.stream().map(ImageReference::toString).toList();
        }
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        boolean registry = fromRegistry();
        boolean host = sourceHost != null && !sourceHost.isBlank();
        errors.check(!registry && !host, SOURCE, "Choose a registry to import from, or type a public registry's host (docker.io).");
        errors.check(!registry && host && !HOST.matcher(sourceHost.strip()).matches(), SOURCE,
                "Type a registry host such as docker.io or mcr.microsoft.com (no scheme, no path).");
        List<String> images = split(image);
        errors.check(images.isEmpty(), IMAGE, ImageReference.problem(null));
        for (String i : images) {
            String problem = ImageReference.problem(i);
            if (problem == null && images.size() > 1 && ImageReference.parse(i).tag() == null) {
                problem = "Importing several images at once, give each by its tag (repository:tag).";
            }
            if (problem != null) {
                errors.add(IMAGE, (images.size() > 1 ? "'" + i + "': " : "") + problem);
                break;
            }
        }
        List<String> targets = split(targetTags);
        for (String t : targets) {
            String problem = ImageReference.problem(t);
            if (problem == null && ImageReference.parse(t).byDigest()) {
                problem = "A target is repository:tag; the digest is the source's.";
            }
            if (problem != null) {
                errors.add(TARGETS, "'" + t + "': " + problem);
                break;
            }
        }
        errors.check(images.size() > 1 && (targets.size() > 1 || targets.size() == 1 && ImageReference.parse(targets.getFirst()) != null
                        && ImageReference.parse(targets.getFirst()).tag() != null), TARGETS,
                "With several images, give at most one target repository (no tag): each image keeps its own tag.");
        errors.check(registry && sourceRegistryId.equalsIgnoreCase(registryId) && targets.isEmpty(), TARGETS,
                "Importing within the same registry needs a target of its own.");
        return errors;
    }

    public boolean fromRegistry() {
        return sourceRegistryId != null && !sourceRegistryId.isBlank();
    }

    /** What to copy: one copy per source image, with its targets. Valid forms only. */
    public List<Copy> copies() {
        List<ImageReference> sources = split(image).stream().map(ImageReference::parse).toList();
        List<ImageReference> targets = split(targetTags).stream().map(ImageReference::parse).toList();
        List<Copy> out = new ArrayList<>();
        for (ImageReference s : sources) {
            List<ImageReference> t = targets.stream().map(r -> r.tag() != null ? r
                    : new ImageReference(r.repository(), s.tagOrLatest(), null)).toList();
            out.add(new Copy(s, t));
        }
        return out;
    }

    /** The repositories the import writes to. */
    public List<String> targetRepositories() {
        return copies().stream().flatMap(c -> c.targetTags().stream()).map(t -> ImageReference.parse(t).repository())
                .distinct().toList();
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
