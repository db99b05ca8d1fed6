package org.whiskerstudio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.whiskerstudio.app.cli.WhiskerCli;

/** Which packages may know which: no cycles, a headless CLI, and benchmarks kept out of the product. */
@AnalyzeClasses(packages = "org.whiskerstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependencyTest {
    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
            .matching("org.whiskerstudio.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theCommandLineIsHeadless = noClasses()
            .that().resideInAPackage("org.whiskerstudio.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.whiskerstudio.ui..", "javafx..");

    @ArchTest
    static final ArchRule onlyTheCliRegistrationKnowsTheBenchmarks = noClasses()
            .that().resideOutsideOfPackage("org.whiskerstudio.bench..")
            .and().doNotHaveFullyQualifiedName(WhiskerCli.class.getName())
            .should().dependOnClassesThat().resideInAPackage("org.whiskerstudio.bench..");
}
