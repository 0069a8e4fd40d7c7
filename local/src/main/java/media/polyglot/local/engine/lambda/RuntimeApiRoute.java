package media.polyglot.local.engine.lambda;

import java.util.Optional;

/**
 * The Lambda Runtime API's routes (version 2018-06-01), parsed from a request's method and path. See "Using the
 * Lambda runtime API for custom runtimes" in the AWS Lambda developer guide.
 */
sealed interface RuntimeApiRoute {

    String PREFIX = "/2018-06-01/runtime/";

    /** {@code GET /runtime/invocation/next}: the runtime's long poll for work. */
    record NextInvocation() implements RuntimeApiRoute {
    }

    /** {@code POST /runtime/invocation/{AwsRequestId}/response}. */
    record InvocationResponse(String requestId) implements RuntimeApiRoute {
    }

    /** {@code POST /runtime/invocation/{AwsRequestId}/error}. */
    record InvocationError(String requestId) implements RuntimeApiRoute {
    }

    /** {@code POST /runtime/init/error}. */
    record InitError() implements RuntimeApiRoute {
    }

    /** A path the Runtime API does not have: 404. */
    record NotFound(String path) implements RuntimeApiRoute {
    }

    /** A known path with the wrong method: 405. */
    record MethodNotAllowed(String method, String path) implements RuntimeApiRoute {
    }

    static RuntimeApiRoute of(String method, String path) {
        if (!path.startsWith(PREFIX)) {
            return new NotFound(path);
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        RuntimeApiRoute route = match(segments).orElse(null);
        if (route == null) {
            return new NotFound(path);
        }
        String expected = route instanceof NextInvocation ? "GET" : "POST";
        return expected.equals(method) ? route : new MethodNotAllowed(method, path);
    }

    private static Optional<RuntimeApiRoute> match(String[] segments) {
        if (segments.length == 2 && segments[0].equals("invocation") && segments[1].equals("next")) {
            return Optional.of(new NextInvocation());
        }
        if (segments.length == 2 && segments[0].equals("init") && segments[1].equals("error")) {
            return Optional.of(new InitError());
        }
        if (segments.length == 3 && segments[0].equals("invocation") && !segments[1].isEmpty()) {
            if (segments[2].equals("response")) {
                return Optional.of(new InvocationResponse(segments[1]));
            }
            if (segments[2].equals("error")) {
                return Optional.of(new InvocationError(segments[1]));
            }
        }
        return Optional.empty();
    }
}
