package media.polyglot.local.protocol.sns;

import java.util.Map;
import java.util.UUID;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.engine.sns.SnsException;

/**
 * SNS's XML answers: {@code <ActionResponse>} with an {@code <ActionResult>} and
 * {@code ResponseMetadata/RequestId}, and {@code ErrorResponse/Error/Type,Code,Message}, all in
 * the namespace {@code http://sns.amazonaws.com/doc/2010-03-31/}.
 */
final class SnsXml {

    static final String NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
    private static final String CONTENT_TYPE = "text/xml";

    private SnsXml() {
    }

    /** The answer to {@code action}; {@code result} is the inner XML of its Result element, or null for none. */
    static AwsResponse response(String action, String result) {
        StringBuilder xml = new StringBuilder("<").append(action).append("Response xmlns=\"").append(NAMESPACE)
                .append("\">");
        if (result != null) {
            xml.append('<').append(action).append("Result>").append(result).append("</").append(action).append("Result>");
        }
        xml.append("<ResponseMetadata><RequestId>").append(UUID.randomUUID()).append("</RequestId></ResponseMetadata></")
                .append(action).append("Response>");
        return AwsResponse.of(200, CONTENT_TYPE, xml.toString());
    }

    static AwsResponse error(SnsException error) {
        return error(error.status(), error.code(), error.getMessage());
    }

    static AwsResponse error(int status, String code, String message) {
        String xml = "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type>" + element("Code", code)
                + element("Message", message) + "</Error>" + element("RequestId", UUID.randomUUID().toString())
                + "</ErrorResponse>";
        return AwsResponse.of(status, CONTENT_TYPE, xml);
    }

    /** {@code <name>text</name>}, escaped; nothing when the text is null. */
    static String element(String name, String text) {
        return text == null ? "" : "<" + name + ">" + escape(text) + "</" + name + ">";
    }

    /** A string map as {@code <name><entry><key/><value/></entry>...</name>}. */
    static String attributes(String name, Map<String, String> attributes) {
        StringBuilder xml = new StringBuilder("<").append(name).append('>');
        attributes.forEach((key, value) -> xml.append("<entry>").append(element("key", key))
                .append(element("value", value)).append("</entry>"));
        return xml.append("</").append(name).append('>').toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
