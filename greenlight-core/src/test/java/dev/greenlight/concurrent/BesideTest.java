package dev.greenlight.concurrent;

import dev.greenlight.error.GreenlightException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BesideTest {

    @Test
    void runsOnAnotherThreadWhileTheCallerWorks() throws InterruptedException {
        CountDownLatch callerWorked = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        Beside<String> work = Beside.start(() -> {
            try {
                // finishes only once the caller has gone on: the work does not run in line
                assertThat(callerWorked.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Thread.currentThread() == caller ? "in line" : "beside";
        });
        callerWorked.countDown();
        assertThat(work.join()).isEqualTo("beside");
    }

    @Test
    void joinThrowsWhatTheWorkThrewUnwrapped() {
        Beside<Integer> work = Beside.start(() -> {
            throw new GreenlightException("column 'x': test 'ks' cannot run");
        });
        assertThatThrownBy(work::join).isExactlyInstanceOf(GreenlightException.class)
                .hasMessage("column 'x': test 'ks' cannot run");
        Beside<Integer> failed = Beside.start(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThatThrownBy(failed::join).isExactlyInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void aKnownResultIsReturnedAsItIs() {
        assertThat(Beside.done(42).join()).isEqualTo(42);
    }
}
