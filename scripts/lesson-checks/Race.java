/** Lost updates on the JVM: two threads decrement a shared volatile int without a lock, then with one. Run: java Race.java */
public class Race {
    static volatile int stock;
    static final int TAKES = 20_000_000;

    public static void main(String[] args) throws InterruptedException {
        for (int run = 0; run < 3; run++) {
            stock = 2 * TAKES;
            Thread a = new Thread(Race::take), b = new Thread(Race::take);
            a.start(); b.start(); a.join(); b.join();
            int lost = stock;
            stock = 2 * TAKES;
            Object lock = new Object();
            Runnable locked = () -> { for (int i = 0; i < TAKES; i++) { synchronized (lock) { stock--; } } };
            a = new Thread(locked); b = new Thread(locked);
            a.start(); b.start(); a.join(); b.join();
            System.out.printf("run %d: 2 threads x %,d stock-- : %,d lost without a lock, %d with one%n", run, TAKES, lost, stock);
        }
    }

    static void take() {
        for (int i = 0; i < TAKES; i++) {
            stock--;
        }
    }
}
