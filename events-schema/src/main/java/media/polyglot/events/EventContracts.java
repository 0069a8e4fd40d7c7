package media.polyglot.events;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import media.polyglot.events.EventContract.Producer;
import media.polyglot.events.content.ContentRevised;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.content.ContentWithdrawn;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.localization.TranslationFailed;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.events.moderation.ContentRejected;
import media.polyglot.events.partner.TranslationDeclined;
import media.polyglot.events.partner.TranslationDelivered;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import media.polyglot.events.publishing.ContentUnpublished;

/**
 * The one place that maps a detail-type and version to its data record, producer and consumers.
 * Every schema under {@code events-schema/schemas} has an entry here and every entry a schema; a test
 * holds the two together. An unknown detail-type is reported, never guessed.
 */
public final class EventContracts {

    private static final Producer CONTENT = Producer.ours("content");
    private static final Producer MODERATION = Producer.ours("moderation");
    private static final Producer LOCALIZATION = Producer.ours("localization");
    private static final Producer PUBLISHING = Producer.ours("publishing");
    private static final Producer VENDOR = new Producer("translation vendor (partner)",
            Sources.PARTNER_TRANSLATION_PREFIX + "<vendor>");
    private static final String VENDORS = "translation vendors (partners, and the sandbox vendor)";

    private static final Map<String, EventContract> BY_DETAIL_TYPE = index(List.of(
            new EventContract(ContentSubmitted.TYPE, ContentSubmitted.class, CONTENT,
                    List.of("moderation", "catalog", "audit")),
            new EventContract(ContentRevised.TYPE, ContentRevised.class, CONTENT,
                    List.of("moderation", "catalog", "audit")),
            new EventContract(ContentWithdrawn.TYPE, ContentWithdrawn.class, CONTENT,
                    List.of("publishing", "catalog", "audit")),
            new EventContract(ContentApproved.TYPE, ContentApproved.class, MODERATION,
                    List.of("localization", "publishing", "catalog", "audit")),
            new EventContract(ContentRejected.TYPE, ContentRejected.class, MODERATION,
                    List.of("catalog", "audit")),
            new EventContract(TranslationRequested.TYPE, TranslationRequested.class, LOCALIZATION,
                    List.of(VENDORS, "audit")),
            new EventContract(TranslationDelivered.TYPE, TranslationDelivered.class, VENDOR,
                    List.of("localization")),
            new EventContract(TranslationDeclined.TYPE, TranslationDeclined.class, VENDOR,
                    List.of("localization")),
            new EventContract(TranslationCompleted.TYPE, TranslationCompleted.class, LOCALIZATION,
                    List.of("publishing", "audit")),
            new EventContract(TranslationFailed.TYPE, TranslationFailed.class, LOCALIZATION,
                    List.of("publishing", "audit")),
            new EventContract(ContentPublished.TYPE, ContentPublished.class, PUBLISHING,
                    List.of("analytics (partner, until it moves to v2)", "audit")),
            new EventContract(ContentPublishedV2.TYPE, ContentPublishedV2.class, PUBLISHING,
                    List.of("notifications", "catalog", "audit")),
            new EventContract(ContentUnpublished.TYPE, ContentUnpublished.class, PUBLISHING,
                    List.of("notifications", "catalog", "audit"))));

    private EventContracts() {
    }

    /** Every contract, in the order of the flow. */
    public static List<EventContract> all() {
        return List.copyOf(BY_DETAIL_TYPE.values());
    }

    /** Every detail-type on the bus, in the order of the flow. */
    public static List<String> detailTypes() {
        return List.copyOf(BY_DETAIL_TYPE.keySet());
    }

    /**
     * The contract of one event version.
     *
     * @throws UnknownEventTypeException when there is none
     */
    public static EventContract of(EventType type) {
        EventContract contract = BY_DETAIL_TYPE.get(type.detailType());
        if (contract == null) {
            throw UnknownEventTypeException.unknown(type, detailTypes());
        }
        return contract;
    }

    /**
     * The contract of the event version a {@code detail-type} names.
     *
     * @throws UnknownEventTypeException when the detail-type is malformed or has no contract
     */
    public static EventContract ofDetailType(String detailType) {
        return of(EventType.ofDetailType(detailType));
    }

    /** Every published major version of the event called {@code name}, oldest first. */
    public static List<EventType> versionsOf(String name) {
        return BY_DETAIL_TYPE.values().stream().map(EventContract::type).filter(t -> t.name().equals(name))
                .sorted(Comparator.comparingInt(EventType::majorVersion)).toList();
    }

    /** The newest version of the same event if {@code type} is not the newest; its producer emits both. */
    public static Optional<EventType> supersededBy(EventType type) {
        List<EventType> versions = versionsOf(type.name());
        EventType newest = versions.get(versions.size() - 1);
        return newest.equals(type) ? Optional.empty() : Optional.of(newest);
    }

    private static Map<String, EventContract> index(List<EventContract> contracts) {
        Map<String, EventContract> index = new LinkedHashMap<>();
        for (EventContract contract : contracts) {
            if (index.put(contract.type().detailType(), contract) != null) {
                throw new IllegalStateException("two contracts for detail-type " + contract.type().detailType());
            }
        }
        return index;
    }
}
