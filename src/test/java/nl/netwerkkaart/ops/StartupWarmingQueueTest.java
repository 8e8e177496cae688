package nl.netwerkkaart.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ErrorType;
import nl.netwerkkaart.ops.StartupWarming.Request;
import nl.netwerkkaart.ops.StartupWarming.WorkQueue;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up's queue: a user's claim finds every document either still left (and takes it out) or in flight. */
class StartupWarmingQueueTest {

    private static Request request(String name) {
        return new Request(name, "query " + name + " { viewer { userId } }", Map.of(), null);
    }

    @Test
    void a_document_taken_is_in_flight_at_once_so_a_claim_waits_for_it() {
        var queue = new WorkQueue(List.of(request("Viewer"), request("MyFamilies")));

        var taken = queue.take();

        assertThat(taken.request().name()).isEqualTo("Viewer");
        var running = queue.claim("Viewer");
        assertThat(running).as("taken and not yet run: the claim waits for it").isSameAs(taken.running()).isNotDone();
        queue.done(taken);
        assertThat(running).isDone();
        assertThat(queue.claim("Viewer")).as("run: nothing to wait for").isNull();
    }

    @Test
    void a_document_claimed_before_it_is_taken_is_never_run_by_the_warm_up() {
        var queue = new WorkQueue(List.of(request("Viewer"), request("MyFamilies"), request("Viewer")));

        assertThat(queue.claim("Viewer")).isNull();

        assertThat(queue.take().request().name()).isEqualTo("MyFamilies");
        assertThat(queue.take()).isNull();
    }

    @Test
    void under_contention_a_claim_that_finds_nothing_to_wait_for_is_never_followed_by_the_warm_up_running_it()
            throws InterruptedException {
        for (int round = 0; round < 500; round++) {
            var names = List.of("A", "B", "C", "D", "E", "F");
            var queue = new WorkQueue(names.stream().map(StartupWarmingQueueTest::request).toList());
            var clock = new AtomicLong();
            // per document: when a warm-up thread was done with it (before done()), and when a claim returned nothing
            var doneAt = new ConcurrentHashMap<String, Long>();
            var claimedAt = new ConcurrentHashMap<String, Long>();
            var start = new CountDownLatch(1);
            var threads = new ArrayList<Thread>();
            for (int t = 0; t < 2; t++) {
                threads.add(started(() -> {
                    await(start);
                    WorkQueue.Taken taken;
                    while ((taken = queue.take()) != null) {
                        Thread.onSpinWait();
                        doneAt.put(taken.request().name(), clock.incrementAndGet());
                        queue.done(taken);
                    }
                }));
            }
            threads.add(started(() -> {
                await(start);
                for (var name : List.of("B", "D", "F")) {
                    if (queue.claim(name) == null) {
                        claimedAt.put(name, clock.incrementAndGet());
                    }
                }
            }));
            start.countDown();
            for (var thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
            // nothing to wait for is right only when the claim took the document out or the warm-up had run it
            claimedAt.forEach((name, claimed) -> assertThat(doneAt.getOrDefault(name, Long.MIN_VALUE))
                    .as("%s ran by the warm-up after a claim found nothing to wait for", name).isLessThan(claimed));
            assertThat(queue.left()).isZero();
        }
    }

    @Test
    void an_error_is_described_by_its_classification_and_message_only() {
        var error = new ResponseError() {
            @Override
            public String getMessage() {
                return "Validation error of type FieldUndefined";
            }

            @Override
            public graphql.ErrorClassification getErrorType() {
                return ErrorType.ValidationError;
            }

            @Override
            public String getPath() {
                return "family/members/0/person/givenName";
            }

            @Override
            public List<Object> getParsedPath() {
                return List.of("family", "members", 0, "person", "givenName");
            }

            @Override
            public List<graphql.language.SourceLocation> getLocations() {
                return List.of();
            }

            @Override
            public Map<String, Object> getExtensions() {
                return Map.of("familyName", "Jansen");
            }
        };

        assertThat(StartupWarming.describe(error)).isEqualTo("ValidationError: Validation error of type FieldUndefined")
                .doesNotContain("Jansen", "givenName");
    }

    private static Thread started(Runnable runnable) {
        var thread = new Thread(runnable);
        thread.start();
        return thread;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
