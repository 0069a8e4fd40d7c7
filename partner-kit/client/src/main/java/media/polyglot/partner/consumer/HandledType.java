package media.polyglot.partner.consumer;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;

/**
 * The data record a {@link PolyglotConsumer} subclass declares it handles ({@code T} of
 * {@code extends PolyglotConsumer<T>}), and whether it can handle an event: the handler reads at run time what
 * a subscription checks at synth.
 */
public final class HandledType {

    private HandledType() {
    }

    /**
     * The record class {@code handler} declares.
     *
     * @throws IllegalArgumentException when it does not name a record class
     */
    public static Class<? extends Record> of(Class<?> handler) {
        for (Class<?> type = handler; type != null && type != Object.class; type = type.getSuperclass()) {
            Type parent = type.getGenericSuperclass();
            if (parent instanceof ParameterizedType parameterized && parameterized.getRawType() == PolyglotConsumer.class) {
                Type argument = parameterized.getActualTypeArguments()[0];
                if (argument instanceof Class<?> record && Record.class.isAssignableFrom(record)) {
                    return record.asSubclass(Record.class);
                }
                break;
            }
        }
        throw new IllegalArgumentException(handler.getName() + " must extend " + PolyglotConsumer.class.getSimpleName()
                + "<R> naming the record R of the events it handles, for example PolyglotConsumer<TranslationRequested>");
    }

    /**
     * Returns quietly if a handler of {@code record} can read every one of {@code detailTypes}.
     *
     * @throws IllegalArgumentException naming the handler, the detail-types it cannot read and their records
     */
    public static void requireHandles(Class<?> handler, Class<? extends Record> record, List<String> detailTypes) {
        List<String> mismatched = detailTypes.stream()
                .map(EventContracts::ofDetailType)
                .filter(contract -> !record.isAssignableFrom(contract.dataType()))
                .map(HandledType::describe)
                .toList();
        if (!mismatched.isEmpty()) {
            throw new IllegalArgumentException("handler " + handler.getName() + " handles " + record.getSimpleName()
                    + " but would receive " + String.join(", ", mismatched) + ": subscribe it to the detail-types of "
                    + record.getSimpleName() + ", or declare PolyglotConsumer<Record> to take several");
        }
    }

    private static String describe(EventContract contract) {
        return contract.type().detailType() + " (" + contract.dataType().getSimpleName() + ")";
    }
}
