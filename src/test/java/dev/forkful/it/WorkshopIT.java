package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A workshop from the packaged jar: two exercises played, the plans handed in, three answers files graded. */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class WorkshopIT {
    private static final Path WORKSHOP = Path.of("levels/workshop").toAbsolutePath();

    @TempDir
    Path dir;

    /** What the jar printed on stdout and stderr, and its exit code. */
    record Ran(String out, String err, int exit) {}

    private Ran forkful(String input, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-jar", Path.of(System.getProperty("forkful.jar", "target/forkful.jar")).toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        try {
            try (var in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            return new Ran(out, Files.readString(dir.resolve("err.txt")), p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void twoExercisesPlayedAreHandedInAndGradedBesideAnotherStudentAndABrokenFile() throws Exception {
        Ran played = forkful("play peeler\nplan potatoes thread:2\nrun\nplay kettles\nplan tea coroutine\nrun\nquit\n",
                "shell", "--levels", WORKSHOP.toString());
        assertThat(played.exit()).as(played.out() + played.err()).isZero();
        assertThat(played.out()).contains("stars with potatoes=thread:2", "stars with tea=coroutine",
                "Hand in your best plans: forkful answers --levels", WORKSHOP.toString()); // the folder, wrapped or not

        Ran answers = forkful("", "answers", "--levels", WORKSHOP.toString(), "--student", "ada", "--out", "ada.toml");
        assertThat(answers.exit()).as(answers.err()).isZero();
        assertThat(answers.err()).contains("wrote ada.toml: 2 of 8 levels' plans");
        assertThat(Files.readString(dir.resolve("ada.toml"))).contains("student = \"ada\"", "campaign = \"Concurrency workshop\"",
                "peeler = \"potatoes=thread:2\"", "kettles = \"tea=coroutine\"").doesNotContain("tip-jar =");

        Files.writeString(dir.resolve("bob.toml"), """
                student = "bob"
                campaign = "Concurrency workshop"
                [plans]
                peeler = "potatoes=coroutine"
                kettles = "tea=fork"
                """);
        Files.writeString(dir.resolve("broken.toml"), "student = \"eve\"\n[plans\npeeler = \"potatoes=thread:2\"\n");
        long start = System.nanoTime();
        Ran graded = forkful("", "grade", "ada.toml", "bob.toml", "broken.toml", "--levels", WORKSHOP.toString(),
                "--csv", "grades.csv");
        System.out.printf("WorkshopIT: grading 3 plans took %.1f s%n", (System.nanoTime() - start) / 1e9);

        assertThat(graded.exit()).as(graded.out() + graded.err()).isEqualTo(1);
        assertThat(graded.err()).contains("grading ada: peeler (1 of 2)", "grading bob: peeler (1 of 2)")
                .contains("bob.toml:5: level kettles: ").contains("no model \"fork\"")
                .containsPattern("broken.toml:2: ");
        assertThat(graded.out()).containsPattern("ada +peeler +[0-3] +40/40")
                .containsPattern("ada +kettles +[0-3] +20/20")
                .containsPattern("bob +peeler +[0-3] +40/40")
                .contains("not graded: see bob.toml:5", "not graded: see broken.toml:2")
                .containsPattern("ada +total +[0-9]+/24");
        List<String> csv = Files.readAllLines(dir.resolve("grades.csv"));
        assertThat(csv).hasSize(1 + 3 * 8);
        assertThat(csv).anyMatch(l -> l.startsWith("ada,ada.toml,peeler,graded,potatoes=thread:2,"))
                .anyMatch(l -> l.startsWith("ada,ada.toml,tip-jar,missing,"))
                .anyMatch(l -> l.startsWith("bob,bob.toml,kettles,refused,"))
                .anyMatch(l -> l.startsWith("broken,broken.toml,peeler,refused,"));
    }
}
