package media.polyglot.publishing;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import media.polyglot.common.BusEvent;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.InvalidEventException;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.content.ContentWithdrawn;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.localization.TranslationFailed;
import media.polyglot.events.moderation.ContentApproved;

/**
 * The process manager of one content item: loads its state, publishes what an earlier decision left
 * unpublished, lets {@link PublicationRules} decide on the event, saves the new state with the decision's
 * events (one conditional write), publishes them, then clears them. It publishes itself, so it hands
 * nothing back to the consumer. Each publication's flow latency goes to {@code flowLatency} once its events are
 * on the bus (the metric {@code FlowLatency}).
 */
public final class PublishingProcess {

    private final PublicationRules rules;
    private final PublicationStore store;
    private final EventPublisher publisher;
    private final Consumer<Duration> flowLatency;

    public PublishingProcess(PublicationRules rules, PublicationStore store, EventPublisher publisher,
                             Consumer<Duration> flowLatency) {
        this.rules = rules;
        this.store = store;
        this.publisher = publisher;
        this.flowLatency = flowLatency;
    }

    public List<OutgoingEvent> handle(BusEvent event) {
        String contentId = event.detail().path("data").path("contentId").asText();
        PublicationStore.Stored stored = store.load(contentId);
        int version = stored.version();
        if (!stored.outbox().isEmpty()) {
            publisher.publish(stored.outbox());
            version = store.save(stored.state(), List.of(), version);
        }
        Decision decision = decide(stored.state(), event);
        if (decision.state().equals(stored.state())) {
            return List.of();
        }
        version = store.save(decision.state(), decision.events(), version);
        if (!decision.events().isEmpty()) {
            publisher.publish(decision.events());
            if (decision.flowLatency() != null) {
                flowLatency.accept(decision.flowLatency());
            }
            store.save(decision.state(), List.of(), version);
        }
        return List.of();
    }

    private Decision decide(Publication state, BusEvent event) {
        if (event.is(ContentApproved.TYPE)) {
            return rules.onApproved(state, event.metadata(), event.data(ContentApproved.class));
        }
        if (event.is(TranslationCompleted.TYPE)) {
            return rules.onTranslated(state, event.metadata(), event.data(TranslationCompleted.class));
        }
        if (event.is(TranslationFailed.TYPE)) {
            return rules.onTranslationFailed(state, event.metadata(), event.data(TranslationFailed.class));
        }
        if (event.is(ContentWithdrawn.TYPE)) {
            return rules.onWithdrawn(state, event.metadata(), event.data(ContentWithdrawn.class));
        }
        throw new InvalidEventException("publishing does not consume " + event.type());
    }
}
