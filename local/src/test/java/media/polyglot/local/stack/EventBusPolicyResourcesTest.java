package media.polyglot.local.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.template.AssemblyFixture;
import media.polyglot.local.template.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bus policy the runtime cannot enforce as written stops the start, naming the resource and why. */
class EventBusPolicyResourcesTest {

    @TempDir
    Path assembly;

    @Test
    void aConditionOperatorTheRuntimeDoesNotEvaluateStopsTheStartNamingTheResource() throws Exception {
        AssemblyFixture.write(assembly, """
                {"Resources": {"Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "b"}},
                  "FromOffice": {"Type": "AWS::Events::EventBusPolicy", "Properties": {"EventBusName": {"Ref": "Bus"},
                    "StatementId": "office", "Statement": {"Effect": "Allow", "Principal": {"AWS": "111122223333"},
                      "Action": "events:PutEvents", "Resource": "*",
                      "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}}}}}""");

        assertThatThrownBy(() -> LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0)))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("FromOffice: condition operator IpAddress is not evaluated by the local runtime");
    }

    @Test
    void aBusPolicyWithoutAStatementIdOrOnAMissingBusStopsTheStart() throws Exception {
        AssemblyFixture.write(assembly, """
                {"Resources": {"NoId": {"Type": "AWS::Events::EventBusPolicy", "Properties": {
                    "Action": "events:PutEvents", "Principal": "111122223333"}}}}""");
        assertThatThrownBy(() -> LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0)))
                .isInstanceOf(TemplateException.class)
                .hasMessage("NoId: AWS::Events::EventBusPolicy needs a StatementId");

        AssemblyFixture.write(assembly, """
                {"Resources": {"Elsewhere": {"Type": "AWS::Events::EventBusPolicy", "Properties": {
                    "EventBusName": "nowhere", "StatementId": "x", "Action": "events:PutEvents",
                    "Principal": "111122223333"}}}}""");
        assertThatThrownBy(() -> LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0)))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Elsewhere: event bus nowhere does not exist");
    }

    @Test
    void aBusPolicyPropertyItCannotReadStopsTheStart() throws Exception {
        AssemblyFixture.write(assembly, """
                {"Resources": {"Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "b",
                  "Policy": {"Version": "2012-10-17"}}}}}""");

        assertThatThrownBy(() -> LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0)))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("Bus.Policy: a bus policy needs a Statement");
    }
}
