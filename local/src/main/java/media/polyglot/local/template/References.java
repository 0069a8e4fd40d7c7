package media.polyglot.local.template;

/** What {@code Ref} and {@code Fn::GetAtt} of a resource give, once the runtime has named it. */
public interface References {

    String ref(String logicalId);

    String attribute(String logicalId, String attributeName);
}
