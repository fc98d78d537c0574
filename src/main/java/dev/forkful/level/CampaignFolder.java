package dev.forkful.level;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A folder of level files as a campaign: the {@code *.toml} files directly in it (not in its
 * subfolders, which may be campaigns of their own), in the chapters of its {@code campaign.toml},
 * else as one untitled chapter in file-name order. A level's own {@code chapter} key orders nothing.
 */
public final class CampaignFolder {
    private CampaignFolder() {
    }

    /**
     * The folder's campaign; its progress key is the campaign file's title, else the folder's name.
     * Every problem of every file is reported together.
     */
    public static CampaignChapters load(Path dir) throws LevelException {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return read(dir, dir.toString(), Optional.of(name == null ? dir.toString() : name.toString()));
    }

    /**
     * What {@code check} says of the campaign file in {@code dir}: its problems (none when its level
     * files have problems of their own, which are said with those files), or the campaign it makes.
     */
    public static CampaignChapters checkCampaignFile(Path dir) throws LevelException {
        try {
            return load(dir);
        } catch (LevelException e) {
            String shown = new LevelProblem(dir + "/" + CampaignReader.FILE_NAME, 0, "").file();
            List<LevelProblem> own = e.problems().stream().filter(p -> p.file().equals(shown)).toList();
            throw new LevelException(own);
        }
    }

    /**
     * Levels whose old {@code chapter} key disagrees with the chapter the campaign file lists them in:
     * the campaign file decides, so the key only misleads whoever reads the level file.
     */
    public static List<String> chapterMismatches(CampaignChapters campaign) {
        List<String> out = new ArrayList<>();
        for (Level level : campaign.levels()) {
            int listed = campaign.chapterNumber(level);
            if (level.chapter() != 0 && level.chapter() != listed) {
                out.add(level.source() + ": warning: chapter = " + level.chapter() + ", but " + CampaignReader.FILE_NAME
                        + " lists \"" + level.id() + "\" in chapter " + listed + "; the campaign file decides the order,"
                        + " so change chapter to " + listed + " or remove it");
            }
        }
        return out;
    }

