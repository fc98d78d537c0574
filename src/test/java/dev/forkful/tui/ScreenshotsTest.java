package dev.forkful.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's screenshots ({@code assets/screenshots/*.svg}, drawn by {@code scripts/screenshots})
 * stay in step with their golden screens: each names the golden text it was drawn from and its
 * SHA-256, and shows every row of it.
 */
class ScreenshotsTest {
    private static final Path SHOTS = Path.of("assets/screenshots");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path RECORDING = Path.of("assets/recording");
    private static final Pattern SOURCE = Pattern.compile("<desc>forkful golden screen (\\S+\\.txt) sha256 ([0-9a-f]{64})</desc>");

    @Test
    void everyScreenshotIsDrawnFromItsGoldenScreenAsItIsNow() throws IOException, NoSuchAlgorithmException {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(SHOTS)) {
            svgs = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(svgs).as("the README shows at least one").isNotEmpty();
        for (Path svg : svgs) {
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            Matcher m = SOURCE.matcher(text);
            assertThat(m.find()).as("%s names its golden screen", svg).isTrue();
            Path golden = GOLDEN.resolve(m.group(1));
            assertThat(svg.getFileName().toString()).isEqualTo(m.group(1).replace(".txt", ".svg"));
            assertThat(golden).as("%s: its golden screen", svg).exists();
            byte[] screen = Files.readAllBytes(golden);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(screen));
            assertThat(m.group(2)).as("%s is older than %s: run scripts/screenshots", svg, golden).isEqualTo(sha);
            for (String row : new String(screen, StandardCharsets.UTF_8).lines().filter(r -> !r.isBlank()).toList()) {
                assertThat(text).as("%s shows the row %s", svg, row).contains(">" + xml(row) + "</text>");
            }
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The recording: an asciicast v2 file of output events in time order, and its animation drawn from its frames as they are. */
    @Test
    void theRecordingIsAnAsciicastAndItsAnimationIsDrawnFromItsFrames() throws IOException, NoSuchAlgorithmException {
        List<String> cast = Files.readAllLines(RECORDING.resolve("first-level.cast"), StandardCharsets.UTF_8);
        JsonObject header = JsonParser.parseString(cast.getFirst()).getAsJsonObject();
        assertThat(header.get("version").getAsInt()).isEqualTo(2);
        assertThat(header.get("width").getAsInt()).isEqualTo(80);
        assertThat(header.get("height").getAsInt()).isEqualTo(24);
        double last = 0;
        StringBuilder output = new StringBuilder();
        for (String line : cast.subList(1, cast.size())) {
            JsonArray event = JsonParser.parseString(line).getAsJsonArray();
            assertThat(event.size()).isEqualTo(3);
            assertThat(event.get(0).getAsDouble()).as("events in time order").isGreaterThanOrEqualTo(last);
            last = event.get(0).getAsDouble();
            assertThat(event.get(1).getAsString()).isEqualTo("o");
            output.append(event.get(2).getAsString());
        }
        assertThat(output).as("the game's own screens went by").contains("the campaign").contains("stars with");
        byte[] frames = Files.readAllBytes(RECORDING.resolve("first-level.frames"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(frames));
        assertThat(Files.readString(RECORDING.resolve("first-level.svg"), StandardCharsets.UTF_8))
                .as("first-level.svg is older than its frames: run scripts/screenshots")
                .contains("<desc>forkful recording first-level.frames sha256 " + sha + ":");
    }

    @Test
    void theReadmeShowsAScreenshotAndTheRecording() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher images = Pattern.compile("\\]\\((assets/[^)]+)\\)").matcher(readme);
        int found = 0;
        while (images.find()) {
            assertThat(Path.of(images.group(1))).as("the README's %s", images.group(1)).exists();
            found++;
        }
        assertThat(readme).contains("(assets/recording/first-level.svg)").contains("(assets/recording/first-level.cast)")
                .containsPattern("\\(assets/screenshots/[a-z0-9-]+\\.svg\\)");
        assertThat(found).isGreaterThanOrEqualTo(3);
    }
}
