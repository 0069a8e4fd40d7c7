package media.polyglot.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases from the CloudFormation intrinsic function reference: Ref, Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select, Fn::Split. */
class IntrinsicsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Template template = new Template("Polyglot-dev", Path.of("t.json"), Map.of(
            "Queue", new Resource("Queue", "AWS::SQS::Queue", null, null),
            "Role", new Resource("Role", "AWS::IAM::Role", null, null)));
    private final PhysicalResources physical = new PhysicalResources(template, "us-east-1", "000000000000");
    private final Intrinsics intrinsics = new Intrinsics("Polyglot-dev", "us-east-1", "000000000000", physical);

    IntrinsicsTest() {
        physical.define("Queue", "http://127.0.0.1:4566/000000000000/q", Map.of("Arn", "arn:aws:sqs:us-east-1:000000000000:q"));
    }

    @Test
    void refGivesTheResourcesPhysicalIdAndPseudoParameters() throws Exception {
        assertThat(resolve("{\"Ref\": \"Queue\"}")).isEqualTo("http://127.0.0.1:4566/000000000000/q");
        assertThat(resolve("{\"Ref\": \"AWS::Region\"}")).isEqualTo("us-east-1");
        assertThat(resolve("{\"Ref\": \"AWS::AccountId\"}")).isEqualTo("000000000000");
    }

    @Test
    void getAttTakesBothForms() throws Exception {
        assertThat(resolve("{\"Fn::GetAtt\": [\"Queue\", \"Arn\"]}")).isEqualTo("arn:aws:sqs:us-east-1:000000000000:q");
        assertThat(resolve("{\"Fn::GetAtt\": \"Queue.Arn\"}")).isEqualTo("arn:aws:sqs:us-east-1:000000000000:q");
    }

    @Test
    void aResourceTheRuntimeDoesNotRunStillHasAnArn() throws Exception {
        assertThat(resolve("{\"Fn::GetAtt\": [\"Role\", \"Arn\"]}")).isEqualTo("arn:aws:iam:us-east-1:000000000000:Role");
    }

    @Test
    void joinAndSubCompose() throws Exception {
        assertThat(resolve("{\"Fn::Join\": [\"\", [\"arn:\", {\"Ref\": \"AWS::Partition\"}, \":x\"]]}"))
                .isEqualTo("arn:aws:x");
        assertThat(resolve("{\"Fn::Sub\": \"cdk-assets-${AWS::AccountId}-${AWS::Region}\"}"))
                .isEqualTo("cdk-assets-000000000000-us-east-1");
        assertThat(resolve("{\"Fn::Sub\": [\"${Name}-${Queue.Arn}-${!Literal}\", {\"Name\": \"n\"}]}"))
                .isEqualTo("n-arn:aws:sqs:us-east-1:000000000000:q-${Literal}");
    }

    @Test
    void selectPicksFromASplit() throws Exception {
        assertThat(resolve("{\"Fn::Select\": [5, {\"Fn::Split\": [\":\", {\"Fn::GetAtt\": [\"Queue\", \"Arn\"]}]}]}"))
                .isEqualTo("q");
    }

    @Test
    void nestedStructuresResolveEverywhere() throws Exception {
        JsonNode resolved = intrinsics.resolve(JSON.readTree("{\"Variables\": {\"QUEUE\": {\"Ref\": \"Queue\"}}}"));

        assertThat(resolved.path("Variables").path("QUEUE").asText()).isEqualTo("http://127.0.0.1:4566/000000000000/q");
    }

    @Test
    void anUnsupportedFunctionFailsNamingIt() {
        assertThatThrownBy(() -> resolve("{\"Fn::ImportValue\": \"x\"}"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("intrinsic function Fn::ImportValue is not supported by the local runtime");
    }

    @Test
    void aRefToAnUnknownResourceFailsNamingIt() {
        assertThatThrownBy(() -> resolve("{\"Ref\": \"Missing\"}"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("t.json: no resource with logical id Missing");
    }

    @Test
    void anUnknownAttributeFailsNamingResourceAndAttribute() {
        assertThatThrownBy(() -> resolve("{\"Fn::GetAtt\": [\"Queue\", \"Nope\"]}"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Fn::GetAtt Queue.Nope: AWS::SQS::Queue has no such attribute in the local runtime");
    }

    private String resolve(String json) throws Exception {
        return intrinsics.resolveText(JSON.readTree(json), "test");
    }
}
