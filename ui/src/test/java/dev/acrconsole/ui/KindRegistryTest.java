package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.catalog.UiKinds;
import dev.acrconsole.ui.kind.UiKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind is described twice, once for the app and once for the window, each in that kind's own package, and both
 * registries list it: a kind with one descriptor, or a descriptor no registry lists, fails here rather than compiling
 * and silently showing no columns or no actions.
 */
class KindRegistryTest {
    private static final List<JavaClass> CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.acrconsole.app", "dev.acrconsole.ui").stream().toList();

    @Test
    void everyKindHasBothDescriptorsInBothRegistries() {
        List<ResourceKind> app = Kinds.CATALOG.all().stream().map(KindDescriptor::kind).toList();
        List<ResourceKind> window = UiKinds.CATALOG.all().stream().map(UiKind::kind).toList();
        assertThat(window).as("the window's registry lists the app's kinds, in the same order").isEqualTo(app);
        assertThat(app).as("one descriptor a kind").doesNotHaveDuplicates();
    }

    @Test
    void everyDescriptorOnTheClassPathIsListed() {
        Set<String> listed = Kinds.CATALOG.all().stream().map(d -> d.getClass().getName()).collect(Collectors.toSet());
        assertThat(concrete(KindDescriptor.class)).as("app descriptors none of the registry lists").isSubsetOf(listed)
                .hasSameSizeAs(listed);
        Set<String> uiListed = UiKinds.CATALOG.all().stream().map(k -> k.getClass().getName()).collect(Collectors.toSet());
        assertThat(concrete(UiKind.class)).as("window descriptors the registry does not list").isSubsetOf(uiListed)
                .hasSameSizeAs(uiListed);
    }

    @Test
    void eachKindIsDescribedInItsOwnPackage() {
        assertThat(Kinds.CATALOG.all().stream().map(d -> d.getClass().getPackageName()).toList())
                .as("one kind a package (app)").doesNotHaveDuplicates();
        assertThat(UiKinds.CATALOG.all().stream().map(k -> k.getClass().getPackageName()).toList())
                .as("one kind a package (window)").doesNotHaveDuplicates();
    }

    @Test
    void aKindNoDescriptorKnowsStillShowsAndHasNoActions() {
        ResourceKind newer = ResourceKind.of("somethingNewer");
        assertThat(Kinds.CATALOG.knows(newer)).isFalse();
        assertThat(Kinds.CATALOG.of(newer).title()).isEqualTo("somethingNewer");
        assertThat(UiKinds.CATALOG.of(newer).badge()).isEqualTo("SOM");
    }

    private static Set<String> concrete(Class<?> type) {
        return CLASSES.stream().filter(c -> c.isAssignableTo(type) && !c.getModifiers().contains(JavaModifier.ABSTRACT)
                        && !c.isInterface() && !c.isAnonymousClass() && c.getPackageName().startsWith("dev.acrconsole"))
                .filter(c -> !c.getName().contains("$")) // the catalogs' own fallbacks for unknown kinds
                .map(JavaClass::getName).collect(Collectors.toSet());
    }
}
