package dev.forkful.level;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The built-in campaign: the level files shipped in the jar under {@code dev/forkful/levels/}, in chapter order. */
public final class Campaign {
    static final String RESOURCE_DIR = "dev/forkful/levels";
    /** The file beside the levels that names the chapters: not a level itself. */
    public static final String CHAPTERS_FILE = "campaign.toml";

    private Campaign() {
    }

    /** The campaign's levels, in chapter order. A broken built-in level is a build bug: it throws. */
    public static List<Level> levels() {
        return Holder.LEVELS;
    }

    /** Whether a file found in a folder of levels is a level: a .toml file other than the chapters file. */
    public static boolean isLevelFile(String fileName) {
        return fileName.endsWith(".toml") && !fileName.equals(CHAPTERS_FILE);
    }

    /** A campaign level by id, or a level file by path. */
    public static Level resolve(String idOrPath) throws LevelException {
        boolean looksLikePath = idOrPath.contains("/") || idOrPath.contains("\\") || idOrPath.endsWith(".toml");
        if (!looksLikePath) {
            for (Level level : levels()) {
                if (level.id().equals(idOrPath)) {
                    return level;
                }
            }
        }
        Path path = null;
        try {
            path = Path.of(idOrPath);
        } catch (InvalidPathException e) {
            // not a path: treated as an unknown id below
        }
        // a file is read on its own: `run my-level.toml` need not load the whole campaign first
        // not only when it exists: a name too long or a folder not ours is said by the loader, not as "no such file"
        if (path != null && !Files.notExists(path)) {
            return LevelLoader.load(path);
        }
        if (looksLikePath) {
            throw new LevelException(new LevelProblem(idOrPath, 0, "no such file" + siblingLike(path)));
        }
        List<String> ids = levels().stream().map(Level::id).toList();
        throw new LevelException(new LevelProblem(idOrPath, 0, "no campaign level has this id"
                + Suggest.didYouMean(idOrPath, ids) + " (levels: " + String.join(", ", ids) + ")"));
    }

    /** "Did you mean" among the level files next to a path that does not exist. */
    private static String siblingLike(Path path) {
        if (path == null || path.getFileName() == null) {
            return "";
        }
        Path dir = path.toAbsolutePath().getParent();
        try (Stream<Path> files = dir == null ? Stream.empty() : Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".toml")).toList();
            return Suggest.closest(path.getFileName().toString(), names)
                    .map(n -> "; did you mean \"" + path.resolveSibling(n) + "\"?").orElse("");
        } catch (IOException e) {
            return ""; // no folder to look in: nothing to suggest
        }
    }

    private static final class Holder {
        static final List<Level> LEVELS = load();
    }

    private static List<Level> load() {
        URL dir = Campaign.class.getClassLoader().getResource(RESOURCE_DIR);
        if (dir == null) {
            throw new IllegalStateException("the campaign levels are missing from the class path (" + RESOURCE_DIR + ")");
        }
        try {
            URI uri = dir.toURI();
            if (!uri.getScheme().equals("file")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.provider().getPath(uri));
                } catch (FileSystemAlreadyExistsException e) {
                    return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
                }
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the campaign levels: " + e.getMessage(), e);
        }
    }

    private static List<Level> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> isLevelFile(p.getFileName().toString())).sorted(
                    Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        List<Level> levels = new ArrayList<>();
        List<LevelProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            String name = RESOURCE_DIR + "/" + file.getFileName();
            try {
                Level level = LevelLoader.read(name, Files.readAllBytes(file), Path.of(name));
                if (!ids.add(level.id())) {
                    problems.add(new LevelProblem(name, 0, "another campaign level has the id \"" + level.id() + "\""));
                }
                levels.add(level);
            } catch (LevelException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(new LevelException(problems).getMessage());
        }
        levels.sort(Comparator.comparingInt(Level::chapter));
        return List.copyOf(levels);
    }
}
