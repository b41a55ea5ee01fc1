package dev.greenlight.serve.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.serve.MonitoringServer;
import dev.greenlight.serve.ServeOptions;
import dev.greenlight.serve.ServeSettings;
import dev.greenlight.serve.TestStores;
import dev.greenlight.serve.store.Dialect;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard in headless Chromium: it loads, shows the charts, and its numbers are the API's. */
class DashboardBrowserTest {
    static final Path EXAMPLE = Path.of("..", "examples", "breast-cancer").toAbsolutePath().normalize();
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    @TempDir
    Path dir;

    static void requireChromium() {
        if (new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute()) {
            return;
        }
        String reason = "Chromium and chromedriver are not installed (apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(reason + "; on CI the browser test must run");
        }
        System.out.println("SKIPPED browser test: " + reason);
        Assumptions.abort(reason);
    }

    @Test
    void thePageShowsTheChartsAndTheNumbersOfTheApi() throws Exception {
        requireChromium();
        var config = ConfigLoader.load(EXAMPLE.resolve("greenlight.yaml"));
        try (MonitoringServer server = MonitoringServer.start(config, ServeSettings.defaults(),
                new ServeOptions("127.0.0.1", 0, TestStores.fresh(Dialect.DUCKDB, dir), true, Map.of()))) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            HttpClient http = HttpClient.newHttpClient();
            for (String kind : new String[]{"predictions", "labels"}) {
                var r = http.send(HttpRequest.newBuilder(base.resolve("/v1/" + kind)).POST(
                        HttpRequest.BodyPublishers.ofFile(EXAMPLE.resolve("serve/" + kind + ".ndjson"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
            JsonNode api = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(base.resolve("/v1/windows"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            JsonNode rec = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(base.resolve(
                    "/v1/recommendation")).build(), HttpResponse.BodyHandlers.ofString()).body());

            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + dir.resolve("chromium-profile"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort().build();
            WebDriver browser = new ChromeDriver(service, options);
            try {
                browser.get(base.resolve("/").toString());
                assertThat(browser.getTitle()).contains("breast-cancer-gbm");
                List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart svg"));
                assertThat(charts).hasSizeGreaterThanOrEqualTo(3);
                assertThat(browser.findElements(By.cssSelector("#chart-roc_auc path.series"))).hasSize(2);
                assertThat(browser.findElements(By.cssSelector("#chart-roc_auc circle")).size())
                        .isGreaterThanOrEqualTo(api.get("windows").size());
                assertThat(browser.findElement(By.id("recommendation")).getAttribute("data-action"))
                        .isEqualTo(rec.get("action").asText());
                assertThat(browser.findElement(By.cssSelector("[data-stat=predictions]")).getText()).isEqualTo("143");

                List<WebElement> rows = browser.findElements(By.cssSelector("#windows tr[data-window]"));
                assertThat(rows).hasSize(api.get("windows").size());
                int compared = 0;
                for (JsonNode w : api.get("windows")) {
                    WebElement row = browser.findElement(By.cssSelector("#windows tr[data-window='"
                            + w.get("start").asText() + "']"));
                    assertThat(row.findElement(By.cssSelector("[data-field=rows]")).getText())
                            .isEqualTo(w.get("rows").asText());
                    for (String m : new String[]{"roc_auc", "recall"}) {
                        JsonNode real = w.at("/realized/" + m + "/value");
                        String shown = row.findElement(By.cssSelector("[data-field='realized." + m + "']")).getText();
                        assertThat(shown).isEqualTo(real.isNull() ? "" : String.format(Locale.ROOT, "%.4f",
                                real.asDouble()));
                        JsonNode est = w.at("/estimated/" + m + "/value");
                        assertThat(row.findElement(By.cssSelector("[data-field='estimated." + m + "']")).getText())
                                .isEqualTo(est.isNull() ? "" : String.format(Locale.ROOT, "%.4f", est.asDouble()));
                        compared++;
                    }
                }
                assertThat(compared).isEqualTo(2 * api.get("windows").size());
            } finally {
                browser.quit();
            }
        }
    }
}
