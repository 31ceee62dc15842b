package dev.acrconsole.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.fx.FxBridge;

@AnalyzeClasses(packages = "dev.acrconsole.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule onlyTheBridgeEntersTheFxThread = noClasses()
            .that().doNotHaveFullyQualifiedName(FxBridge.class.getName())
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("one bridge onto the FX thread keeps every hand-over visible and testable");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheNetworkStack = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("com.azure..", "java.net.http..", "java.sql..")
            .because("view models read the cache and ask app to refresh through Background: "
                    + "the FX thread never waits on network or disk");

    @ArchTest
    static final ArchRule viewsDoNotReachTheCacheOrArm = noClasses()
            .that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Window")
            .should().dependOnClassesThat(resideInAnyPackage("com.azure..", "dev.acrconsole.app.refresh..",
                    "dev.acrconsole.sandbox..").or(belongToAnyOf(ResourceStore.class, CacheDatabase.class)))
            .because("views render view-model state; data access belongs to view models and app (MVVM, ADR 0001)");
}
