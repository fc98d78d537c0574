package dev.forkful.code;

/** The one way in: the program for an {@link Order} in a {@link Lang}. */
public final class Programs {
    private Programs() {
    }

    public static String write(Order order, Lang lang) {
        return switch (lang) {
            case PYTHON -> PythonProgram.write(order);
            case JAVA -> JavaProgram.write(order);
        };
    }
}
