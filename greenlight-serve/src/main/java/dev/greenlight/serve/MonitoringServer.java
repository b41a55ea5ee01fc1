package dev.greenlight.serve;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.metrics.Task;
import dev.greenlight.serve.analysis.AlertWebhook;
import dev.greenlight.serve.analysis.LatestAnalysis;
import dev.greenlight.serve.analysis.LiveMonitor;
import dev.greenlight.serve.analysis.WindowResults;
import dev.greenlight.serve.analysis.WindowSize;
import dev.greenlight.serve.http.AccessTokens;
import dev.greenlight.serve.http.Scope;
import dev.greenlight.serve.http.ServeApi;
import dev.greenlight.serve.http.ServeMetrics;
import dev.greenlight.serve.ingest.PredictionValidator;
import dev.greenlight.serve.ingest.WriteQueue;
import dev.greenlight.serve.store.EventStore;
import io.javalin.Javalin;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * {@code greenlight serve}: the store, the write queue and the HTTP API, started together and stopped together.
 */
public final class MonitoringServer implements AutoCloseable {
    private final EventStore store;
    private final WriteQueue queue;
    private final Javalin app;
    private final LatestAnalysis latest;
    private final WindowResults results;

    private MonitoringServer(EventStore store, WriteQueue queue, Javalin app, LatestAnalysis latest,
                             WindowResults results) {
        this.store = store;
        this.queue = queue;
        this.app = app;
        this.latest = latest;
        this.results = results;
    }

    /** Reads the reference, opens the store and starts listening; refuses to start with no way to authenticate. */
    public static MonitoringServer start(GreenlightConfig config, ServeOptions options) {
        return start(config, ServeSettings.read(config.file()), options);
    }

    /** As {@link #start(GreenlightConfig, ServeOptions)}, with the {@code serve:} settings given. */
    public static MonitoringServer start(GreenlightConfig config, ServeSettings settings, ServeOptions options) {
        AccessTokens tokens = tokens(settings, options);
        FeatureSchema schema = FeatureSchema.of(config);
        EventStore store = EventStore.open(options.store(), schema);
        WindowResults results;
        try {
            results = new WindowResults(store.stats().writes());
        } catch (java.sql.SQLException e) {
            store.close();
            throw new GreenlightException("cannot read the store " + options.store() + ": " + e.getMessage(), e);
        }
        var queued = new java.util.concurrent.atomic.AtomicReference<WriteQueue>();
        ServeMetrics metrics = new ServeMetrics(() -> queued.get() == null ? 0 : queued.get().depth());
        WriteQueue queue = new WriteQueue(metrics.timed(results.recording(store)), settings.queueBatches(),
                metrics.timed(store::idle));
        queued.set(queue);
        try {
            LiveMonitor monitor = new LiveMonitor(config, schema, store, results);
            monitor.fitted(WindowSize.HOUR);
            AlertWebhook webhook = settings.webhook() == null ? null : new AlertWebhook(settings.webhook(),
                    Duration.ofSeconds(settings.coolDownSeconds()), config.model().name(), Clock.systemUTC());
            LatestAnalysis latest = new LatestAnalysis(monitor, webhook, metrics);
            ServeApi api = new ServeApi(tokens, settings, new PredictionValidator(schema, config.task() == Task.BINARY),
                    store, queue, metrics, monitor);
            Javalin app = Javalin.create(c -> {
                c.showJavalinBanner = false;
                c.http.maxRequestSize = settings.maxRequestBytes();
                c.startupWatcherEnabled = false;
            });
            api.register(app);
            app.start(options.host(), options.port());
            latest.start(settings.analysisSeconds());
            return new MonitoringServer(store, queue, app, latest, results);
        } catch (RuntimeException e) {
            queue.close();
            store.close();
            if (e.getCause() instanceof java.io.IOException || e.getClass().getName().contains("Bind")) {
                throw new GreenlightException("cannot listen on " + options.host() + ":" + options.port() + ": "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static AccessTokens tokens(ServeSettings settings, ServeOptions options) {
        if (options.insecureNoAuth()) {
            return AccessTokens.insecureOpen();
        }
        Map<Scope, String> effective = settings.effectiveTokens(options.environment());
        if (effective.isEmpty()) {
            throw new GreenlightException("no bearer tokens: set GREENLIGHT_INGEST_TOKEN, GREENLIGHT_READ_TOKEN "
                    + "and GREENLIGHT_ADMIN_TOKEN (or serve.tokens in the configuration), or start with "
                    + "--insecure-no-auth on a machine nobody else reaches");
        }
        return AccessTokens.of(effective);
    }

    public int port() {
        return app.port();
    }

    public EventStore store() {
        return store;
    }

    /** The figures of whole windows kept between queries. */
    public WindowResults windowResults() {
        return results;
    }

    /** The periodic analysis behind the gauges and the webhook. */
    public LatestAnalysis latestAnalysis() {
        return latest;
    }

    /** Stops taking requests, writes what is queued, closes the store. */
    @Override
    public void close() {
        latest.close();
        app.stop();
        queue.close();
        store.close();
    }
}
