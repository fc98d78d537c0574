import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Rewrites a jar's Java 5 class files (version 49) as Java 8 ones (version 52, with the stack maps the
 * JDK's Class-File API computes), the same bytecode otherwise: JDK 25's AOT cache cannot hold a class
 * older than version 50 once it has been linked, so every start would load and verify picocli's 177
 * classes from its jar again. Usage: java NewClassFiles.java JAR... (each rewritten in place; unchanged
 * when it has no old class).
 */
public final class NewClassFiles {
    private static final int JAVA_8 = 52;
    private static final int FIRST_WITH_STACK_MAPS = 50;
    private static final ClassTransform NEW_VERSION = (cb, ce) -> {
        if (ce instanceof ClassFileVersion) {
            cb.withVersion(JAVA_8, 0);
        } else {
            cb.with(ce);
        }
    };
    /** Each method's code passed through element by element, so the builder writes it anew with stack maps. */
    private static final ClassTransform REBUILT_CODE = ClassTransform.transformingMethodBodies((code, element) -> code.with(element));

    public static void main(String[] args) throws Exception {
        URL[] all = new URL[args.length];
        for (int i = 0; i < args.length; i++) {
            all[i] = Path.of(args[i]).toUri().toURL();
        }
        // stack maps need the classes' supertypes: the JDK's and those of every jar given
        try (URLClassLoader loader = new URLClassLoader(all, null)) {
            ClassFile cf = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS, ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
            for (String jar : args) {
                rewrite(cf, Path.of(jar));
            }
        }
    }

    private static void rewrite(ClassFile cf, Path jar) throws Exception {
        Path out = Files.createTempFile(jar.toAbsolutePath().getParent(), "retarget", ".jar");
        int rewritten = 0;
        try (JarFile in = new JarFile(jar.toFile());
                JarOutputStream o = new JarOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    var model = cf.parse(bytes);
                    if (model.majorVersion() < FIRST_WITH_STACK_MAPS) {
                        bytes = cf.transformClass(model, NEW_VERSION.andThen(REBUILT_CODE));
                        rewritten++;
                    }
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                o.putNextEntry(copy);
                o.write(bytes);
                o.closeEntry();
            }
        } catch (Exception e) {
            Files.deleteIfExists(out);
            throw e;
        }
        if (rewritten == 0) {
            Files.delete(out);
            return;
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("forkful: " + jar.getFileName() + ": " + rewritten + " Java 5 class files rewritten as Java 8 ones");
    }
}
