package dev.greenlight.serve.http;

import dev.greenlight.serve.analysis.AnalysisJson;
import dev.greenlight.serve.analysis.LiveMonitor;
import dev.greenlight.serve.analysis.WindowSize;
import dev.greenlight.serve.ingest.BatchRejected;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /v1/windows}, {@code /v1/drift}, {@code /v1/performance}, {@code /v1/alerts} and
 * {@code /v1/recommendation}: the monitor engine's figures over {@code ?from=&to=&window=hour|day}.
 */
final class AnalysisRoutes {
    private final LiveMonitor monitor;

    AnalysisRoutes(LiveMonitor monitor) {
        this.monitor = monitor;
    }

    io.javalin.http.Handler view(AnalysisJson.View view) {
        return ctx -> ApiResponses.json(ctx, 200, AnalysisJson.of(analysis(ctx), view));
    }

    LiveMonitor.Analysis analysis(Context ctx) throws java.sql.SQLException {
        WindowSize size;
        try {
            size = WindowSize.fromKey(ctx.queryParamAsClass("window", String.class).getOrDefault("hour"));
        } catch (dev.greenlight.error.GreenlightException e) {
            throw new BatchRejected(400, e.getMessage());
        }
        try {
            return monitor.analyse(time(ctx, "from"), time(ctx, "to"), size);
        } catch (dev.greenlight.error.GreenlightException e) {
            throw new BatchRejected(400, e.getMessage());
        }
    }

    /** An ISO-8601 instant or milliseconds since the epoch; absent means the default range. */
    static Long time(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return v.chars().allMatch(Character::isDigit) ? Long.parseLong(v) : Instant.parse(v).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BatchRejected(400, name + "=" + v + ": expected an ISO-8601 instant (2026-12-01T00:00:00Z) or "
                    + "milliseconds since the epoch");
        }
    }
}
