package dev.acrconsole.cache;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.acrconsole.cache", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule cacheKnowsNothingOfAzure = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.azure..")
            .because("the cache stores plain rows and JSON; only app talks to Azure, so the cache "
                    + "can be read offline and by export without the SDK");

    @ArchTest
    static final ArchRule cacheKnowsNothingOfJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the cache runs headless (export, benchmarks) and must never tie to the FX thread");

    @ArchTest
    static final ArchRule noPackageCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("dev.acrconsole.(cache)..").should().beFreeOfCycles()
            .because("the cache is one package today; any package it grows must not need one that needs it back");

    @ArchTest
    static final ArchRule cacheKnowsNothingOfUpperLayers = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.acrconsole.app..", "dev.acrconsole.ui..", "dev.acrconsole.sandbox..")
            .because("dependencies point one way: ui -> app -> cache");
}
