package media.polyglot.local.edge;

/**
 * One AWS service behind the edge port. The edge picks the endpoint from the SigV4 credential
 * scope's service name; the endpoint speaks that service's wire format and never throws: every
 * failure becomes the error response AWS would send.
 */
@FunctionalInterface
public interface ServiceEndpoint {
    AwsResponse handle(AwsRequest request);
}
