package org.thrivemis.web.internal.classview;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/**
 * A small inline-SVG line of weekly attendance (0–100%), with its text alternative: the SVG is
 * {@code role="img"} and its {@code <title>} lists every week's figure, so a screen reader hears
 * the numbers, not a picture. Weeks without a register (holidays) break the line.
 *
 * @param segments polyline point lists, one per run of weeks with a figure, e.g. {@code "2,4 12,6"}
 * @param width the drawing's width in px
 * @param height its height in px
 * @param threshold y of the 90% line
 * @param text the text alternative, e.g. "Weekly attendance, oldest first: 100%, 90%, no register, 80%"
 */
public record Sparkline(List<String> segments, int width, int height, String threshold, String text) {

    static final int STEP = 10;
    static final int HEIGHT = 24;

    /** The line for these weeks, oldest first; an empty figure is a week without a register. */
    public static Sparkline of(List<OptionalDouble> weeks) {
        List<String> segments = new ArrayList<>();
        StringJoiner current = new StringJoiner(" ");
        StringJoiner text = new StringJoiner(", ", "Weekly attendance, oldest first: ", "");
        for (int i = 0; i < weeks.size(); i++) {
            OptionalDouble w = weeks.get(i);
            if (w.isEmpty()) {
                text.add("no register");
                if (current.length() > 0) {
                    segments.add(current.toString());
                    current = new StringJoiner(" ");
                }
                continue;
            }
            text.add(Math.round(w.getAsDouble()) + "%");
            current.add(i * STEP + 2 + "," + y(w.getAsDouble()));
        }
        if (current.length() > 0) {
            segments.add(current.toString());
        }
        int width = Math.max(1, weeks.size() - 1) * STEP + 4;
        return new Sparkline(segments, width, HEIGHT, y(90.0), text.toString());
    }

    /** Whether a segment is a single week (drawn as a dot, since a one-point line is invisible). */
    public static boolean isDot(String segment) {
        return !segment.contains(" ");
    }

    /** The x of a one-point segment. */
    public static String dotX(String segment) {
        return segment.substring(0, segment.indexOf(','));
    }

    /** The y of a one-point segment. */
    public static String dotY(String segment) {
        return segment.substring(segment.indexOf(',') + 1);
    }

    private static String y(double percent) {
        // 100% at the top (y=2), 50% or less at the bottom (y=22): the interesting range is 50–100, a whole
        // pixel is 2.5 points of it, and whole numbers keep the class page (30 of these) small
        double clamped = Math.max(50.0, Math.min(100.0, percent));
        return Long.toString(Math.round(2 + (100.0 - clamped) / 50.0 * (HEIGHT - 4)));
    }

    /**
     * A non-negative number with one decimal, rounded half up, e.g. "6.0": what {@code %.1f} gives,
     * without the Formatter, which a profile of the class page showed as a fifth of its server time.
     */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths / 10 + "." + tenths % 10;
    }
}
