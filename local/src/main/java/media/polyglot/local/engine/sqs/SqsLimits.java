package media.polyglot.local.engine.sqs;

import org.elasticmq.Limit;
import org.elasticmq.LimitedValue;
import org.elasticmq.Limits;
import org.elasticmq.RangeLimit;
import org.elasticmq.StrictSQSLimits$;
import scala.collection.immutable.List;
import scala.math.BigDecimal;

/**
 * SQS's limits as ElasticMQ's strict mode checks them, but for the message size: SQS takes messages up to 1 MiB since
 * 29 January 2026 (AWS Compute Blog, "More room to build: serverless services now support payloads up to 1 MB"), where
 * ElasticMQ 1.6.14 still stops at 256 KiB.
 */
final class SqsLimits implements Limits {

    static final Limits INSTANCE = new SqsLimits();
    static final int MAX_MESSAGE_BYTES = 1024 * 1024;

    private static final Limits STRICT = StrictSQSLimits$.MODULE$;

    private SqsLimits() {
    }

    @Override
    public Limit<Object> maxMessageLength() {
        return new LimitedValue<>(MAX_MESSAGE_BYTES);
    }

    @Override
    public Limit<Object> queueNameLengthLimit() {
        return STRICT.queueNameLengthLimit();
    }

    @Override
    public Limit<Object> batchSizeLimit() {
        return STRICT.batchSizeLimit();
    }

    @Override
    public Limit<RangeLimit<Object>> numberOfMessagesLimit() {
        return STRICT.numberOfMessagesLimit();
    }

    @Override
    public Limit<Object> nonEmptyAttributesLimit() {
        return STRICT.nonEmptyAttributesLimit();
    }

    @Override
    public Limit<List<RangeLimit<Object>>> bodyValidCharactersLimit() {
        return STRICT.bodyValidCharactersLimit();
    }

    @Override
    public Limit<RangeLimit<BigDecimal>> numberAttributeValueLimit() {
        return STRICT.numberAttributeValueLimit();
    }

    @Override
    public Limit<RangeLimit<Object>> messageWaitTimeLimit() {
        return STRICT.messageWaitTimeLimit();
    }

    @Override
    public Limit<Object> messageAttributesLimit() {
        return STRICT.messageAttributesLimit();
    }
}
