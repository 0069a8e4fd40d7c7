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
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.CreateQueueMetadata;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
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

    /** ElasticMQ's SQL store on {@code file}; the queue manager is given it as its event listener. */
    static ActorRef store(ActorSystem system, Path file) {
        SqlQueuePersistenceConfig config = new SqlQueuePersistenceConfig(true, "org.sqlite.JDBC", "jdbc:sqlite:" + file,
                "", "", false);
        scala.collection.immutable.List<CreateQueueMetadata> noBaseQueues = List$.MODULE$.empty();
        return system.actorOf(Props.create(SqlQueuePersistenceActor.class,
                () -> new SqlQueuePersistenceActor(config, noBaseQueues)));
    }

    /** Restores the queues and messages the store keeps into the manager, before any request arrives. */
    static void restore(ActorRef store, ActorRef manager, Path file) {
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
    }
}
