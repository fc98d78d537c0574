package dev.forkful.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version the build wrote into {@code version.properties}, the git commit it was built from
 * ({@code commit}, written at build time by {@code git describe}) and the Java runtime it runs on.
 */
public final class VersionProvider implements IVersionProvider {

    /** Whether the command line is the root's version option alone ({@code forkful --version}, {@code -V}): the root's model is all it needs. */
    static boolean asked(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The build's version, or "unknown" when run from unfiltered sources. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/forkful/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** The commit the build saw ({@code git describe --always --dirty}), or "unknown" outside a git clone. */
    public static String commit() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/forkful/commit")) {
            String c = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return c.matches("[0-9a-f]{7,40}(-dirty)?") ? c : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The runtime: its version, its VM and vendor, and where it lives (a release image brings its own). */
    public static String runtime() {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vm.vendor") + ") at " + System.getProperty("java.home");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "forkful " + version() + " (commit " + commit() + ")",
            runtime(),
            System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        };
    }
}
