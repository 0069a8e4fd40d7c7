package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimeApiRouteTest {

    @Test
    void theFourRoutesOfTheRuntimeApi() {
        assertThat(RuntimeApiRoute.of("GET", "/2018-06-01/runtime/invocation/next"))
                .isEqualTo(new RuntimeApiRoute.NextInvocation());
        assertThat(RuntimeApiRoute.of("POST", "/2018-06-01/runtime/invocation/8476a536/response"))
                .isEqualTo(new RuntimeApiRoute.InvocationResponse("8476a536"));
        assertThat(RuntimeApiRoute.of("POST", "/2018-06-01/runtime/invocation/8476a536/error"))
                .isEqualTo(new RuntimeApiRoute.InvocationError("8476a536"));
        assertThat(RuntimeApiRoute.of("POST", "/2018-06-01/runtime/init/error"))
                .isEqualTo(new RuntimeApiRoute.InitError());
    }

    @Test
    void otherPathsAreNotFound() {
        assertThat(RuntimeApiRoute.of("GET", "/2019-01-01/runtime/invocation/next"))
                .isEqualTo(new RuntimeApiRoute.NotFound("/2019-01-01/runtime/invocation/next"));
        assertThat(RuntimeApiRoute.of("POST", "/2018-06-01/runtime/invocation//response"))
                .isEqualTo(new RuntimeApiRoute.NotFound("/2018-06-01/runtime/invocation//response"));
        assertThat(RuntimeApiRoute.of("POST", "/2018-06-01/runtime/invocation/8476a536/result"))
                .isEqualTo(new RuntimeApiRoute.NotFound("/2018-06-01/runtime/invocation/8476a536/result"));
        assertThat(RuntimeApiRoute.of("GET", "/2018-06-01/runtime/invocation/next/"))
                .isEqualTo(new RuntimeApiRoute.NotFound("/2018-06-01/runtime/invocation/next/"));
    }

    @Test
    void knownPathsWithTheWrongMethodAreNotAllowed() {
        assertThat(RuntimeApiRoute.of("POST", "/2018-06-01/runtime/invocation/next"))
                .isEqualTo(new RuntimeApiRoute.MethodNotAllowed("POST", "/2018-06-01/runtime/invocation/next"));
        assertThat(RuntimeApiRoute.of("GET", "/2018-06-01/runtime/init/error"))
                .isEqualTo(new RuntimeApiRoute.MethodNotAllowed("GET", "/2018-06-01/runtime/init/error"));
    }
}
