package dev.greenlight.serve.analysis;

import dev.greenlight.monitor.Alert;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Period;
import dev.greenlight.serve.http.ServeMetrics;
import io.micrometer.core.instrument.Gauge;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * Analyses the default range of hourly windows every {@code serve.analysis_seconds}, keeps the latest result for the
 * Prometheus gauges (the newest window's drift, realized and estimated performance, label coverage, open alerts) and
 * hands its alerts to the webhook. Gauges read NaN until a window exists.
 */
public final class LatestAnalysis implements AutoCloseable {
    private final LiveMonitor monitor;
    private final AlertWebhook webhook;
    private final AtomicReference<MonitorResult> latest = new AtomicReference<>();
    private final java.util.concurrent.CountDownLatch firstRun = new java.util.concurrent.CountDownLatch(1);
    private final io.micrometer.core.instrument.Timer duration;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "greenlight-analysis");
        t.setDaemon(true);
        return t;
    });

    public LatestAnalysis(LiveMonitor monitor, AlertWebhook webhook, ServeMetrics metrics) {
        this.monitor = monitor;
        this.webhook = webhook;
        var registry = metrics.registry();
        this.duration = io.micrometer.core.instrument.Timer.builder("greenlight.analysis")
                .description("Time one periodic analysis took (the default hourly and daily ranges)")
                .register(registry);
        Gauge.builder("greenlight.window.figures.kept", monitor, LiveMonitor::keptWindows)
                .description("Windows whose figures are kept between queries").register(registry);
        var fitted = monitor.fitted(WindowSize.HOUR);
        for (String f : fitted.features()) {
            gauge(registry, "greenlight.window.drift.statistic", "feature", f, "Drift statistic of the newest hourly "
                    + "window against the reference", c -> c.drift().containsKey(f) ? c.drift().get(f).statistic()
                    : Double.NaN);
        }
        for (String m : fitted.metrics()) {
            gauge(registry, "greenlight.window.realized", "metric", m, "Realized performance of the newest hourly "
                    + "window", c -> c.realized().containsKey(m) ? c.realized().get(m).value() : Double.NaN);
            gauge(registry, "greenlight.window.estimated", "metric", m, "Estimated performance (CBPE/DLE) of the "
                    + "newest hourly window", c -> c.estimated().containsKey(m) ? c.estimated().get(m).value()
                    : Double.NaN);
        }
        Gauge.builder("greenlight.window.label.coverage", this, a -> a.newest().map(c -> c.rows() == 0 ? Double.NaN
                        : (double) c.labelledRows() / c.rows()).orElse(Double.NaN))
                .description("Share of the newest hourly window's predictions that have a label").register(registry);
        Gauge.builder("greenlight.alerts.open", this, a -> a.openAlerts().size())
                .description("Alerts on the newest hourly window").register(registry);
    }

    private void gauge(io.micrometer.core.instrument.MeterRegistry registry, String name, String tag, String value,
                       String description, ToDoubleFunction<ChunkResult> figure) {
        Gauge.builder(name, this, a -> a.newest().map(figure::applyAsDouble).orElse(Double.NaN)).tag(tag, value)
                .description(description).register(registry);
    }

    /** Starts analysing every {@code seconds}. */
    public void start(long seconds) {
        timer.scheduleWithFixedDelay(this::runOnceQuietly, 0, seconds, TimeUnit.SECONDS);
    }

    private void runOnceQuietly() {
        try {
            duration.recordCallable(() -> {
                runOnce();
                return null;
            });
        } catch (Exception e) {
            // the next run tries again; the HTTP endpoints report errors to their callers
        } finally {
            firstRun.countDown();
        }
    }

    /** Waits until the first periodic analysis (at start-up) has ended; false when it has not within the time. */
    public boolean awaitFirstRun(long seconds) throws InterruptedException {
        return firstRun.await(seconds, TimeUnit.SECONDS);
    }

    /**
     * Analyses now, updates the gauges and notifies the webhook of new alerts. The default range of days is
     * analysed too, for nothing but keeping its windows' figures: so that the dashboard's and the API's default
     * ranges of either window size answer from kept figures, also just after a start.
     */
    public void runOnce() throws java.sql.SQLException {
        Optional<MonitorResult> r = monitor.analyse(null, null, WindowSize.HOUR).result();
        r.ifPresent(latest::set);
        if (r.isPresent() && webhook != null) {
            webhook.notify(r.get());
        }
        monitor.analyse(null, null, WindowSize.DAY);
    }

    Optional<ChunkResult> newest() {
        MonitorResult r = latest.get();
        if (r == null) {
            return Optional.empty();
        }
        List<ChunkResult> chunks = r.chunks(Period.ANALYSIS);
        return chunks.isEmpty() ? Optional.empty() : Optional.of(chunks.get(chunks.size() - 1));
    }

    List<Alert> openAlerts() {
        MonitorResult r = latest.get();
        if (r == null) {
            return List.of();
        }
        int last = r.chunks(Period.ANALYSIS).size() - 1;
        return r.alerts().stream().filter(a -> a.period() == Period.ANALYSIS && a.chunk() == last).toList();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
