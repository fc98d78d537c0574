package dev.forkful;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house as drawn: each package imports only those below it, top to bottom
 * {@code cli → console | tui → view → flow → score | timeline → engine → protocol ← worker}, with
 * {@code bench} under {@code cli} over {@code engine} and {@code worker}, {@code code} (the plan as a program)
 * under {@code cli} over the plan and its faults, {@code grade} under {@code cli} over {@code score},
 * {@code engine}, {@code level} and {@code save}, and {@code level} and
 * {@code save} at the bottom. The two sides of the pipe meet only in {@code protocol}; the engine
 * knows no score; the line mode and the full screen know only their common {@code view}.
 */
@AnalyzeClasses(packages = "dev.forkful", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dev.forkful.cli..")
            .layer("console").definedBy("dev.forkful.console..")
            .layer("tui").definedBy("dev.forkful.tui..")
            .layer("view").definedBy("dev.forkful.view..")
            .layer("flow").definedBy("dev.forkful.flow..")
            .layer("score").definedBy("dev.forkful.score..")
            .layer("timeline").definedBy("dev.forkful.timeline..")
            .layer("bench").definedBy("dev.forkful.bench..")
            .layer("code").definedBy("dev.forkful.code..")
            .layer("grade").definedBy("dev.forkful.grade..")
            .layer("engine").definedBy("dev.forkful.engine..")
            .layer("worker").definedBy("dev.forkful.worker..")
            .layer("protocol").definedBy("dev.forkful.protocol..")
            .layer("level").definedBy("dev.forkful.level..")
            .layer("save").definedBy("dev.forkful.save..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("console").mayOnlyAccessLayers("view", "flow", "score", "timeline", "engine", "level", "save")
            .whereLayer("tui").mayOnlyAccessLayers("view", "flow", "score", "timeline", "engine", "level", "save")
            .whereLayer("view").mayOnlyAccessLayers("flow", "score", "timeline", "engine", "level", "save")
            .whereLayer("flow").mayOnlyAccessLayers("score", "timeline", "engine", "level", "save")
            .whereLayer("score").mayOnlyAccessLayers("engine", "level")
            .whereLayer("timeline").mayOnlyAccessLayers("engine", "level")
            .whereLayer("grade").mayOnlyAccessLayers("score", "timeline", "engine", "level", "save")
            .whereLayer("bench").mayOnlyAccessLayers("engine", "worker", "protocol", "level")
            .whereLayer("code").mayOnlyAccessLayers("engine", "protocol", "level")
            .whereLayer("engine").mayOnlyAccessLayers("protocol", "level")
            .whereLayer("worker").mayOnlyAccessLayers("protocol", "level")
            .whereLayer("protocol").mayOnlyAccessLayers("level")
            .whereLayer("level").mayNotAccessAnyLayer()
            .whereLayer("save").mayNotAccessAnyLayer()
            .because("each package imports only those below it (DESIGN.md §2, README \"Where things are\")");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.forkful.(*)..").should().beFreeOfCycles();
}
