package media.polyglot.local.engine.sqs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.CreateQueueMetadata;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.elasticmq.rest.sqs.TheSQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import scala.Option;
import scala.collection.immutable.List$;
import scala.util.Either;

/**
 * Queues and messages kept across restarts: ElasticMQ's SQL persistence, on SQLite in the data
 * directory. Its store listens to every queue change; at start it restores queues and messages
 * into the queue manager before the server takes requests, as ElasticMQ's own server does.
 */
final class QueuePersistence {

    private static final Duration RESTORE_LIMIT = Duration.ofSeconds(30);

    private QueuePersistence() {
    }

    static TheSQSRestServerBuilder restore(ActorSystem system, TheSQSRestServerBuilder builder, Path file) {
        SqlQueuePersistenceConfig config = new SqlQueuePersistenceConfig(true, "org.sqlite.JDBC", "jdbc:sqlite:" + file,
                "", "", false);
        scala.collection.immutable.List<CreateQueueMetadata> noBaseQueues = List$.MODULE$.empty();
        ActorRef store = system.actorOf(Props.create(SqlQueuePersistenceActor.class,
                () -> new SqlQueuePersistenceActor(config, noBaseQueues)));
        ActorRef manager = system.actorOf(Props.create(QueueManagerActor.class,
                () -> new QueueManagerActor(new NowProvider(), StrictSQSLimits$.MODULE$, Option.apply(store))));
        try {
            Object restored = Patterns.ask(store, new QueueEvent.Restore(manager), RESTORE_LIMIT).toCompletableFuture()
                    .get(RESTORE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            if (restored instanceof Either<?, ?> either && either.isLeft()) {
                throw new IllegalStateException("cannot restore the queues kept in " + file + ": " + either.left().get());
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot restore the queues kept in " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restoring the queues kept in " + file, e);
        }
        return builder.withQueueManagerActor(manager).withQueueEventListener(store);
    }
}
