package nl.netwerkkaart.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import graphql.execution.AbortExecutionException;
import graphql.language.OperationDefinition.Operation;
import org.junit.jupiter.api.Test;

class ReadAdmissionTest {

    @Test
    void queriesBeyondTheLimitWaitForAPermitAndMutationsNever() throws Exception {
        var admission = new ReadAdmission(2, Duration.ofSeconds(5));
        var first = admission.admit(Operation.QUERY);
        var second = admission.admit(Operation.QUERY);
        assertThat(admission.executing()).isEqualTo(2);

        // a mutation goes ahead while both permits are taken, and takes none
        var mutation = admission.admit(Operation.MUTATION);
        assertThat(admission.executing()).isEqualTo(2);
        mutation.release();
        assertThat(admission.executing()).isEqualTo(2);

        var third = CompletableFuture.supplyAsync(() -> admission.admit(Operation.QUERY));
        Thread.sleep(100);
        assertThat(third).isNotDone();
        first.release();
        third.get(5, TimeUnit.SECONDS).release();
        second.release();
        assertThat(admission.executing()).isZero();
    }

    @Test
    void aPermitIsGivenBackOnceHoweverOftenItIsReleased() {
        var admission = new ReadAdmission(1, Duration.ofSeconds(5));
        var admitted = admission.admit(Operation.QUERY);
        admitted.release();
        admitted.release();
        assertThat(admission.executing()).isZero();
        admission.admit(Operation.QUERY);
        assertThat(admission.executing()).isEqualTo(1);
    }

    @Test
    void aQueryThatWaitsTooLongIsRefusedAsBusy() {
        var admission = new ReadAdmission(1, Duration.ofMillis(50));
        admission.admit(Operation.QUERY);
        assertThatThrownBy(() -> admission.admit(Operation.QUERY))
                .isInstanceOfSatisfying(AbortExecutionException.class, abort -> {
                    assertThat(abort.getUnderlyingErrors()).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ReadAdmission.BUSY);
                        assertThat(error.getMessage()).contains("busy");
                    });
                });
    }

    @Test
    void zeroMeansNoLimit() {
        var admission = new ReadAdmission(0, Duration.ofMillis(50));
        for (int i = 0; i < 100; i++) {
            admission.admit(Operation.QUERY);
        }
        assertThat(admission.executing()).isZero();
    }
}
