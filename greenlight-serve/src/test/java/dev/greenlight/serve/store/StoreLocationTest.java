package dev.greenlight.serve.store;

import dev.greenlight.error.GreenlightException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLocationTest {

    @Test
    void duckdbFilesResolveAgainstTheFolderAndPostgresUrlsHideCredentials() {
        StoreLocation d = StoreLocation.parse("duckdb:x.db", Path.of("/srv/model"));
        assertThat(d.dialect()).isEqualTo(Dialect.DUCKDB);
        assertThat(d.jdbcUrl()).isEqualTo("jdbc:duckdb:/srv/model/x.db");
        StoreLocation p = StoreLocation.parse("postgresql://db:5432/gl?user=u&password=secret", Path.of("."));
        assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/gl?user=u&password=secret");
        assertThat(p.describe()).isEqualTo("postgresql://db:5432/gl").doesNotContain("secret");
        assertThat(StoreLocation.parse("jdbc:postgresql://h/db", Path.of(".")).dialect())
                .isEqualTo(Dialect.POSTGRESQL);
    }

    @Test
    void anythingElseIsRefusedWithTheFormsThatWork() {
        assertThatThrownBy(() -> StoreLocation.parse("mysql://h/db", Path.of(".")))
                .isInstanceOf(GreenlightException.class).hasMessageContaining("duckdb:FILE");
        assertThatThrownBy(() -> StoreLocation.parse("duckdb:", Path.of(".")))
                .isInstanceOf(GreenlightException.class);
    }
}
