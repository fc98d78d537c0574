package dev.forkful.level;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The built-in campaign: the level files shipped in the jar under {@code dev/forkful/levels/}, in the
 * chapters of the {@code campaign.toml} shipped beside them.
 */
public final class Campaign {
    static final String RESOURCE_DIR = "dev/forkful/levels";

    private Campaign() {
    }

    /** The built-in campaign's chapters. A broken built-in level or campaign file is a build bug: it throws. */
    public static CampaignChapters builtIn() {
        return Holder.CAMPAIGN;
    }

    /** The built-in campaign's levels, in play order. */
    public static List<Level> levels() {
        return builtIn().levels();
    }

    /**
     * A built-in level by number or id, or a level file by path ({@link CampaignChapters#find}); a
     * level file that exists is read without reading the built-in campaign's 16 files first, which
     * took three times as long as reading the one file (with the AOT cache, at load 3 to 5).
     */
    public static Level resolve(String numberIdOrPath) throws LevelException {
        Optional<Level> file = CampaignChapters.existingFile(numberIdOrPath);
        return file.isPresent() ? file.get() : builtIn().find(numberIdOrPath);
    }

    private static final class Holder {
        static final CampaignChapters CAMPAIGN = load();
    }

    private static CampaignChapters load() {
        URL dir = Campaign.class.getClassLoader().getResource(RESOURCE_DIR);
        if (dir == null) {
            throw new IllegalStateException("the campaign levels are missing from the class path (" + RESOURCE_DIR + ")");
        }
        try {
            if (dir.getProtocol().equals("jar")) {
                return fromJar(dir);
            }
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

    /**
     * The campaign's files straight from the jar that holds them: the class path has that jar open already,
     * where a zip file system would read its whole index again (and look up the installed file system
     * providers first), 50 ms of the first frame on a quiet machine.
     */
    private static CampaignChapters fromJar(URL dir) throws IOException {
        JarURLConnection connection = (JarURLConnection) dir.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            String prefix = RESOURCE_DIR + "/";
            List<CampaignFolder.CampaignFile> files = new ArrayList<>();
            Optional<CampaignFolder.CampaignFile.Bytes> chapters = Optional.empty();
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                String fileName = name.substring(Math.min(prefix.length(), name.length()));
                if (!name.startsWith(prefix) || fileName.contains("/") || !fileName.endsWith(".toml")) {
                    continue;
                }
                byte[] bytes = jar.getInputStream(entry).readAllBytes();
                if (fileName.equals(CampaignReader.FILE_NAME)) {
                    chapters = Optional.of(() -> bytes);
                } else {
                    files.add(new CampaignFolder.CampaignFile(fileName, () -> bytes));
                }
            }
            files.sort((a, b) -> a.name().compareTo(b.name()));
            return CampaignFolder.read(files, chapters, RESOURCE_DIR, Optional.empty());
        } catch (LevelException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static CampaignChapters read(Path dir) {
        try {
            return CampaignFolder.read(dir, RESOURCE_DIR, Optional.empty());
        } catch (LevelException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
