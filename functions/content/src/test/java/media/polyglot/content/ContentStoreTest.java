package media.polyglot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.testing.LocalAws;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Submit, revise and withdraw through the transactional outbox, against the local runtime's DynamoDB engine. */
class ContentStoreTest {

    private static LocalAws aws;
    private static ContentStore store;

    private final EnvelopeFactory envelopes = EnvelopeFactory.forProducer("content");
    private final ContentSubmissions submissions = new ContentSubmissions(envelopes);
    private final ContentRevisions revisions = new ContentRevisions(envelopes);
    private final SubmitContentCommand draft = new SubmitContentCommand("Title", "Body", "en", "travel", List.of("de"));

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        aws.createTable("content", "contentId", null);
        aws.createTable("outbox", "eventId", null);
        store = new ContentStore(aws.dynamoDb(), "content", "outbox");
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void aRevisionTakesTheNextNumberAndPutsContentRevisedInTheOutbox() {
        ContentItem submitted = submit();

        ContentRevisions.Revision revision = revisions.revise(submitted, new SubmitContentCommand("Title 2", "Body 2", "en",
                "travel", List.of("de", "fr")), "new routes", "corr", "request");
        store.save(revision);

        ContentStore.Stored stored = store.find(submitted.contentId()).orElseThrow();
        assertThat(stored.item().revision()).isEqualTo(2);
        assertThat(stored.item().body()).isEqualTo("Body 2");
        Map<String, AttributeValue> row = outboxRow(revision.event().metadata().eventId());
        assertThat(row.get("detailType").s()).isEqualTo("ContentRevised");
        assertThat(row.get("detail").s()).contains("\"revision\":2", "\"changeNote\":\"new routes\"");
    }

    @Test
    void aWithdrawnItemRefusesRevisionAndASecondWithdrawalWritingNothing() {
        ContentItem submitted = submit();
        store.save(revisions.withdraw(submitted, "outdated", "corr", "request"));
        ContentRevisions.Revision late = revisions.revise(submitted, draft, null, "corr", "request");

        assertThatThrownBy(() -> store.save(late)).isInstanceOf(ContentConflictException.class)
                .hasMessage("content " + submitted.contentId() + " is withdrawn; it cannot change");
        assertThatThrownBy(() -> store.save(revisions.withdraw(submitted, null, "corr", "request")))
                .isInstanceOf(ContentConflictException.class);
        assertThat(store.find(submitted.contentId()).orElseThrow().withdrawn()).isTrue();
        assertThat(outboxRow(late.event().metadata().eventId())).isEmpty();
    }

    @Test
    void aRevisionDecidedOnAStaleReadIsRefusedAsAConcurrentChange() {
        ContentItem submitted = submit();
        store.save(revisions.revise(submitted, draft, null, "corr", "first"));
        ContentRevisions.Revision stale = revisions.revise(submitted, draft, null, "corr", "second");

        assertThatThrownBy(() -> store.save(stale)).isInstanceOf(ContentConflictException.class)
                .satisfies(e -> assertThat(((ContentConflictException) e).code()).isEqualTo("ConcurrentChange"));
        assertThat(store.find(submitted.contentId()).orElseThrow().item().revision()).isEqualTo(2);
    }

    @Test
    void anUnknownItemIsNotFound() {
        assertThat(store.find("no-such-item")).isEmpty();
    }

    private ContentItem submit() {
        Submission submission = submissions.submit(draft, "corr", "request");
        store.save(submission);
        return submission.item();
    }

    private static Map<String, AttributeValue> outboxRow(String eventId) {
        return aws.dynamoDb().getItem(g -> g.tableName("outbox").key(Map.of("eventId", AttributeValue.fromS(eventId)))).item();
    }
}
