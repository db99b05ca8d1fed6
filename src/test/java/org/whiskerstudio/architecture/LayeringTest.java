package org.whiskerstudio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/** The layering of design.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "org.whiskerstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule javafxOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages("org.whiskerstudio.ui..", "org.whiskerstudio.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule deepLearningOnlyInDl4jPackages = noClasses()
            .that().resideOutsideOfPackage("..dl4j..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..");

    @ArchTest
    static final ArchRule viewModelsKnowNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule onlyAppImportsUi = noClasses()
            .that().resideOutsideOfPackages("org.whiskerstudio.ui..", "org.whiskerstudio.app..")
            .should().dependOnClassesThat().resideInAPackage("org.whiskerstudio.ui..");

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses()
            .that().resideInAPackage("org.whiskerstudio.common..")
            .should().dependOnClassesThat().resideInAnyPackage("org.whiskerstudio.project..", "org.whiskerstudio.ui..",
                    "org.whiskerstudio.app..", "org.whiskerstudio.settings..");

    @ArchTest
    static final ArchRule domainNeverReachesTheCli = noClasses()
            .that().resideOutsideOfPackage("org.whiskerstudio.app..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.whiskerstudio.app..");

    /**
     * The screens' packages. ui.common (shared widgets and plumbing) and ui.shell (the host that builds every screen)
     * are not screens; ui.exchange, the import/export dialogs, is used only by the shell and counts as a screen here.
     */
    private static final List<String> SCREENS = List.of("library", "labelling", "architecture", "training", "evaluation",
            "deploy", "exchange", "welcome");

    @ArchTest
    static final ArchRule screensDoNotImportEachOther = CompositeArchRule.of(
            SCREENS.stream().map(LayeringTest::keepsToItself).toList())
            .as("screen packages " + SCREENS + " do not import each other: they share code through ui.common and meet "
                    + "only in ui.shell");

    private static ArchRule keepsToItself(String screen) {
        String[] others = SCREENS.stream().filter(s -> !s.equals(screen)).map(s -> "org.whiskerstudio.ui." + s + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.whiskerstudio.ui." + screen + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others);
    }
}
