package dev.greenlight.client;

import dev.greenlight.serve.TestServer;
import dev.greenlight.serve.TestStores;
import dev.greenlight.serve.store.Dialect;
import dev.greenlight.serve.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 of the server during ingestion loses no acknowledged prediction, and retries add no duplicate. */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    static Iterable<Dialect> dialects() {
        return TestStores.dialects();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void noAcknowledgedPredictionIsLostAndNoneIsStoredTwice(Dialect d) throws Exception {
        StoreLocation store = TestStores.fresh(d, dir);
        Path config = TestServer.churnConfig(dir).file();
        String storeArg = d == Dialect.DUCKDB ? "duckdb:" + store.file() : store.jdbcUrl();
        CrashRun.Counts c = CrashRun.run(config, storeArg, store.jdbcUrl(), 20_000, 4_000);
        System.out.println(d + " " + c);
        assertThat(c.acknowledgedBeforeKill()).as("some batches were acknowledged before the kill")
                .isGreaterThanOrEqualTo(4_000);
        assertThat(c.acknowledgedBeforeKill()).as("the kill came before the end").isLessThan(20_000);
        assertThat(c.ackedButLost()).isZero();
        assertThat(c.failed()).isZero();
        assertThat(c.stored()).isEqualTo(20_000);
        assertThat(c.duplicates()).isZero();
    }
}
