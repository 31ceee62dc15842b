package dev.acrconsole.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.acrconsole.app.catalog.Kinds;

@AnalyzeClasses(packages = "dev.acrconsole.app", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    /** The packages each kind's descriptor lives in (one kind a package), as the registry lists them. */
    private static final String[] KIND_PACKAGES = Kinds.CATALOG.all().stream()
            .map(d -> d.getClass().getPackageName()).distinct().toArray(String[]::new);

    /** Each package is a slice of its own: no two may need each other, directly or round about. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("dev.acrconsole.app") ? SliceIdentifier.of(c.getPackageName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of dev.acrconsole.app";
        }
    };

    @ArchTest
    static final ArchRule appHasNoJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("app is plain Java: it runs headless (export, benchmarks, tests) and hands results "
                    + "to the UI through futures and listeners, never by touching the FX thread");

    @ArchTest
    static final ArchRule appDoesNotReachUp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.acrconsole.ui..", "dev.acrconsole.sandbox..")
            .because("dependencies point one way (ui -> app -> cache); the sandbox is only a test peer of app");

    @ArchTest
    static final ArchRule noPackageCycles = SlicesRuleDefinition.slices().assignedFrom(PACKAGES).should().beFreeOfCycles()
            .because("a kind's package, the services and the shared ARM helpers are each changed and tested on their own "
                    + "only when none of them needs one that needs it back");

    @ArchTest
    static final ArchRule theServicesKnowNoKind = noClasses()
            .that().resideInAnyPackage("dev.acrconsole.app.kind..", "dev.acrconsole.app.arm..", "dev.acrconsole.app.refresh..",
                    "dev.acrconsole.app.operations..", "dev.acrconsole.app.review..", "dev.acrconsole.app.concurrent..",
                    "dev.acrconsole.app.forms..", "dev.acrconsole.app.net..")
            .should().dependOnClassesThat().resideInAnyPackage(KIND_PACKAGES)
            .because("refresh, operations and the shared helpers work for any kind through its descriptor (the kind "
                    + "catalog they are given); a new kind needs no change in them");

    @ArchTest
    static final ArchRule onlyTheRootsKnowTheKindRegistry = noClasses()
            .that().resideOutsideOfPackages("dev.acrconsole.app.catalog..", "dev.acrconsole.app.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.acrconsole.app.catalog..")
            .because("the registry lists every kind, so whatever imported it would import every kind's package; the "
                    + "command line is a composition root, the rest is handed the catalog");
}
