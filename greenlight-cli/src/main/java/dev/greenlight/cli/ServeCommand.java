package dev.greenlight.cli;

import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.serve.MonitoringServer;
import dev.greenlight.serve.ServeOptions;
import dev.greenlight.serve.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code greenlight serve}: the monitoring service (docs/serve.md). Runs until stopped (Ctrl-C, SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Runs the monitoring service: takes predictions and late labels over HTTP, keeps them in "
                + "DuckDB (default: greenlight.db beside CONFIG) or PostgreSQL, and serves stats, metrics and the "
                + "API in docs/serve.md. Prints 'listening on http://HOST:PORT' first.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The model's greenlight.yaml.")
    Path config;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on; 0 picks "
            + "a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeOptions.DEFAULT_HOST, description =
            "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--store", paramLabel = "STORE", description = "duckdb:FILE or postgresql://host[:port]/db?user="
            + "...&password=... Default: duckdb:" + ServeOptions.DEFAULT_DUCKDB_FILE + " beside CONFIG.")
    String store;

    @Option(names = "--insecure-no-auth", description = "Accept requests without a bearer token. Only on a machine "
            + "nobody else reaches.")
    boolean insecureNoAuth;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + ": expected 0 to 65535");
        }
        GreenlightConfig cfg = ConfigLoader.load(config);
        StoreLocation location = store == null ? StoreLocation.duckdb(cfg.folder()
                .resolve(ServeOptions.DEFAULT_DUCKDB_FILE)) : StoreLocation.parse(store, Path.of("."));
        MonitoringServer server = MonitoringServer.start(cfg, new ServeOptions(host, port, location, insecureNoAuth,
                System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "greenlight-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("listening on http://" + host + ":" + server.port());
        out.println("store: " + location.describe() + (insecureNoAuth ? "; authentication: OFF (--insecure-no-auth)"
                : "; authentication: bearer tokens"));
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
