package media.polyglot.local.engine.events;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code rate(value unit)} schedule, read as EventBridge reads it: a positive whole value, and the unit
 * singular for 1 ({@code rate(1 minute)}) and plural otherwise ({@code rate(5 minutes)}).
 */
public record RateExpression(String expression, Duration period) {

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");

    /** Whether the schedule expression is a rate at all (the other kind is {@code cron(...)}). */
    public static boolean isRate(String expression) {
        return expression.startsWith("rate(");
    }

    /** @throws IllegalArgumentException with EventBridge's reason, for an expression it would refuse */
    public static RateExpression parse(String expression) {
        Matcher rate = RATE.matcher(expression);
        if (!rate.matches()) {
            throw new IllegalArgumentException("Parameter ScheduleExpression is not valid: " + expression
                    + " (a rate is rate(<whole number> minute[s]|hour[s]|day[s]))");
        }
        long value = Long.parseLong(rate.group(1));
        String unit = rate.group(2);
        if (value == 0 || (value == 1) != !unit.endsWith("s")) {
            throw new IllegalArgumentException("Parameter ScheduleExpression is not valid: " + expression
                    + " (the value is positive, with a singular unit for 1 and a plural one otherwise)");
        }
        Duration one = switch (unit.replaceFirst("s$", "")) {
            case "minute" -> Duration.ofMinutes(1);
            case "hour" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
        return new RateExpression(expression, one.multipliedBy(value));
    }
}
