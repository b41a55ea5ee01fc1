package dev.greenlight.serve.http;

import dev.greenlight.serve.ingest.BatchRejected;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit: a declared Content-Length above it is refused before reading, and a
 * chunked body is cut off as soon as it passes the limit, so no request makes the server hold more than the
 * limit in memory.
 */
final class RequestBody {

    private RequestBody() {
    }

    static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared, limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, limit)));
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw tooLarge(total, limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BatchRejected(400, "cannot read the request body: " + e.getMessage());
        }
    }

    private static BatchRejected tooLarge(long size, long limit) {
        return new BatchRejected(413, "request body of at least " + size + " bytes is over the limit of " + limit
                + " bytes (serve.max_request_bytes); split the batch");
    }
}
