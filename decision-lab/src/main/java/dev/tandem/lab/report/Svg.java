package dev.tandem.lab.report;

import java.util.Locale;

/** A little SVG written by hand: the few elements the charts use, each escaped as XML needs. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String title) {
        out.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " role=\"img\" font-family=\"sans-serif\" font-size=\"11\"><title>%s</title>",
                width,
                height,
                width,
                height,
                escape(title)));
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, String dash) {
        out.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
                x1,
                y1,
                x2,
                y2,
                stroke,
                dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke, double width) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
        }
        out.append(String.format(
                Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                points.toString().strip(),
                stroke,
                width));
        return this;
    }

    Svg rect(double x, double y, double width, double height, String fill) {
        out.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x,
                y,
                Math.max(0, width),
                Math.max(0, height),
                fill));
        return this;
    }

    Svg text(double x, double y, String anchor, String fill, String text) {
        out.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
                x,
                y,
                anchor,
                fill,
                escape(text)));
        return this;
    }

    @Override
    public String toString() {
        return out + "</svg>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
