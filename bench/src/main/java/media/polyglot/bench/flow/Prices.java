package media.polyglot.bench.flow;

/**
 * Public on-demand prices in us-east-1 (N. Virginia), in dollars, past every free tier, as read on 2026-11-26.
 * Sources: aws.amazon.com/lambda/pricing, /eventbridge/pricing, /sqs/pricing, /sns/pricing and
 * /dynamodb/pricing/on-demand (the on-demand rates after AWS halved them on 2024-11-01), and AWS's whitepaper
 * "How AWS Pricing Works" (Lambda). Every request-priced service bills a payload in 64 KB chunks; the flow's
 * events are all under 64 KB (bodies travel by reference), so each is one unit.
 */
final class Prices {

    /** Lambda: per request, and per GB-second of duration on x86 (first 6 billion GB-s a month). */
    static final double LAMBDA_REQUEST = 0.20 / 1e6;
    static final double LAMBDA_GB_SECOND = 0.0000166667;
    /** EventBridge: custom events put on a bus, and events delivered to a bus of another account. */
    static final double EVENTBRIDGE_CUSTOM_EVENT = 1.00 / 1e6;
    static final double EVENTBRIDGE_CROSS_ACCOUNT_EVENT = 1.00 / 1e6;
    /** SQS: requests on standard queues (first 100 billion a month) and on FIFO queues. */
    static final double SQS_STANDARD_REQUEST = 0.40 / 1e6;
    static final double SQS_FIFO_REQUEST = 0.50 / 1e6;
    /** SNS: publishes to a standard topic; deliveries to SQS queues are free. */
    static final double SNS_PUBLISH = 0.50 / 1e6;
    /** DynamoDB on demand: write request unit (1 KB), read request unit (4 KB, strongly consistent; half for eventual). */
    static final double DYNAMODB_WRITE_UNIT = 0.625 / 1e6;
    static final double DYNAMODB_READ_UNIT = 0.125 / 1e6;

    private Prices() {
    }
}
