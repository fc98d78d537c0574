package dev.forkful.engine;

import dev.forkful.worker.ChildProcess;
import java.io.FileDescriptor;
import java.io.FileOutputStream;

/**
 * A kitchen child for the supervisor's tests, cooking in a {@link SimpleKitchen}; with the
 * argument {@code garbage} it writes nonsense instead, with {@code die} it exits at once with 3.
 */
public final class SimpleChildMain {
    private SimpleChildMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args.length > 0 ? args[0] : "";
        switch (mode) {
            case "garbage" -> {
                System.out.println("Bonjour, I am not a kitchen");
                System.out.flush();
                Thread.sleep(60_000);
            }
            case "die" -> Runtime.getRuntime().halt(3);
            default -> {
                int code = new ChildProcess(System.in, new FileOutputStream(FileDescriptor.out), SimpleKitchen::new,
                        () -> 1000).run();
                Runtime.getRuntime().halt(code);
            }
        }
    }
}
