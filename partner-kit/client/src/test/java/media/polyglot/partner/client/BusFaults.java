package media.polyglot.partner.client;

import java.util.ArrayList;
import media.polyglot.events.EventJson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Throttling of chosen PutEvents entries, as AWS reports it, on the way to and from the local runtime's bus: a
 * throttled entry never reaches the bus (it is sent to a bus that does not exist, so the runtime fails it in place)
 * and its result carries ThrottlingException. Records each call's entries. (A source the bus policy refuses needs no
 * injection: the runtime enforces the policy.)
 */
final class BusFaults implements ExecutionInterceptor {

    private static final String NOWHERE = "fault-injected-nowhere";
    private static final ExecutionAttribute<Map<Integer, String[]>> FAILED = new ExecutionAttribute<>("failed-entries");

    private final List<List<PutEventsRequestEntry>> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> throttled = new ConcurrentHashMap<>();

    /** Throttles the entry whose detail holds {@code eventId}, the next {@code times} times it is sent. */
    void throttle(String eventId, int times) {
        throttled.put(eventId, times);
    }

    /** The entries of every PutEvents call, in order. */
    List<List<PutEventsRequestEntry>> calls() {
        return calls;
    }

    void reset() {
        calls.clear();
        throttled.clear();
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof PutEventsRequest request)) {
            return context.request();
        }
        calls.add(request.entries());
        Map<Integer, String[]> failed = new ConcurrentHashMap<>();
        List<PutEventsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < request.entries().size(); i++) {
            PutEventsRequestEntry entry = request.entries().get(i);
            String[] failure = failure(entry);
            if (failure != null) {
                failed.put(i, failure);
                entry = entry.toBuilder().eventBusName(NOWHERE).build();
            }
            entries.add(entry);
        }
        attributes.putAttribute(FAILED, failed);
        return request.toBuilder().entries(entries).build();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        Map<Integer, String[]> failed = attributes.getAttribute(FAILED);
        if (!(context.response() instanceof PutEventsResponse response) || failed == null || failed.isEmpty()) {
            return context.response();
        }
        List<PutEventsResultEntry> results = new ArrayList<>(response.entries());
        failed.forEach((i, failure) -> results.set(i,
                PutEventsResultEntry.builder().errorCode(failure[0]).errorMessage(failure[1]).build()));
        return response.toBuilder().entries(results).failedEntryCount(failed.size()).build();
    }

    private String[] failure(PutEventsRequestEntry entry) {
        String eventId = eventId(entry);
        Integer remaining = throttled.computeIfPresent(eventId, (id, times) -> times - 1);
        if (remaining != null && remaining >= 0) {
            return new String[] {"ThrottlingException", "Rate exceeded"};
        }
        return null;
    }

    /** The {@code metadata.eventId} of an entry's detail. */
    static String eventId(PutEventsRequestEntry entry) {
        try {
            return EventJson.mapper().readTree(entry.detail()).path("metadata").path("eventId").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an entry's detail is not JSON: " + entry.detail(), e);
        }
    }
}
