package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.observe.CorrelationIds;
import media.polyglot.local.observe.HopKind;
import media.polyglot.local.observe.HopLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Delivers a matched event to a target: PutEvents answers once events are accepted, as on AWS. A
 * first attempt to an in-process queue runs on the caller's thread (the event is on its queue when
 * PutEvents answers); the others, and every retry, on the delivery threads. A failed delivery is retried with exponential backoff within the
 * target's retry policy; when that is spent the event goes to the target's dead-letter queue with
 * the attributes EventBridge sets (RULE_ARN, TARGET_ARN, ERROR_CODE, ERROR_MESSAGE), or is dropped
 * with a log line if the target has none, as EventBridge drops it. A target that refuses the
 * delivery ({@link TargetRefusedException}) is not retried: the event goes there at once.
 */
public final class TargetDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(TargetDelivery.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    /** SQS takes ten messages per SendMessageBatch. */
    private static final int BATCH = 10;

    private final List<TargetSender> senders;
    private final QueueEngine queues;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final HopLog hops;
    private final PendingDeliveries pending;

    /**
     * @param dataDir where deliveries waiting for a retry are kept across restarts, or null to keep
     *                them in memory only
     */
    public TargetDelivery(List<TargetSender> senders, QueueEngine queues, ScheduledExecutorService scheduler,
                          Clock clock, HopLog hops, Path dataDir) {
        this.hops = hops;
        this.pending = new PendingDeliveries(dataDir == null ? null : dataDir.resolve("pending-deliveries.json"));
        this.senders = new CopyOnWriteArrayList<>(senders);
        this.queues = queues;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Adds a kind of target; the bus sender needs the router, which needs this delivery first. */
    public void register(TargetSender sender) {
        senders.add(sender);
    }

    /** Whether any sender can deliver to this ARN; the runtime reports targets it cannot serve. */
    public boolean supports(String targetArn) {
        return senders.stream().anyMatch(sender -> sender.handles(targetArn));
    }

    /** An event a rule matched, for one of the rule's targets. */
    public record Routed(Rule rule, Target target, ObjectNode event) {
    }

    /**
     * Delivers matched events, grouped by target so that a sender that can batch sends them
     * together (ten at a time, SQS's batch size); each event then succeeds, retries or
     * dead-letters on its own.
     */
    public void deliverAll(List<Routed> routed) {
        Instant acceptedAt = clock.instant();
        Map<String, List<Routed>> byTarget = new LinkedHashMap<>();
        routed.forEach(r -> byTarget.computeIfAbsent(r.target().arn(), arn -> new ArrayList<>()).add(r));
        for (List<Routed> group : byTarget.values()) {
            for (int from = 0; from < group.size(); from += BATCH) {
                List<Routed> chunk = List.copyOf(group.subList(from, Math.min(group.size(), from + BATCH)));
                Optional<TargetSender> sender = senderOf(chunk.get(0).target());
                if (sender.map(TargetSender::immediate).orElse(false)) {
                    firstAttempt(chunk, acceptedAt, sender);
                } else {
                    scheduler.execute(() -> firstAttempt(chunk, acceptedAt, sender));
                }
            }
        }
    }

    private void firstAttempt(List<Routed> chunk, Instant acceptedAt, Optional<TargetSender> sender) {
        List<Delivery> deliveries = new ArrayList<>(chunk.size());
        List<RuntimeException> outcomes;
        try {
            chunk.forEach(r -> deliveries.add(new Delivery(r.rule(), r.target(), r.event(),
                    r.target().input().render(r.event(), r.rule()))));
            outcomes = sender.orElseThrow(() -> noSender(chunk.get(0).target())).sendAll(deliveries);
        } catch (RuntimeException e) {
            outcomes = Collections.nCopies(chunk.size(), e);
        }
        for (int i = 0; i < chunk.size(); i++) {
            Routed routed = chunk.get(i);
            if (outcomes.get(i) == null) {
                delivered(routed.rule(), routed.target(), routed.event(), acceptedAt, 1);
            } else {
                failed(routed.rule(), routed.target(), routed.event(), acceptedAt, 1, outcomes.get(i));
            }
        }
    }

    /**
     * Resumes the deliveries that were waiting for a retry when the runtime last stopped, once the
     * stacks (and so the rules) are up again. A delivery whose rule or target is gone is logged and
     * dropped, as EventBridge drops events for a deleted target.
     */
    public void resume(EventRouter router) {
        for (PendingDeliveries.Pending waiting : pending.takeAll()) {
            String ruleArn = waiting.ruleArn();
            String[] path = ruleArn.substring(ruleArn.indexOf(":rule/") + ":rule/".length()).split("/");
            EventBus bus = router.bus(Arns.account(ruleArn), path.length == 2 ? path[0] : "default");
            Rule rule = bus == null ? null : bus.rule(path[path.length - 1]);
            Target target = rule == null ? null : rule.targets().stream()
                    .filter(t -> t.id().equals(waiting.targetId())).findFirst().orElse(null);
            if (target == null) {
                LOG.warn("event {} was waiting for target {} of {}, which no longer exists: dropped",
                        waiting.event().path("id").asText(), waiting.targetId(), ruleArn);
                pending.done(waiting);
            } else {
                scheduler.execute(() -> attempt(rule, target, waiting.event(), waiting.acceptedAt(), waiting.nextAttempt()));
            }
        }
    }

    private void attempt(Rule rule, Target target, ObjectNode event, Instant acceptedAt, int attempt) {
        try {
            sender(target).send(new Delivery(rule, target, event, target.input().render(event, rule)));
            delivered(rule, target, event, acceptedAt, attempt);
        } catch (RuntimeException e) {
            failed(rule, target, event, acceptedAt, attempt, e);
        }
    }

    private void delivered(Rule rule, Target target, ObjectNode event, Instant acceptedAt, int attempt) {
        hop(HopKind.TARGET_DELIVERED, target.arn(), event, null, rule, attempt);
        if (attempt > 1) {
            pending.done(new PendingDeliveries.Pending(rule.arn(), target.id(), event, attempt, acceptedAt));
        }
    }

    private void failed(Rule rule, Target target, ObjectNode event, Instant acceptedAt, int attempt, RuntimeException e) {
        hop(HopKind.TARGET_FAILED, target.arn(), event, e.toString(), rule, attempt);
        PendingDeliveries.Pending retry = new PendingDeliveries.Pending(rule.arn(), target.id(), event, attempt + 1,
                acceptedAt);
        boolean refused = e instanceof TargetRefusedException;
        if (refused) {
            LOG.warn("rule {} of account {} may not deliver event {} to {}: {}; not retried, as EventBridge does not"
                    + " retry a refused target", rule.arn(), rule.account(), event.path("id").asText(), target.arn(),
                    e.getMessage());
        }
        boolean retriesLeft = !refused && attempt <= target.maxAttempts()
                && clock.instant().isBefore(acceptedAt.plus(target.maxEventAge()));
        if (retriesLeft) {
            pending.waiting(retry);
            long delay = Math.min(LONGEST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(attempt - 1, 16));
            scheduler.schedule(() -> attempt(rule, target, event, acceptedAt, attempt + 1), delay, TimeUnit.MILLISECONDS);
        } else {
            pending.done(retry);
            deadLetter(rule, target, event, e);
        }
    }

    private void hop(HopKind kind, String resource, ObjectNode event, String outcome, Rule rule, int attempt) {
        hops.record(kind, resource, CorrelationIds.first(event.path("detail")),
                event.path("id").asText(), -1, outcome, Map.of("rule", rule.name(), "attempt", Integer.toString(attempt)));
    }

    private Optional<TargetSender> senderOf(Target target) {
        return senders.stream().filter(s -> s.handles(target.arn())).findFirst();
    }

    private TargetSender sender(Target target) {
        return senderOf(target).orElseThrow(() -> noSender(target));
    }

    private static IllegalStateException noSender(Target target) {
        return new IllegalStateException("no local delivery for target " + target.arn());
    }

    private void deadLetter(Rule rule, Target target, ObjectNode event, RuntimeException error) {
        if (target.deadLetterArn() == null) {
            LOG.error("event {} dropped: rule {} could not deliver it to {} and the target has no dead-letter queue: {}",
                    event.path("id").asText(), rule.name(), target.arn(), error.toString());
            return;
        }
        LOG.warn("event {} sent to dead-letter queue {}: rule {} could not deliver it to {}: {}",
                event.path("id").asText(), target.deadLetterArn(), rule.name(), target.arn(), error.toString());
        hop(HopKind.DEAD_LETTERED, target.deadLetterArn(), event, error.toString(), rule, 0);
        String message = String.valueOf(error.getMessage());
        queues.client().sendMessage(m -> m.queueUrl(queues.urlOf(target.deadLetterArn()))
                .messageBody(event.toString())
                .messageAttributes(Map.of(
                        "RULE_ARN", text(rule.arn()),
                        "TARGET_ARN", text(target.arn()),
                        "ERROR_CODE", text(error instanceof TargetRefusedException refused ? refused.errorCode()
                                : error.getClass().getSimpleName()),
                        "ERROR_MESSAGE", text(message.length() > 1000 ? message.substring(0, 1000) : message))));
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
