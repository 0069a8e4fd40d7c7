package media.polyglot.partner.cdk;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import media.polyglot.events.Bus;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventType;
import media.polyglot.events.UnknownEventTypeException;

/**
 * The detail-types a subscription asks for, checked at synth against the event catalog of {@code events-schema}:
 * each must be a contract (name and version) that the Polyglot bus delivers, and a pattern on data fields may
 * name only fields those events have.
 *
 * @param detailTypes the detail-types, for example {@code TranslationRequested} or {@code ContentPublished.v2}
 * @param dataPattern an EventBridge pattern on the events' {@code data} fields; empty for every event
 */
public record SubscribedEvents(List<String> detailTypes, Map<String, Object> dataPattern) {

    public SubscribedEvents {
        if (detailTypes == null || detailTypes.isEmpty()) {
            throw new IllegalArgumentException("detailTypes: name at least one event to receive; the catalog has "
                    + EventContracts.detailTypes());
        }
        detailTypes = List.copyOf(new LinkedHashSet<>(detailTypes));
        dataPattern = dataPattern == null ? Map.of() : Map.copyOf(dataPattern);
        detailTypes.forEach(SubscribedEvents::requireDelivered);
        requireFieldsExist(detailTypes, dataPattern);
    }


    private static void requireDelivered(String detailType) {
        EventContract contract;
        try {
            contract = EventContracts.ofDetailType(detailType);
        } catch (UnknownEventTypeException unknown) {
            throw new IllegalArgumentException(unknownMessage(detailType), unknown);
        }
        if (!contract.producer().source().startsWith(Bus.SOURCE_PREFIX)) {
            throw new IllegalArgumentException("detail-type " + detailType + " is sent by partners ("
                    + contract.producer().source() + ") to Polyglot, never delivered by Polyglot: subscribe to events "
                    + "Polyglot produces, " + delivered());
        }
    }

    private static String unknownMessage(String detailType) {
        String name = detailType == null ? "" : detailType.split("\\.", 2)[0];
        List<EventType> versions = EventContracts.versionsOf(name);
        if (!versions.isEmpty()) {
            return "unknown version \"" + detailType + "\" of " + name + ": its versions are "
                    + versions.stream().map(v -> v.detailType() + " (v" + v.majorVersion() + ")").toList();
        }
        return "unknown detail-type \"" + detailType + "\": the event catalog (events-schema) has " + delivered();
    }

    private static List<String> delivered() {
        return EventContracts.all().stream()
                .filter(c -> c.producer().source().startsWith(Bus.SOURCE_PREFIX))
                .map(c -> c.type().detailType())
                .toList();
    }

    private static void requireFieldsExist(List<String> detailTypes, Map<String, Object> dataPattern) {
        for (String detailType : detailTypes) {
            Class<? extends Record> record = EventContracts.ofDetailType(detailType).dataType();
            Set<String> fields = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            for (String field : dataPattern.keySet()) {
                if (!fields.contains(field)) {
                    throw new IllegalArgumentException("dataPattern: " + detailType + " has no data field \"" + field
                            + "\"; its fields are " + fields);
                }
            }
        }
    }
}
