package media.polyglot.local.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.observe.HopKind;
import media.polyglot.local.template.AssemblyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import media.polyglot.local.EdgeClients;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The CLI against a running runtime: status, send and trace, replay with a pattern, redrive. */
class CliTest {

    @TempDir
    static Path assembly;

    private static LocalRuntime runtime;
    private static SqsClient sqs;

    @BeforeAll
    static void start() throws Exception {
        AssemblyFixture.write(assembly, """
                {"Resources": {
                  "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "polyglot"}},
                  "Archive": {"Type": "AWS::Events::Archive", "Properties": {"SourceArn": {"Fn::GetAtt": ["Bus", "Arn"]}}},
                  "Dlq": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "inbox-dlq"}},
                  "Inbox": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "inbox", "RedrivePolicy":
                      {"deadLetterTargetArn": {"Fn::GetAtt": ["Dlq", "Arn"]}, "maxReceiveCount": 3}}},
                  "Rule": {"Type": "AWS::Events::Rule", "Properties": {"EventBusName": {"Ref": "Bus"},
                      "EventPattern": {"source": ["polyglot.cli"]},
                      "Targets": [{"Id": "inbox", "Arn": {"Fn::GetAtt": ["Inbox", "Arn"]}}]}}}}""");
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        sqs = EdgeClients.at(SqsClient.builder(), runtime.edgeUrl());
    }

    @AfterAll
    static void stop() {
        sqs.close();
        runtime.close();
    }

    @Test
    void statusListsQueuesRulesAndTables() {
        String out = run("status");

        assertThat(out).contains("queue      inbox ").contains("rule     Polyglot-dev-Rule").contains("bus        polyglot");
    }

    @Test
    void aSentEventCanBeTracedThroughEveryHopOfItsFlow() throws Exception {
        Path detail = Files.writeString(assembly.resolve("detail.json"),
                "{\"metadata\": {\"correlationId\": \"corr-cli\"}, \"data\": {\"n\": 1}}");

        assertThat(run("send", "Tested", detail.toString(), "--source", "polyglot.cli")).startsWith("sent ");

        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.hops().trace("corr-cli").stream()
                .anyMatch(hop -> hop.kind() == HopKind.TARGET_DELIVERED));
        assertThat(run("trace", "corr-cli")).startsWith("trace corr-cli: ").contains("EVENT_PUT").contains("TARGET_DELIVERED");
    }

    @Test
    void replayWithAPatternReplaysOnlyTheMatchingArchivedEvents() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        Path detail = Files.writeString(assembly.resolve("replay.json"), "{\"n\": 2}");
        run("send", "Kept", detail.toString(), "--source", "polyglot.cli");
        run("send", "Skipped", detail.toString(), "--source", "polyglot.cli");
        Instant to = Instant.now().plusSeconds(1);

        String out = run("replay", "--from", from.toString(), "--to", to.toString(),
                "--pattern", "{\"detail-type\": [\"Kept\"]}");

        assertThat(out).contains("1/1").endsWith("replayed 1 event(s)\n");
    }

    @Test
    void redriveMovesDeadLettersBackToTheirSourceQueue() {
        String dlq = sqs.getQueueUrl(q -> q.queueName("inbox-dlq")).queueUrl();
        String inbox = sqs.getQueueUrl(q -> q.queueName("inbox")).queueUrl();
        purge(inbox);
        sqs.sendMessage(m -> m.queueUrl(dlq).messageBody("fixed-1"));
        sqs.sendMessage(m -> m.queueUrl(dlq).messageBody("fixed-2"));

        assertThat(run("redrive", "inbox-dlq")).isEqualTo("moved 2 message(s) to inbox\n");

        List<Message> back = sqs.receiveMessage(r -> r.queueUrl(inbox).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
        assertThat(back).extracting(Message::body).containsExactlyInAnyOrder("fixed-1", "fixed-2");
    }

    @Test
    void aRuntimeThatIsNotRunningIsAClearError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Cli.run(List.of("status", "--endpoint", "http://127.0.0.1:1"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("status: no local runtime answers at http://127.0.0.1:1");
    }

    @Test
    void anUnknownOptionIsNamed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Cli.run(List.of("redrive", "q", "--force", "yes"), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("redrive: unknown option --force; options are --endpoint");
    }

    private static void purge(String queue) {
        List<Message> messages;
        do {
            messages = sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10)).messages();
            messages.forEach(m -> sqs.deleteMessage(d -> d.queueUrl(queue).receiptHandle(m.receiptHandle())));
        } while (!messages.isEmpty());
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> withEndpoint = new ArrayList<>(List.of(args));
        withEndpoint.addAll(List.of("--endpoint", runtime.edgeUrl().toString()));
        int code = Cli.run(withEndpoint, new PrintStream(out), new PrintStream(err));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
