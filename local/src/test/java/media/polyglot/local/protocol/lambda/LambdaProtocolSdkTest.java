package media.polyglot.local.protocol.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.engine.lambda.fixtures.EchoHandler;
import media.polyglot.local.engine.lambda.fixtures.FailingHandler;
import media.polyglot.local.template.AssemblyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import media.polyglot.local.EdgeClients;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Lambda's Invoke, ListFunctions and GetFunction on the edge, with the stock SDK client, on functions from a template. */
class LambdaProtocolSdkTest {

    @TempDir
    static Path assembly;

    private static LocalRuntime runtime;
    private static LambdaClient lambda;

    @BeforeAll
    static void start() throws Exception {
        Path classes = Path.of(EchoHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        AssemblyFixture.write(assembly, """
                {"Resources": {
                  "Echo": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": "echo", "Runtime": "java21",
                      "Handler": "%s::handleRequest", "MemorySize": 256, "Timeout": 15,
                      "Environment": {"Variables": {"GREETING": "hello"}},
                      "Code": {"S3Bucket": "assets", "S3Key": "classes.zip"}}},
                  "Failing": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": "failing", "Runtime": "java21",
                      "Handler": "%s::handleRequest", "Code": {"S3Bucket": "assets", "S3Key": "classes.zip"}}}}}"""
                .formatted(EchoHandler.class.getName(), FailingHandler.class.getName()), """
                {"files": {"c": {"source": {"path": "%s", "packaging": "file"},
                                 "destinations": {"d": {"bucketName": "assets", "objectKey": "classes.zip"}}}}}"""
                .formatted(classes));
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        lambda = EdgeClients.at(LambdaClient.builder(), runtime.edgeUrl());
    }

    @AfterAll
    static void stop() {
        lambda.close();
        runtime.close();
    }

    @Test
    void invokeAnswersWithTheFunctionsResponse() {
        InvokeResponse response = lambda.invoke(i -> i.functionName("echo").payload(SdkBytes.fromUtf8String("{\"a\": 1}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        assertThat(response.payload().asUtf8String()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aFunctionErrorIsUnhandledWithTheErrorDocument() {
        InvokeResponse response = lambda.invoke(i -> i.functionName("arn:aws:lambda:us-east-1:000000000000:function:failing")
                .payload(SdkBytes.fromUtf8String("{\"orderId\": \"o-1\"}")));

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(response.payload().asUtf8String())
                .contains("\"errorType\":\"java.lang.IllegalArgumentException\"")
                .contains("order o-1 has no lines");
    }

    @Test
    void eventAndDryRunInvocationsAnswerAtOnce() {
        assertThat(lambda.invoke(i -> i.functionName("echo").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}"))).statusCode()).isEqualTo(202);
        assertThat(lambda.invoke(i -> i.functionName("echo").invocationType(InvocationType.DRY_RUN)
                .payload(SdkBytes.fromUtf8String("{}"))).statusCode()).isEqualTo(204);
    }

    @Test
    void functionsAreListedAndDescribedWithTheirOwnVariablesOnly() {
        assertThat(lambda.listFunctions().functions()).extracting(FunctionConfiguration::functionName)
                .containsExactly("echo", "failing");

        FunctionConfiguration echo = lambda.getFunction(g -> g.functionName("echo")).configuration();
        assertThat(echo.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:echo");
        assertThat(echo.memorySize()).isEqualTo(256);
        assertThat(echo.timeout()).isEqualTo(15);
        assertThat(echo.environment().variables()).containsExactly(Map.entry("GREETING", "hello"));
    }

    @Test
    void anUnknownFunctionIsResourceNotFound() {
        assertThatThrownBy(() -> lambda.invoke(i -> i.functionName("nope").payload(SdkBytes.fromUtf8String("{}"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope");
    }
}
