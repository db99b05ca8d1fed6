package org.whiskerstudio.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.common.AtomicFiles;

/**
 * The evaluation as files to keep or share: {@code evaluation.csv} (per-class metrics, averages, the matrix and one
 * row per image) and {@code evaluation.html} (self-contained, charts as inline SVG).
 *
 * @param matrix the matrix shown (for a binary task, at the chosen threshold)
 * @param curves ROC and precision-recall for a binary task
 */
public record EvaluationReport(Evaluation evaluation, ConfusionMatrix matrix, Optional<BinaryCurves> curves,
                               Optional<Double> threshold) {
    public static final int TOP_K = 3;
    public static final int LIST_LIMIT = 20;

    public static EvaluationReport of(Evaluation evaluation) {
        return new EvaluationReport(evaluation, evaluation.matrix(), evaluation.isBinary()
                ? Optional.of(BinaryCurves.of(evaluation.predictions(), 1)) : Optional.empty(), Optional.empty());
    }

    /** Writes both files into {@code folder} (created if missing); returns them, HTML first. */
    public List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path html = folder.resolve("evaluation.html");
        Path csv = folder.resolve("evaluation.csv");
        AtomicFiles.write(html, html().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(csv, csv().getBytes(StandardCharsets.UTF_8));
        return List.of(html, csv);
    }

    public String csv() {
        StringBuilder s = new StringBuilder();
        s.append("# run,").append(field(evaluation.runName())).append("\n# data,").append(field(evaluation.data()))
                .append("\n# evaluated,").append(evaluation.evaluatedAt()).append('\n');
        threshold.ifPresent(t -> s.append("# threshold,").append(num(t)).append('\n'));
        s.append("\nclass,precision,recall,f1,support\n");
        for (ClassMetrics c : matrix.perClass()) {
            s.append(field(c.name())).append(',').append(num(c.precision())).append(',').append(num(c.recall()))
                    .append(',').append(num(c.f1())).append(',').append(c.support()).append('\n');
        }
        averages(s, "macro avg", matrix.macro());
        averages(s, "weighted avg", matrix.weighted());
        s.append("accuracy,,,").append(num(matrix.accuracy())).append(',').append(matrix.total()).append('\n');
        s.append("top-").append(TOP_K).append(" accuracy,,,").append(num(matrix.topK(TOP_K))).append(',')
                .append(matrix.total()).append('\n');
        s.append("\ntrue \\ predicted");
        matrix.classes().forEach(c -> s.append(',').append(field(c)));
        s.append('\n');
        for (int t = 0; t < matrix.size(); t++) {
            s.append(field(matrix.classes().get(t)));
            for (int p = 0; p < matrix.size(); p++) {
                s.append(',').append(matrix.count(t, p));
            }
            s.append('\n');
        }
        s.append("\nimage_id,sha256,true,predicted,confidence,correct");
        matrix.classes().forEach(c -> s.append(",p(").append(field(c)).append(')'));
        s.append('\n');
        for (ScoredExample p : matrix.predictions()) {
            s.append(p.imageId()).append(',').append(p.sha256()).append(',')
                    .append(field(matrix.classes().get(p.trueIndex()))).append(',')
                    .append(field(matrix.classes().get(p.predictedIndex()))).append(',').append(num(p.confidence()))
                    .append(',').append(p.correct());
            for (int c = 0; c < matrix.size(); c++) {
                s.append(',').append(num(p.probability(c)));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static void averages(StringBuilder s, String name, Averages a) {
        s.append(name).append(',').append(num(a.precision())).append(',').append(num(a.recall())).append(',')
                .append(num(a.f1())).append(",\n");
    }

    public String html() {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Evaluation of ")
                .append(Svg.esc(evaluation.runName())).append("</title><style>body{font-family:sans-serif;margin:24px;"
                        + "color:#202020}table{border-collapse:collapse}td,th{padding:3px 10px;border-bottom:1px solid "
                        + "#ddd;text-align:right}td:first-child,th:first-child{text-align:left}.charts{display:flex;"
                        + "flex-wrap:wrap;gap:24px}</style></head><body>\n");
        s.append("<h1>Evaluation of ").append(Svg.esc(evaluation.runName())).append("</h1>\n<p>On ")
                .append(Svg.esc(evaluation.data())).append(", ").append(matrix.total()).append(" images, evaluated ")
                .append(Svg.esc(evaluation.evaluatedAt())).append(threshold.map(t -> ", threshold " + num(t)).orElse(""))
                .append(".</p>\n");
        s.append(String.format(Locale.ROOT, "<p><b>Accuracy %.2f%%</b> &middot; top-%d accuracy %.2f%%</p>%n",
                100 * matrix.accuracy(), TOP_K, 100 * matrix.topK(TOP_K)));
        for (String note : evaluation.notes()) {
            s.append("<p><i>").append(Svg.esc(note)).append("</i></p>\n");
        }
        s.append("<h2>Per class</h2>\n<table><tr><th>class</th><th>precision</th><th>recall</th><th>F1</th>"
                + "<th>support</th></tr>\n");
        for (ClassMetrics c : matrix.perClass()) {
            row(s, Svg.esc(c.name()), c.precision(), c.recall(), c.f1(), Integer.toString(c.support()));
        }
        row(s, "<i>macro average</i>", matrix.macro().precision(), matrix.macro().recall(), matrix.macro().f1(), "");
        row(s, "<i>weighted average</i>", matrix.weighted().precision(), matrix.weighted().recall(),
                matrix.weighted().f1(), Integer.toString(matrix.total()));
        s.append("</table>\n<p>Precision of a class the model never predicted is reported as 0.</p>\n");
        s.append("<h2>Confusion matrix</h2>\n<div class=\"charts\">").append(Svg.heatMap(matrix, false))
                .append(Svg.heatMap(matrix, true)).append("</div>\n");
        curves.ifPresent(c -> s.append("<h2>").append(Svg.esc(matrix.classes().get(c.positive())))
                .append(" as the positive class</h2>\n<div class=\"charts\">")
                .append(Svg.curve(String.format(Locale.ROOT, "ROC (AUC %.3f)", c.auc()), "false positive rate",
                        "true positive rate (recall)", c.roc(), true))
                .append(Svg.curve(String.format(Locale.ROOT, "Precision-recall (AP %.3f)", c.averagePrecision()),
                        "recall", "precision", c.precisionRecall(), false)).append("</div>\n"));
        s.append("<h2>Most confused pairs</h2>\n<table><tr><th>classes</th><th>mistakes</th></tr>\n");
        for (ConfusedPair p : matrix.mostConfusedPairs(LIST_LIMIT)) {
            s.append("<tr><td>").append(Svg.esc(matrix.classes().get(p.a()))).append(" &harr; ")
                    .append(Svg.esc(matrix.classes().get(p.b()))).append("</td><td>").append(p.total()).append(" (")
                    .append(p.aAsB()).append(" / ").append(p.bAsA()).append(")</td></tr>\n");
        }
        s.append("</table>\n<h2>Most confident mistakes</h2>\n<table><tr><th>image</th><th>true</th>"
                + "<th>predicted</th><th>confidence</th></tr>\n");
        for (ScoredExample p : matrix.mostConfidentMistakes(LIST_LIMIT)) {
            s.append("<tr><td>").append(p.imageId()).append(" <small>").append(p.sha256(), 0,
                    Math.min(12, p.sha256().length())).append("</small></td><td>")
                    .append(Svg.esc(matrix.classes().get(p.trueIndex()))).append("</td><td>")
                    .append(Svg.esc(matrix.classes().get(p.predictedIndex()))).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f%%", 100 * p.confidence())).append("</td></tr>\n");
        }
        return s.append("</table>\n</body></html>\n").toString();
    }

    private static void row(StringBuilder s, String name, double precision, double recall, double f1, String support) {
        s.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.3f</td><td>%.3f</td><td>%.3f</td><td>%s</td></tr>%n",
                name, precision, recall, f1, support));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String field(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
