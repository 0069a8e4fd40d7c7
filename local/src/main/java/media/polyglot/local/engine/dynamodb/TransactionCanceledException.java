package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A transaction that applied nothing, with one reason per transact item in request order, worded
 * as DynamoDB words it.
 */
public final class TransactionCanceledException extends DynamoDbException {

    private final transient List<CancellationReason> reasons;

    public TransactionCanceledException(List<CancellationReason> reasons) {
        super("Transaction cancelled, please refer cancellation reasons for specific reasons "
                + reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", ", "[", "]")));
        this.reasons = List.copyOf(reasons);
    }

    public List<CancellationReason> reasons() {
        return reasons;
    }

    @Override
    public String errorCode() {
        return "TransactionCanceledException";
    }
}
