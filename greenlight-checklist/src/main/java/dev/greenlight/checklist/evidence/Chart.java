package dev.greenlight.checklist.evidence;

import java.util.List;

/**
 * Data for a chart. Checks produce charts as data; renderers decide how they look, so the same result can be
 * drawn as SVG in HTML or listed in Markdown.
 */
public sealed interface Chart permits Chart.Bars, Chart.Histogram, Chart.Heatmap, Chart.Scatter {

    String title();

    /** A named list of numbers, one per category or bin. */
    record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /**
     * Grouped bars: for each category, one bar per series.
     *
     * @param referenceLine a horizontal line to draw (a goal), or null
     */
    record Bars(String title, String valueLabel, List<String> categories, List<Series> series,
                Double referenceLine, String referenceLabel) implements Chart {
        public Bars {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException(title + ": series " + s.name() + " has " + s.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /**
     * Overlaid histograms over shared bin edges; values are shares of each series' rows (so sets of different
     * sizes compare).
     */
    record Histogram(String title, String xLabel, List<Double> edges, List<Series> series) implements Chart {
        public Histogram {
            edges = List.copyOf(edges);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != edges.size() - 1) {
                    throw new IllegalArgumentException(title + ": series " + s.name() + " has " + s.values().size()
                            + " bins for " + edges.size() + " edges");
                }
            }
        }
    }

    /** A matrix of values with row and column labels, e.g. a confusion matrix (rows: truth). */
    record Heatmap(String title, String rowLabel, String columnLabel, List<String> rows, List<String> columns,
                   List<List<Double>> values) implements Chart {
        public Heatmap {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            values = values.stream().map(List::copyOf).toList();
        }
    }

    /** Points, e.g. residuals against predictions; a renderer may draw a zero line. */
    record Scatter(String title, String xLabel, String yLabel, List<Double> x, List<Double> y, boolean zeroLine)
            implements Chart {
        public Scatter {
            x = List.copyOf(x);
            y = List.copyOf(y);
            if (x.size() != y.size()) {
                throw new IllegalArgumentException(title + ": " + x.size() + " x values, " + y.size() + " y values");
            }
        }
    }
}
