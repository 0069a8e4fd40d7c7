package media.polyglot.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The storm guard of every consumer: how many instances of a context's consumer functions may run at once.
 * Each consumer gets it both as its reserved concurrency (a storm cannot take the account's other functions'
 * capacity, nor they its) and as its queue's maximum concurrency (the poller never invokes more than are
 * reserved, which would only throttle).
 *
 * <p>From the CDK context value {@value #CONTEXT}: absent, every consumer gets {@value #DEFAULT}; a number gives
 * every consumer that number ({@code -c consumerConcurrency=20}); an object names contexts, with an optional
 * {@code "default"} for the others ({@code -c 'consumerConcurrency={"default":10,"audit":3}'}, or the same
 * object under {@code context} in {@code cdk.json}).
 *
 * @param defaultLimit the concurrency of a context not named
 * @param byContext    the concurrency of each context named
 */
public record ConsumerConcurrency(int defaultLimit, Map<String, Integer> byContext) {

    /** The CDK context value read by {@link #fromContext}. */
    public static final String CONTEXT = "consumerConcurrency";

    /** The concurrency of a consumer nobody configured: enough for a flow, a cap on a storm. */
    public static final int DEFAULT = 5;

    // An SQS event source's maximum concurrency is 2 to 1000; reserved concurrency takes the same value.
    // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
    static final int MIN = 2;
    static final int MAX = 1000;

    private static final String DEFAULT_KEY = "default";

    public ConsumerConcurrency {
        check(DEFAULT_KEY, defaultLimit);
        byContext = Map.copyOf(byContext);
        byContext.forEach(ConsumerConcurrency::check);
    }

    /** {@value #DEFAULT} for every consumer. */
    public static ConsumerConcurrency defaults() {
        return new ConsumerConcurrency(DEFAULT, Map.of());
    }

    /**
     * Reads the context value {@value #CONTEXT} as the CLI ({@code -c}, a string) or {@code cdk.json} (a number
     * or an object) gives it.
     *
     * @throws IllegalArgumentException naming the context value, the entry and the rule it breaks
     */
    public static ConsumerConcurrency fromContext(Object value) {
        if (value == null) {
            return defaults();
        }
        JsonNode json = value instanceof String text ? parse(text.strip()) : new ObjectMapper().valueToTree(value);
        if (json.isObject()) {
            Map<String, Integer> byContext = new LinkedHashMap<>();
            json.fields().forEachRemaining(field -> byContext.put(field.getKey(), number(field.getKey(), field.getValue())));
            Integer fallback = byContext.remove(DEFAULT_KEY);
            return new ConsumerConcurrency(fallback == null ? DEFAULT : fallback, byContext);
        }
        return new ConsumerConcurrency(number(DEFAULT_KEY, json), Map.of());
    }

    /** The concurrency of each consumer of {@code context}. */
    public int of(String context) {
        return byContext.getOrDefault(context, defaultLimit);
    }

    /**
     * Refuses a configuration that names a context not among {@code contexts}, a typo that would otherwise
     * leave its consumers at the default unnoticed.
     */
    public void requireOnly(Collection<String> contexts) {
        for (String context : new TreeSet<>(byContext.keySet())) {
            if (!contexts.contains(context)) {
                throw new IllegalArgumentException("Context value " + CONTEXT + " names \"" + context
                        + "\", which is not a context of this stack; its contexts: " + new TreeSet<>(contexts));
            }
        }
    }

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Context value " + CONTEXT + " is neither a number nor a JSON object: "
                    + text, e);
        }
    }

    private static int number(String entry, JsonNode value) {
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("Context value " + CONTEXT + ": \"" + entry + "\" must be a whole number from "
                    + MIN + " to " + MAX + ", was " + value);
        }
        return value.intValue();
    }

    private static void check(String entry, Integer limit) {
        Objects.requireNonNull(limit, entry);
        if (limit < MIN || limit > MAX) {
            throw new IllegalArgumentException("Context value " + CONTEXT + ": \"" + entry + "\" is " + limit
                    + "; a consumer's concurrency must be " + MIN + " to " + MAX
                    + " (an SQS event source's maximum concurrency, reserved on the function too)");
        }
    }
}
