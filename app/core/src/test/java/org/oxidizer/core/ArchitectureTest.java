package org.oxidizer.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core is headless: the CLI and the GUI are two faces over it, so it must never reach for JavaFX. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.oxidizer.core");

    @Test
    void coreDoesNotDependOnJavaFx() {
        noClasses().that().resideInAPackage("org.oxidizer.core..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .check(core);
    }

    @Test
    void coreDoesNotDependOnTheFaces() {
        noClasses().that().resideInAPackage("org.oxidizer.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.oxidizer.cli..", "org.oxidizer.gui..")
            .check(core);
    }
}
