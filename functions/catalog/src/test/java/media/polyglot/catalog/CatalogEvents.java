package media.polyglot.catalog;

import java.time.Instant;
import java.util.List;
import media.polyglot.common.BusEvent;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.events.BodyReference;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.EventType;
import media.polyglot.events.Sources;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.content.ContentWithdrawn;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.events.moderation.ContentRejected;
import media.polyglot.events.publishing.ContentPublishedV2;
import media.polyglot.events.publishing.ContentUnpublished;

/** The lifecycle events of one item, {@code c-1}, as its subscription queue delivers them. */
final class CatalogEvents {

    private static final EnvelopeFactory ENVELOPES = EnvelopeFactory.forProducer("test");
    private static final ContractValidator VALIDATOR = new ContractValidator();

    private CatalogEvents() {
    }

    static BusEvent submitted(int revision) {
        return event(Sources.CONTENT, ContentSubmitted.TYPE, new ContentSubmitted("c-1", revision, "Night trains", "en",
                "travel", List.of("de", "fr"), BodyReference.ofText("polyglot://content/c-1/revisions/1/body", "Body")));
    }

    static BusEvent approved(int revision) {
        return event(Sources.MODERATION, ContentApproved.TYPE, new ContentApproved("c-1", revision, "Night trains",
                "en", "travel", List.of("de", "fr"), BodyReference.ofText("polyglot://content/c-1/revisions/1/body", "Body")));
    }

    static BusEvent rejected(int revision) {
        return event(Sources.MODERATION, ContentRejected.TYPE,
                new ContentRejected("c-1", revision, ContentRejected.Reason.POLICY_VIOLATION, "uses banned term(s) scam"));
    }

    static BusEvent translated(int revision, String language) {
        return event(Sources.LOCALIZATION, TranslationCompleted.TYPE, new TranslationCompleted("r-" + language, "c-1",
                revision, language, "[" + language + "] Night trains",
                BodyReference.ofText("https://vendor.invalid/" + language, "x"), "sandbox"));
    }

    static BusEvent published(int revision, String... languages) {
        List<ContentPublishedV2.Edition> editions = java.util.stream.Stream.concat(java.util.stream.Stream.of("en"),
                java.util.stream.Stream.of(languages)).map(language -> new ContentPublishedV2.Edition(language,
                "[" + language + "] Night trains", "https://polyglot.media/" + language + "/travel/c-1")).toList();
        return event(Sources.PUBLISHING, ContentPublishedV2.TYPE, new ContentPublishedV2("c-1", revision, "travel",
                "https://polyglot.media/en/travel/c-1", editions, Instant.parse("2026-11-26T10:00:00Z")));
    }

    static BusEvent unpublished(int revision, String... languages) {
        return event(Sources.PUBLISHING, ContentUnpublished.TYPE, new ContentUnpublished("c-1", revision,
                ContentUnpublished.Reason.WITHDRAWN, List.of(languages), "travel"));
    }

    static BusEvent withdrawn(int revision) {
        return event(Sources.CONTENT, ContentWithdrawn.TYPE, new ContentWithdrawn("c-1", revision, "outdated"));
    }

    /** The message body a subscription queue receives for the event. */
    static String body(BusEvent event) {
        return "{\"version\":\"0\",\"id\":\"bus-1\",\"detail-type\":\"" + event.type().detailType() + "\",\"source\":\""
                + event.source() + "\",\"account\":\"000000000000\",\"time\":\"2026-11-26T10:00:00Z\","
                + "\"region\":\"us-east-1\",\"resources\":[],\"detail\":" + event.detail() + "}";
    }

    private static <T> BusEvent event(String source, EventType type, T data) {
        return BusEvent.parse(BusEvents.body(source, type, ENVELOPES.envelop(type, data, "corr", "cause")), VALIDATOR);
    }
}
