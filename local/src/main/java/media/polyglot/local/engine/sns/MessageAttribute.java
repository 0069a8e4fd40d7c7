package media.polyglot.local.engine.sns;

import java.util.Base64;

/**
 * One message attribute of a published message. The data type is {@code String}, {@code Number},
 * {@code Binary} or {@code String.Array}, optionally followed by a custom label
 * ({@code Number.float}), as "Amazon SNS message attributes" describes.
 *
 * @param binaryValue the raw bytes of a Binary attribute, null for the others
 */
public record MessageAttribute(String dataType, String stringValue, byte[] binaryValue) {

    public MessageAttribute {
        if (dataType == null || !(dataType.startsWith("String") || dataType.startsWith("Number")
                || dataType.startsWith("Binary"))) {
            throw SnsException.invalidParameter("The message attribute has an invalid message attribute type, the set"
                    + " of supported type prefixes is Binary, Number, and String.");
        }
        if (isBinary(dataType) ? binaryValue == null : stringValue == null) {
            throw SnsException.invalidParameter("The message attribute of type " + dataType + " must contain a non-empty"
                    + " message attribute value");
        }
    }

    public static MessageAttribute string(String value) {
        return new MessageAttribute("String", value, null);
    }

    public static MessageAttribute number(String value) {
        return new MessageAttribute("Number", value, null);
    }

    public static MessageAttribute stringArray(String jsonArray) {
        return new MessageAttribute("String.Array", jsonArray, null);
    }

    /** The type as notifications name it: the base type, without a custom label. */
    public String baseType() {
        if (dataType.startsWith("String.Array")) {
            return "String.Array";
        }
        return dataType.startsWith("Binary") ? "Binary" : dataType.startsWith("Number") ? "Number" : "String";
    }

    /** The value as notifications carry it: the text, or Base64 for Binary. */
    public String displayValue() {
        return binaryValue == null ? stringValue : Base64.getEncoder().encodeToString(binaryValue);
    }

    private static boolean isBinary(String dataType) {
        return dataType.startsWith("Binary");
    }
}
