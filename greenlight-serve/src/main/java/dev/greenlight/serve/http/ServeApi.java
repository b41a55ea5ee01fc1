package dev.greenlight.serve.http;

import dev.greenlight.serve.ServeSettings;
import dev.greenlight.serve.analysis.AnalysisJson;
import dev.greenlight.serve.analysis.LiveMonitor;
import dev.greenlight.serve.dashboard.DashboardPage;
import dev.greenlight.serve.ingest.BatchRejected;
import dev.greenlight.serve.ingest.PredictionValidator;
import dev.greenlight.serve.ingest.WriteQueue;
import dev.greenlight.serve.store.EventStore;
import dev.greenlight.serve.store.StoreStats;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The HTTP surface: routes, who may call them, and how exceptions become answers (one place). Handlers stay thin:
 * checking lives in the ingest package, storing in the store package.
 */
public final class ServeApi {
    private final AccessTokens tokens;
    private final ServeMetrics metrics;
    private final EventStore store;
    private final IngestRoutes ingest;
    private final AnalysisRoutes analysis;
    private final String model;

    public ServeApi(AccessTokens tokens, ServeSettings settings, PredictionValidator validator, EventStore store,
                    WriteQueue queue, ServeMetrics metrics, dev.greenlight.serve.analysis.LiveMonitor monitor) {
        this.tokens = tokens;
        this.metrics = metrics;
        this.store = store;
        this.ingest = new IngestRoutes(settings, validator, queue, metrics);
        this.analysis = new AnalysisRoutes(monitor);
        this.model = monitor.modelName();
    }

    /** Every path registered, for the test that the OpenAPI document describes each one. */
    static final java.util.List<String> ROUTES = java.util.List.of("/", "/health", "/ready", "/openapi.json",
            "/v1/predictions", "/v1/labels", "/v1/stats", "/metrics", "/v1/windows", "/v1/drift", "/v1/performance",
            "/v1/alerts", "/v1/recommendation");

    /** Adds the routes to a Javalin app being built. */
    public void register(Javalin app) {
        app.get("/health", ctx -> ApiResponses.json(ctx, 200, Map.of("status", "up")));
        app.get("/ready", this::ready);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
        app.post("/v1/predictions", secured(Scope.INGEST, ingest::postPredictions));
        app.post("/v1/labels", secured(Scope.INGEST, ingest::postLabels));
        app.get("/v1/stats", secured(Scope.READ, this::stats));
        app.get("/", secured(Scope.READ, this::dashboard));
        app.get("/v1/windows", secured(Scope.READ, analysis.view(AnalysisJson.View.WINDOWS)));
        app.get("/v1/drift", secured(Scope.READ, analysis.view(AnalysisJson.View.DRIFT)));
        app.get("/v1/performance", secured(Scope.READ, analysis.view(AnalysisJson.View.PERFORMANCE)));
        app.get("/v1/alerts", secured(Scope.READ, analysis.view(AnalysisJson.View.ALERTS)));
        app.get("/v1/recommendation", secured(Scope.READ, analysis.view(AnalysisJson.View.RECOMMENDATION)));
        app.get("/metrics", secured(Scope.READ, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape())));
        app.exception(BatchRejected.class, (e, ctx) -> IngestRoutes.onRejected(e, ctx, metrics));
        app.exception(Exception.class, (e, ctx) -> ApiResponses.error(ctx, 500, "internal error: "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                ApiResponses.error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path()
                        + " (see /openapi.json)");
            }
        });
    }

    /** Wraps a handler so that it runs only for a bearer token of the scope (or admin). */
    public Handler secured(Scope scope, Handler handler) {
        return ctx -> {
            if (tokens.isOpen()) {
                handler.handle(ctx);
                return;
            }
            String token = bearer(ctx);
            if (token == null || tokens.scopeOf(token).isEmpty()) {
                metrics.rejected(ServeMetrics.Rejection.UNAUTHORIZED);
                ctx.header("WWW-Authenticate", "Bearer realm=\"greenlight\"");
                ApiResponses.error(ctx, 401, token == null ? "missing bearer token (Authorization: Bearer TOKEN)"
                        : "unknown bearer token");
                return;
            }
            if (!tokens.allows(token, scope)) {
                metrics.rejected(ServeMetrics.Rejection.UNAUTHORIZED);
                ApiResponses.error(ctx, 403, "this token's scope does not include " + scope.key());
                return;
            }
            handler.handle(ctx);
        };
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).trim();
    }

    private void dashboard(Context ctx) throws java.sql.SQLException {
        LiveMonitor.Analysis a = analysis.analysis(ctx);
        ctx.contentType("text/html; charset=utf-8").result(DashboardPage.render(model, store.stats(), a));
    }

    private void ready(Context ctx) {
        if (store.isReachable()) {
            ApiResponses.json(ctx, 200, Map.of("status", "ready", "store", store.location().dialect().name()
                    .toLowerCase(java.util.Locale.ROOT)));
        } else {
            ApiResponses.json(ctx, 503, Map.of("status", "store unreachable"));
        }
    }

    private void stats(Context ctx) throws java.sql.SQLException {
        StoreStats s = store.stats();
        ApiResponses.json(ctx, 200, Map.of("predictions", s.predictions(), "labels", s.labels(),
                "joined", s.joined()));
    }

    static final String OPENAPI = resource("openapi.json");

    private static String resource(String name) {
        try (InputStream in = ServeApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
