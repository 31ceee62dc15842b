package dev.acrconsole.ui.tasks;

import dev.acrconsole.app.runs.RunChart;
import dev.acrconsole.ui.fx.PageView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Recent run durations of the selected task, each bar coloured by how the run ended, and the success rate above. */
public final class TaskChartView extends PageView.OfModel {
    private final TaskChartViewModel model;
    private final VBox root;

    public TaskChartView(TaskChartViewModel model) {
        super(model);
        this.model = model;
        CategoryAxis runs = new CategoryAxis();
        runs.setLabel("Run (oldest → newest)");
        runs.setTickLabelsVisible(false);
        NumberAxis seconds = new NumberAxis();
        seconds.setLabel("Duration (s)");
        BarChart<String, Number> chart = new BarChart<>(runs, seconds);
        chart.setId("task-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(2);
        Label summary = new Label("Select a task to see its recent runs.");
        summary.setId("task-chart-summary");
        summary.getStyleClass().add("details-kind");
        model.chart().addListener((obs, old, c) -> {
            show(chart, c);
            summary.setText(c.summary());
        });
        root = new VBox(4, summary, chart);
        root.setPadding(new Insets(8, 8, 8, 8));
    }

    private static void show(BarChart<String, Number> chart, RunChart c) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (RunChart.Bar bar : c.bars()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(bar.runId(), bar.seconds());
            d.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    // Inline: the chart resets a bar's style classes after it makes the node.
                    node.setStyle("-fx-bar-fill: " + colour(bar.status()) + ";");
                    Tooltip.install(node, new Tooltip(bar.runId() + ": " + bar.status() + ", " + bar.seconds() + " s"));
                }
            });
            series.getData().add(d);
        }
        chart.getData().setAll(java.util.List.of(series));
    }

    /** Green succeeded, red failed (error, timeout), amber canceled: the theme's colours, light or dark. */
    static String colour(String status) {
        return switch (status) {
            case "Succeeded" -> "-color-success-emphasis";
            case "Canceled" -> "-color-warning-emphasis";
            default -> "-color-danger-emphasis";
        };
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        super.activate();
        model.load();
    }
}
