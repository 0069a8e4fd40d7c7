package media.polyglot.local.protocol.sns;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.sns.MessageAttribute;
import media.polyglot.local.engine.sns.SnsException;

/**
 * The parameters of one query-protocol request (form body and URL query together), with the
 * query protocol's ways of flattening maps ({@code Attributes.entry.N.key}) and lists
 * ({@code PublishBatchRequestEntries.member.N.Id}).
 */
record QueryParameters(Map<String, String> values) {

    QueryParameters {
        values = Map.copyOf(values);
    }

    static QueryParameters parse(String query, String body) {
        Map<String, String> values = new HashMap<>();
        for (String source : List.of(query, body)) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (String pair : source.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                values.put(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return new QueryParameters(values);
    }

    String get(String name) {
        return values.get(name);
    }

    /** A required parameter, with SNS's error when it is missing. */
    String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw SnsException.invalidParameter(name + " Reason: no value for required parameter");
        }
        return value;
    }

    /** A map sent as {@code <prefix>.entry.N.key} and {@code <prefix>.entry.N.value}. */
    Map<String, String> map(String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int n = 1; values.containsKey(prefix + ".entry." + n + ".key"); n++) {
            map.put(values.get(prefix + ".entry." + n + ".key"), values.getOrDefault(prefix + ".entry." + n + ".value", ""));
        }
        return map;
    }

    /** Message attributes sent as {@code MessageAttributes.entry.N.Name} and {@code ...Value.DataType/StringValue/BinaryValue}. */
    Map<String, MessageAttribute> messageAttributes() {
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        for (int n = 1; values.containsKey("MessageAttributes.entry." + n + ".Name"); n++) {
            String entry = "MessageAttributes.entry." + n;
            String binary = values.get(entry + ".Value.BinaryValue");
            attributes.put(values.get(entry + ".Name"), new MessageAttribute(values.get(entry + ".Value.DataType"),
                    values.get(entry + ".Value.StringValue"), binary == null ? null : Base64.getDecoder().decode(binary)));
        }
        return attributes;
    }

    /** The members of a list sent as {@code <prefix>.member.N.<field>}, each as parameters of its own. */
    List<QueryParameters> members(String prefix) {
        List<QueryParameters> members = new ArrayList<>();
        for (int n = 1; ; n++) {
            String memberPrefix = prefix + ".member." + n + ".";
            Map<String, String> member = new HashMap<>();
            values.forEach((name, value) -> {
                if (name.startsWith(memberPrefix)) {
                    member.put(name.substring(memberPrefix.length()), value);
                }
            });
            if (member.isEmpty()) {
                return members;
            }
            members.add(new QueryParameters(member));
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
