package dev.greenlight.serve.http;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokensTest {
    private final AccessTokens tokens = AccessTokens.of(Map.of(Scope.INGEST, "ingest-secret-0001",
            Scope.READ, "read-secret-000001", Scope.ADMIN, "admin-secret-00001"));

    @Test
    void eachTokenGrantsItsScopeAndAdminGrantsAll() {
        assertThat(tokens.allows("ingest-secret-0001", Scope.INGEST)).isTrue();
        assertThat(tokens.allows("ingest-secret-0001", Scope.READ)).isFalse();
        assertThat(tokens.allows("read-secret-000001", Scope.READ)).isTrue();
        assertThat(tokens.allows("admin-secret-00001", Scope.INGEST)).isTrue();
        assertThat(tokens.allows("admin-secret-00001", Scope.READ)).isTrue();
        assertThat(tokens.allows("ingest-secret-000", Scope.INGEST)).as("a prefix is not the token").isFalse();
        assertThat(tokens.allows(null, Scope.READ)).isFalse();
    }

    @Test
    void tokensNeverShowInText() {
        assertThat(tokens.toString()).doesNotContain("secret");
        assertThat(AccessTokens.insecureOpen().allows(null, Scope.ADMIN)).isTrue();
        assertThat(AccessTokens.of(Map.of(Scope.READ, " ")).isEmpty()).isTrue();
    }

    @Test
    void theEnvironmentOverridesTheConfiguration() {
        var settings = new dev.greenlight.serve.ServeSettings(Map.of(Scope.READ, "from-config-00000001",
                Scope.INGEST, "ingest-config-000001"), 1 << 20, 10, 4);
        var effective = settings.effectiveTokens(Map.of("GREENLIGHT_READ_TOKEN", "from-environment-01"));
        assertThat(effective).containsEntry(Scope.READ, "from-environment-01")
                .containsEntry(Scope.INGEST, "ingest-config-000001").doesNotContainKey(Scope.ADMIN);
        assertThat(settings.toString()).doesNotContain("config-0");
    }
}