    /** Whether {@code file} is a folder's campaign file rather than a level. */
    public static boolean isCampaignFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(CampaignReader.FILE_NAME);
    }

    /** A file of a campaign: its name, and its bytes read when asked (or why they cannot be). */
    record CampaignFile(String name, Bytes bytes) {
        @FunctionalInterface
        interface Bytes {
            byte[] read() throws LevelException;
        }
    }

    /**
     * Reads the folder {@code dir}, naming its files {@code shownDir/NAME} in problems.
     *
     * @param fallbackKey the progress key when the campaign file has no title; empty for the built-in campaign
     */
    static CampaignChapters read(Path dir, String shownDir, Optional<String> fallbackKey) throws LevelException {
        List<CampaignFile> files = levelFiles(dir, shownDir).stream()
                .map(f -> new CampaignFile(f.getFileName().toString(), () -> LevelLoader.bytesOf(f))).toList();
        Path campaignFile = dir.resolve(CampaignReader.FILE_NAME);
        Optional<CampaignFile.Bytes> chapters = Files.exists(campaignFile)
                ? Optional.of(() -> LevelLoader.bytesOf(campaignFile)) : Optional.empty();
        return read(files, chapters, shownDir, fallbackKey);
    }

    /**
     * Reads the level {@code files} (in play order when there is no campaign file) and the campaign file,
     * naming them {@code shownDir/NAME} in problems; every problem of every file is reported together.
     */
    static CampaignChapters read(List<CampaignFile> files, Optional<CampaignFile.Bytes> campaignFile, String shownDir,
            Optional<String> fallbackKey) throws LevelException {
        List<LevelProblem> problems = new ArrayList<>();
        Map<String, Level> levels = new LinkedHashMap<>();
        Map<String, String> fileNames = new LinkedHashMap<>();
        List<Read> reads = readAll(files, shownDir);
        for (int i = 0; i < files.size(); i++) {
            String fileName = files.get(i).name();
            String shown = shownDir + "/" + fileName;
            try {
                Level level = reads.get(i).level();
                String first = fileNames.putIfAbsent(level.id(), fileName);
                if (first != null) {
                    problems.add(new LevelProblem(shown, 0, "id \"" + level.id() + "\" is also the id of " + first
                            + "; each level of a campaign needs its own"));
                }
                levels.putIfAbsent(level.id(), level);
            } catch (LevelException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new LevelException(problems);
        }
        if (campaignFile.isEmpty()) {
            return CampaignChapters.untitled(fallbackKey, List.copyOf(levels.values()));
        }
        CampaignReader.Read read = chapters(campaignFile.get().read(), shownDir + "/" + CampaignReader.FILE_NAME, levels, fileNames);
        Optional<String> key = fallbackKey.isEmpty() ? fallbackKey : read.title().or(() -> fallbackKey);
        return new CampaignChapters(key, read.title(), read.chapters());
    }

    /** A file read: its level, or why it is none. */
    private record Read(Level read, LevelException problems, RuntimeException bug) {
        Level level() throws LevelException {
            if (bug != null) {
                throw bug;
            }
            if (problems != null) {
                throw problems;
            }
            return read;
        }
    }

    /**
     * Reads every file, on two threads: each file alone is a few milliseconds of parsing and checking,
     * mostly interpreted code at the game's start, and the built-in campaign's 16 were 200 ms of the
     * first frame on one core.
     */
    private static List<Read> readAll(List<CampaignFile> files, String shownDir) {
        Read[] reads = new Read[files.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable reader = () -> {
            for (int i = next.getAndIncrement(); i < reads.length; i = next.getAndIncrement()) {
                reads[i] = read(files.get(i), shownDir + "/" + files.get(i).name());
            }
        };
        Thread helper = files.size() > 1 ? Thread.ofPlatform().daemon().name("campaign-reader").start(reader) : null;
        reader.run();
        boolean interrupted = false;
        while (helper != null) {
            try {
                helper.join();
                helper = null;
            } catch (InterruptedException e) {
                interrupted = true; // the helper ends on its own, within the files' reading
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Arrays.asList(reads);
    }

    private static Read read(CampaignFile file, String shown) {
        try {
            return new Read(LevelLoader.read(shown, file.bytes().read(), Path.of(shown)), null, null);
        } catch (LevelException e) {
            return new Read(null, e, null);
        } catch (RuntimeException e) {
            return new Read(null, null, e);
        }
    }

    private static CampaignReader.Read chapters(byte[] bytes, String shown, Map<String, Level> levels, Map<String, String> fileNames)
            throws LevelException {
        String text = LevelLoader.text(shown, bytes);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        TomlOutline outline = TomlOutline.scan(body);
        List<LevelProblem> problems = new ArrayList<>();
        Optional<Map<String, Object>> document = LevelLoader.document(shown, body, outline, problems);
        if (document.isPresent()) {
            Optional<CampaignReader.Read> read = CampaignReader.read(document.get(), new TomlTable.Sink(shown, outline, problems),
                    levels, fileNames);
            if (read.isPresent()) {
                return read.get();
            }
        }
        problems.sort(Comparator.comparingInt(LevelProblem::line));
        throw new LevelException(problems);
    }

    /** The level files directly in {@code dir}, by name; the campaign file is not one. */
    private static List<Path> levelFiles(Path dir, String shownDir) throws LevelException {
        if (!Files.isDirectory(dir)) {
            String why = Files.exists(dir) ? "not a folder: --levels names a folder of level files" : "no such folder";
            throw new LevelException(new LevelProblem(shownDir, 0, why));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".toml") && !isCampaignFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new LevelException(new LevelProblem(shownDir, 0, "cannot read this folder: " + Unreadable.why(e)));
        }
        if (files.isEmpty()) {
            throw new LevelException(new LevelProblem(shownDir, 0, "no level files (*.toml) in this folder"));
        }
        return files;
    }
}
