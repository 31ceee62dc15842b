package dev.acrconsole.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.OperationJournal;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.page.PageContext;

/**
 * The window's structure. Rules pick classes by their package or by what they do, never by their name: a class named
 * {@code TaskButtons} that sends operations is caught like any other.
 */
@AnalyzeClasses(packages = "dev.acrconsole.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    /** The composition roots: they make the window and its services, and may know everything. */
    private static final String[] ROOTS = {"dev.acrconsole.ui", "dev.acrconsole.ui.main", "dev.acrconsole.ui.services"};

    /** What every page builds on; it knows no feature. */
    private static final String[] BASE = {"dev.acrconsole.ui.page..", "dev.acrconsole.ui.fx..", "dev.acrconsole.ui.kind..",
            "dev.acrconsole.ui.collection..", "dev.acrconsole.ui.details.."};

    /** Each package of the window is a slice of its own: no two may need each other, directly or round about. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("dev.acrconsole.ui") ? SliceIdentifier.of(c.getPackageName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of dev.acrconsole.ui";
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = SlicesRuleDefinition.slices().assignedFrom(PACKAGES).should().beFreeOfCycles()
            .because("a feature is read, changed and tested on its own only when nothing it uses needs it back; "
                    + "the main window builds the pages, the pages never reach the main window");

    @ArchTest
    static final ArchRule theBaseKnowsNoFeature = noClasses().that().resideInAnyPackage(BASE)
            .should().dependOnClassesThat(resideInAnyPackage("dev.acrconsole.ui..").and(DescribedPredicate.not(
                    resideInAnyPackage(BASE))))
            .because("features contribute their kinds, pages and actions to the base; the base looks them up");

    @ArchTest
    static final ArchRule onlyTheRootsKnowTheKindRegistries = noClasses().that().resideOutsideOfPackages(ROOTS)
            .should().dependOnClassesThat().resideInAnyPackage("dev.acrconsole.ui.catalog..", "dev.acrconsole.app.catalog..")
            .because("adding a kind is its descriptors and one line in each registry; the rest finds it through them");

    @ArchTest
    static final ArchRule onlyTheBridgeEntersTheFxThread = noClasses()
            .that().doNotHaveFullyQualifiedName(FxBridge.class.getName())
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("one bridge onto the FX thread keeps every hand-over visible and testable");

    /** Builds nodes or waits on the toolkit: a view. */
    private static final DescribedPredicate<JavaClass> TOOLKIT = resideInAnyPackage("javafx.scene..", "javafx.stage..",
            "javafx.application..", "javafx.animation..", "org.controlsfx..").or(belongToAnyOf(FxBridge.class))
            .as("the JavaFX toolkit");

    /** Reads or writes the cache, ARM or the journal: application work. */
    private static final DescribedPredicate<JavaClass> SERVICES = resideInAnyPackage("com.azure..", "java.net.http..",
            "java.sql..").or(belongToAnyOf(ResourceStore.class, CacheDatabase.class, OperationJournal.class,
            OperationsService.class, RefreshService.class, ArmClients.class)).as("the cache, ARM and the journal");

    /** Uses the toolkit, itself or through what it uses (a kind's descriptor opening its dialogs is a view too). */
    private static final DescribedPredicate<JavaClass> USES_TOOLKIT = new DescribedPredicate<>("use the JavaFX toolkit") {
        @Override
        public boolean test(JavaClass c) {
            return c.getTransitiveDependenciesFromSelf().stream().anyMatch(d -> TOOLKIT.test(d.getTargetClass()));
        }
    };

    private static final DescribedPredicate<JavaMethodCall> SUBMITS = new DescribedPredicate<>("sending an operation") {
        @Override
        public boolean test(JavaMethodCall call) {
            return call.getTargetOwner().isEquivalentTo(PageContext.class) && call.getName().equals("submit");
        }
    };

    @ArchTest
    static final ArchRule viewsDoNoApplicationWorkAndViewModelsNeedNoToolkit = noClasses()
            .that().resideOutsideOfPackages(ROOTS).and(USES_TOOLKIT)
            .should().dependOnClassesThat(SERVICES).orShould().callMethodWhere(SUBMITS)
            .because("a view renders its view model and hands it the user's intent; reading the cache, calling ARM and "
                    + "sending operations belong to view models, which are plain Java tested without the toolkit "
                    + "(the FX thread reaches them through an executor they are given; MVVM, ADR 0001)");

    @ArchTest
    static final ArchRule nothingInTheWindowParsesJson = noClasses()
            .should().callMethod(CachedResource.class, "json").orShould().dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson..")
            .because("rows carry their typed details, parsed once by their kind's descriptor");

    @ArchTest
    static final ArchRule fieldsKeepWhatWasTyped = noClasses().that().resideOutsideOfPackage("dev.acrconsole.ui.fx")
            .should().dependOnClassesThat().belongToAnyOf(javafx.scene.control.DatePicker.class,
                    javafx.scene.control.Spinner.class, javafx.scene.control.SpinnerValueFactory.class)
            .because("a DatePicker or a number Spinner puts back its last value over a text it cannot read, without a "
                    + "word; DateField and NumberField keep the text and let the view model say what is wrong (ADR 0016)");
}
