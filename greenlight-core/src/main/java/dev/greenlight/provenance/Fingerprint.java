package dev.greenlight.provenance;

import dev.greenlight.error.InvalidDataException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes that identify a file's exact bytes in reports and split manifests. */
public final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * The SHA-256 of a file's bytes, as lower-case hex. Only a regular file is hashed, and no more than the size it
     * had when hashing began: a device or pipe, whose stream may never end, is refused before the first byte, and
     * a file that grows while it is read is an error rather than a hash of bytes no one can name.
     */
    public static String sha256(Path file) {
        long size = RegularFile.require(file);
        MessageDigest digest = newDigest();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                total += r;
                if (total > size) {
                    throw new InvalidDataException(file + ": the file grew while it was read (past its " + size
                            + " bytes); hash it when nothing writes to it");
                }
                digest.update(buf, 0, r);
            }
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
