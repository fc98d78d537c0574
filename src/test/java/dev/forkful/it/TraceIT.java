package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.timeline.ChromeTraceRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code run --trace} from the packaged jar on the mixed grill, with the playtest's right and wrong plans
 * (src/test/resources/playtest/plans.toml): a file the format's rules accept, a track per chef in each kitchen's
 * process under its real pid, every served order in it, the race where the run had one, and no kitchen left behind.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TraceIT {
    private static final Path LEVEL = Path.of("levels/03-mixed-grill.toml").toAbsolutePath();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "skewers=coroutine,salad=thread:2; skewers loop",
            "skewers=thread:8:nolock,salad=thread:2; skewers chef [0-7]"})
    void theTraceOfARunKeepsTheRulesAndHoldsEveryChefAndEveryServedOrder(String plan, String skewerTracks) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar",
                Path.of(System.getProperty("forkful.jar", "target/forkful.jar")).toAbsolutePath().toString(),
                "run", LEVEL.toString(), "--plan", plan, "--json", "--trace", "t.json");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        JsonObject run = JsonParser.parseString(out).getAsJsonObject();
        String text = Files.readString(dir.resolve("t.json"));
        List<JsonObject> events = StreamSupport.stream(JsonParser.parseString(text).getAsJsonObject()
                .getAsJsonArray("traceEvents").spliterator(), false).map(JsonElement::getAsJsonObject).toList();

        assertThat(ChromeTraceRules.problems(text)).isEmpty();
        Map<Long, String> processes = names(events, "process_name");
        assertThat(processes).containsEntry(p.pid(), "forkful (the supervisor)");
        long skewers = pidOf(processes, "skewers: ");
        long salad = pidOf(processes, "salad: thread kitchen");
        assertThat(Set.of(skewers, salad, p.pid())).as("a process per kitchen, each its own pid").hasSize(3);
        assertThat(ProcessHandle.of(skewers)).as("the kitchens died with the run").isEmpty();
        assertThat(ProcessHandle.of(salad)).isEmpty();

        List<String> tracks = events.stream().filter(e -> name(e).equals("thread_name"))
                .map(e -> e.get("pid").getAsLong() + " " + arg(e, "name")).toList();
        assertThat(tracks).doesNotHaveDuplicates();
        assertThat(tracks).filteredOn(t -> t.startsWith(salad + " ")).containsExactly(salad + " salad chef 0", salad + " salad chef 1");
        List<String> skewerChefs = tracks.stream().filter(t -> t.startsWith(skewers + " ")).toList();
        assertThat(skewerChefs).isNotEmpty().allSatisfy(t -> assertThat(t).matches(skewers + " " + skewerTracks));
        assertThat(tracks).hasSize(2 + skewerChefs.size());

        for (JsonElement task : run.getAsJsonArray("tasks")) {
            long pid = task.getAsJsonObject().get("task").getAsString().equals("skewers") ? skewers : salad;
            Set<Long> orders = events.stream().filter(e -> e.get("ph").getAsString().equals("X") && e.get("pid").getAsLong() == pid)
                    .map(e -> e.getAsJsonObject("args").get("order").getAsLong()).collect(Collectors.toSet());
            assertThat(orders).as("the served orders of " + task).hasSize(task.getAsJsonObject().get("served").getAsInt());
        }
        double served = events.stream().filter(e -> e.get("ph").getAsString().equals("C") && name(e).equals("served"))
                .mapToDouble(e -> e.getAsJsonObject("args").get("per 100 ms").getAsDouble()).sum();
        assertThat(served).isEqualTo(run.get("served").getAsDouble());
        List<JsonObject> races = events.stream().filter(e -> name(e).equals("race: lost updates")).toList();
        JsonObject lost = run.getAsJsonArray("tasks").get(0).getAsJsonObject().getAsJsonObject("lost_updates");
        if (lost.has("spice")) {
            assertThat(races).singleElement().satisfies(r -> {
                assertThat(r.get("pid").getAsLong()).isEqualTo(skewers);
                assertThat(arg(r, "what")).startsWith(lost.get("spice").getAsLong() + " spice taken and never gone");
            });
        } else {
            assertThat(races).isEmpty();
        }
    }

    private static String name(JsonObject e) {
        return e.has("name") ? e.get("name").getAsString() : "";
    }

    private static String arg(JsonObject e, String key) {
        return e.getAsJsonObject("args").get(key).getAsString();
    }

    private static Map<Long, String> names(List<JsonObject> events, String metadata) {
        return events.stream().filter(e -> name(e).equals(metadata))
                .collect(Collectors.toMap(e -> e.get("pid").getAsLong(), e -> arg(e, "name")));
    }

    private static long pidOf(Map<Long, String> processes, String prefix) {
        List<Long> pids = new ArrayList<>(processes.entrySet().stream().filter(e -> e.getValue().startsWith(prefix))
                .map(Map.Entry::getKey).toList());
        assertThat(pids).as("one process named " + prefix + "…").hasSize(1);
        return pids.getFirst();
    }
}
