package media.polyglot.bench;

/**
 * One printed figure.
 *
 * @param benchmark which benchmark measured it
 * @param name      what was measured
 * @param value     the figure, or null when there is none ({@code note} says why, e.g. "not supported")
 * @param unit      its unit
 * @param goal      the design's goal for it, or null when it is context for another figure
 * @param pass      whether the goal is met; null without a goal
 * @param note      how it was measured or why there is no value; may be null
 */
public record Figure(String benchmark, String name, Double value, String unit, String goal, Boolean pass,
                     String note) {

    public Figure {
        if (benchmark == null || name == null || unit == null) {
            throw new IllegalArgumentException("a figure needs a benchmark, a name and a unit");
        }
        if ((goal == null) != (pass == null)) {
            throw new IllegalArgumentException(name + ": a goal comes with its verdict, and a verdict with its goal");
        }
    }

    public static Figure of(String benchmark, String name, double value, String unit) {
        return new Figure(benchmark, name, value, unit, null, null, null);
    }

    public static Figure atLeast(String benchmark, String name, double value, String unit, double goal) {
        return new Figure(benchmark, name, value, unit, ">= " + Report.number(goal), value >= goal, null);
    }

    public static Figure atMost(String benchmark, String name, double value, String unit, double goal) {
        return new Figure(benchmark, name, value, unit, "<= " + Report.number(goal), value <= goal, null);
    }

    public static Figure absent(String benchmark, String name, String unit, String why) {
        return new Figure(benchmark, name, null, unit, null, null, why);
    }

    public Figure withNote(String text) {
        return new Figure(benchmark, name, value, unit, goal, pass, text);
    }
}
