package dev.greenlight.serve;

import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.serve.http.Scope;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configuration's {@code serve:} section (docs/serve.md), already checked by the configuration's JSON Schema.
 *
 * @param tokens          bearer tokens by scope, from {@code serve.tokens}; the environment variables override
 *                        them ({@link Scope#environmentVariable()})
 * @param maxRequestBytes largest request body accepted; larger ones get 413. Default 16 MiB: 10,000 predictions
 *                        of 30 features fit
 * @param maxRecords      most records in one batch; more get 413. Default 10,000
 * @param queueBatches    batches waiting to be written before new ones get 429. Default 64: with batches of
 *                        500, 32,000 predictions, a fraction of a second of writing
 * @param webhook         where alerts are POSTed; null for none
 * @param coolDownSeconds after an alert is sent, alerts of the same kind and name wait this long. Default 3600
 * @param analysisSeconds how often the newest windows are analysed for the gauges and the webhook. Default 60
 */
public record ServeSettings(Map<Scope, String> tokens, long maxRequestBytes, int maxRecords, int queueBatches,
                            java.net.URI webhook, long coolDownSeconds, long analysisSeconds) {

    public static final long DEFAULT_COOL_DOWN_SECONDS = 3600;
    public static final long DEFAULT_ANALYSIS_SECONDS = 60;

    public ServeSettings(Map<Scope, String> tokens, long maxRequestBytes, int maxRecords, int queueBatches) {
        this(tokens, maxRequestBytes, maxRecords, queueBatches, null, DEFAULT_COOL_DOWN_SECONDS,
                DEFAULT_ANALYSIS_SECONDS);
    }

    public ServeSettings withWebhook(java.net.URI url, long coolDown) {
        return new ServeSettings(tokens, maxRequestBytes, maxRecords, queueBatches, url, coolDown, analysisSeconds);
    }

    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L << 20;
    public static final int DEFAULT_MAX_RECORDS = 10_000;
    public static final int DEFAULT_QUEUE_BATCHES = 64;

    public ServeSettings {
        tokens = Map.copyOf(tokens);
    }

    public static ServeSettings defaults() {
        return new ServeSettings(Map.of(), DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_RECORDS, DEFAULT_QUEUE_BATCHES);
    }

    /** Reads the section from the configuration file. */
    public static ServeSettings read(Path configFile) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            root = new Yaml(new SafeConstructor(options)).load(Files.readString(configFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidConfigException(configFile + ": cannot read the configuration file (" + e.getMessage()
                    + ")");
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("serve") instanceof Map<?, ?> serve)) {
            return defaults();
        }
        Map<Scope, String> tokens = new EnumMap<>(Scope.class);
        if (serve.get("tokens") instanceof Map<?, ?> t) {
            for (Scope s : Scope.values()) {
                if (t.get(s.key()) != null) {
                    tokens.put(s, String.valueOf(t.get(s.key())));
                }
            }
        }
        java.net.URI webhook = null;
        long coolDown = DEFAULT_COOL_DOWN_SECONDS;
        if (serve.get("webhook") instanceof Map<?, ?> w) {
            if (w.get("url") != null) {
                webhook = java.net.URI.create(String.valueOf(w.get("url")));
            }
            coolDown = number(w, "cool_down_seconds", DEFAULT_COOL_DOWN_SECONDS);
        }
        return new ServeSettings(tokens,
                number(serve, "max_request_bytes", DEFAULT_MAX_REQUEST_BYTES),
                (int) number(serve, "max_records", DEFAULT_MAX_RECORDS),
                (int) number(serve, "queue_batches", DEFAULT_QUEUE_BATCHES), webhook, coolDown,
                number(serve, "analysis_seconds", DEFAULT_ANALYSIS_SECONDS));
    }

    private static long number(Map<?, ?> section, String key, long fallback) {
        Object v = section.get(key);
        return v instanceof Number n ? n.longValue() : fallback;
    }

    /** The tokens in force: each scope's environment variable when set, else the configuration's. */
    public Map<Scope, String> effectiveTokens(Map<String, String> environment) {
        Map<Scope, String> out = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            String env = environment.get(s.environmentVariable());
            String value = env != null && !env.isBlank() ? env : tokens.get(s);
            if (value != null && !value.isBlank()) {
                out.put(s, value);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ServeSettings[tokens for " + tokens.keySet() + ", maxRequestBytes=" + maxRequestBytes
                + ", maxRecords=" + maxRecords + ", queueBatches=" + queueBatches + ", webhook=" + webhook + "]";
    }
}
