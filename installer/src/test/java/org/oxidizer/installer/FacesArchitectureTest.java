package org.oxidizer.installer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI and the GUI are two faces over core: they gather input and lay out what core returns. Launching,
 * attaching, watching a target's process and speaking the agent's protocol each have one home in core; a
 * second copy in a face is how the two faces started to drift (three profiling loops, two live sessions).
 */
class FacesArchitectureTest {

    private static final String[] FACES = {"org.oxidizer.cli..", "org.oxidizer.gui.."};

    private final JavaClasses faces = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.oxidizer.cli", "org.oxidizer.gui");

    @Test
    void facesDoNotLaunchOrAttachTargets() {
        noClasses().that().resideInAnyPackage(FACES)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.oxidizer.core.target.AttachedTarget")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.oxidizer.core.target.TargetLauncher")
            .orShould().dependOnClassesThat().resideInAPackage("com.sun.tools.attach..")
            .because("core's Profiling, AgentLiveSession and MigrationRun are the one way a target is launched or"
                + " attached, so both faces profile and migrate the same way")
            .check(faces);
    }

    @Test
    void facesDoNotWatchTargetProcesses() {
        noClasses().that().resideInAnyPackage(FACES)
            .should().dependOnClassesThat().haveFullyQualifiedName(ProcessHandle.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.oxidizer.core.measure.Sampler")
            .because("whether a target lives, how it died and what it measured are core's answers (a face that"
                + " polls ProcessHandle itself says it differently)")
            .check(faces);
    }

    @Test
    void facesDoNotSpeakTheAgentProtocol() {
        noClasses().that().resideInAnyPackage(FACES)
            .should().dependOnClassesThat().resideInAPackage("org.oxidizer.agent..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.oxidizer.core.live.LiveSwaps")
            .orShould().dependOnClassesThat().resideInAPackage("javax.management..")
            .because("the agent's MXBeans and keys are typed once in agent-api and spoken only by core's live"
                + " session; results reach the faces as records that carry their own sentences")
            .check(faces);
    }
}
