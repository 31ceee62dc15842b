package dev.acrconsole.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.acrconsole.app", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule appHasNoJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("app is plain Java: it runs headless (export, benchmarks, tests) and hands results "
                    + "to the UI through futures and listeners, never by touching the FX thread");

    @ArchTest
    static final ArchRule appDoesNotReachUp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.acrconsole.ui..", "dev.acrconsole.sandbox..")
            .because("dependencies point one way (ui -> app -> cache); the sandbox is only a test peer of app");
}
