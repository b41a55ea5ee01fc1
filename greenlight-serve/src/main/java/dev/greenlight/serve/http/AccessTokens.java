package dev.greenlight.serve.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bearer tokens the server accepts, one per scope. Only SHA-256 digests are kept, and a presented token is
 * compared with every digest by {@link MessageDigest#isEqual} (constant time in the digest's length), so neither
 * a token's length nor its first differing byte shows in the response time. Tokens never appear in
 * {@link #toString()}, logs or errors.
 */
public final class AccessTokens {
    private final Map<Scope, byte[]> digests;
    private final boolean open;

    private AccessTokens(Map<Scope, byte[]> digests, boolean open) {
        this.digests = digests;
        this.open = open;
    }

    /** Tokens by scope; blank values are ignored. */
    public static AccessTokens of(Map<Scope, String> tokens) {
        Map<Scope, byte[]> d = new EnumMap<>(Scope.class);
        tokens.forEach((scope, token) -> {
            if (token != null && !token.isBlank()) {
                d.put(scope, digest(token));
            }
        });
        return new AccessTokens(d, false);
    }

    /** No authentication at all ({@code --insecure-no-auth}). */
    public static AccessTokens insecureOpen() {
        return new AccessTokens(Map.of(), true);
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isEmpty() {
        return !open && digests.isEmpty();
    }

    /**
     * The scope the token grants, checking every configured digest (no early exit) so that timing does not say
     * which scope, if any, came close.
     */
    public Optional<Scope> scopeOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] given = digest(token);
        Scope found = null;
        for (Scope s : Scope.values()) {
            byte[] expected = digests.get(s);
            if (expected != null && MessageDigest.isEqual(given, expected)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a request with this token may act within {@code needed}. */
    public boolean allows(String token, Scope needed) {
        if (open) {
            return true;
        }
        return scopeOf(token).map(s -> s == Scope.ADMIN || s == needed).orElse(false);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return open ? "AccessTokens[insecure: no authentication]" : "AccessTokens" + digests.keySet();
    }
}
