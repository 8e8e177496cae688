package nl.netwerkkaart.bench.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * Runs clients in a closed loop: each sends its next request as soon as the previous one was answered, until the
 * phase ends. Only requests answered within the phase are recorded, and only when the phase measures.
 */
final class ClosedLoop {

    /** One turn of a client: one request, or a sequence of dependent requests (the write mix). */
    interface Client {
        void turn(Random random, Timer timer) throws Exception;
    }

    /** A request failed in a way the report must show: non-200, a GraphQL error, a user error. */
    static final class RequestFailed extends Exception {
        RequestFailed(String message) {
            super(message, null, false, false);
        }
    }

    /** Times the requests of one turn and records them in their operation's {@link Stats}. */
    static final class Timer {

        private final boolean measuring;
        private final long deadline;

        Timer(boolean measuring, long deadline) {
            this.measuring = measuring;
            this.deadline = deadline;
        }

        <T> T time(Stats stats, Call<T> call) throws Exception {
            var start = System.nanoTime();
            try {
                var result = call.call();
                var end = System.nanoTime();
                if (measuring && end <= deadline) {
                    stats.success((end - start) / 1000);
                }
                return result;
            }
            catch (Exception e) {
                if (measuring && System.nanoTime() <= deadline) {
                    stats.error(describe(e));
                }
                throw e;
            }
        }
    }

    interface Call<T> {
        T call() throws Exception;
    }

    private ClosedLoop() {
    }

    /**
     * Runs every client on its own thread for {@code duration}; returns the seconds the phase lasted.
     * {@code measuring} false is a warm-up: nothing is recorded.
     */
    static double run(List<Client> clients, Duration duration, boolean measuring, long seed) throws InterruptedException {
        var ready = new CountDownLatch(clients.size());
        var go = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        long[] deadline = new long[1];
        for (int i = 0; i < clients.size(); i++) {
            var client = clients.get(i);
            var random = new Random(seed * 1_000 + i);
            var thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                var timer = new Timer(measuring, deadline[0]);
                while (System.nanoTime() < deadline[0]) {
                    try {
                        client.turn(random, timer);
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    catch (IOException e) {
                        // the service is unreachable: counted, and no tight loop of failing connects
                        pause();
                    }
                    catch (Exception e) {
                        // counted by the timer; the client goes on with its next turn
                    }
                }
            }, "bench-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        // set before the latch opens, which makes it visible to every client thread
        deadline[0] = System.nanoTime() + duration.toNanos();
        go.countDown();
        for (var thread : threads) {
            thread.join();
        }
        return duration.toNanos() / 1e9;
    }

    static String describe(Exception e) {
        if (e instanceof RequestFailed) {
            return e.getMessage();
        }
        var message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
