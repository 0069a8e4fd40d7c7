package media.polyglot.events.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import media.polyglot.events.SchemaResources;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import org.junit.jupiter.api.Test;

/** Each rule of the gate, refused one way and passed the other, on the real ContentPublished schemas. */
class SchemaComparisonTest {

    private static final String V1 = "ContentPublished v1";

    private final ObjectNode published = (ObjectNode) SchemaResources.schema(ContentPublished.TYPE);
    private final ObjectNode current = published.deepCopy();

    @Test
    void anUnchangedSchemaBreaksNothing() {
        assertThat(breaks()).isEmpty();
    }

    @Test
    void aRemovedFieldIsRefusedNamingEventVersionFieldAndRule() {
        properties().remove("url");
        required().removeAll().add("contentId").add("revision").add("category").add("languages").add("publishedAt");

        assertThat(messages()).containsExactly("ContentPublished v1: field \"url\" was removed "
                + "(rule removed-field: a field of a published version is never removed or renamed)");
    }

    @Test
    void anAddedOptionalFieldPasses() {
        properties().putObject("summary").put("type", "string").put("maxLength", 500);

        assertThat(breaks()).isEmpty();
    }

    @Test
    void aRenamedFieldIsRefusedAsTheRemovalOfTheOldName() {
        properties().set("pageUrl", properties().remove("url"));
        required().set(3, "pageUrl");

        assertThat(breaks()).extracting(Break::field, Break::rule).containsExactly(
                tuple("url", Rule.REMOVED_FIELD),
                tuple("pageUrl", Rule.NEW_REQUIRED_FIELD));
    }

    @Test
    void aNewRequiredFieldIsRefusedAndAnOptionalFieldBecomingRequiredToo() {
        properties().putObject("region").put("type", "string");
        required().add("region");

        assertThat(messages()).containsExactly("ContentPublished v1: field \"region\" was added as a required field "
                + "(rule new-required-field: a published version never gains a required field)");

        ObjectNode v2 = (ObjectNode) SchemaResources.schema(ContentPublishedV2.TYPE);
        ObjectNode v2Changed = v2.deepCopy();
        ((ArrayNode) v2Changed.at("/properties/editions/items/required")).removeAll().add("language").add("url");
        assertThat(SchemaComparison.compare("ContentPublished v2", v2Changed, v2)).extracting(Break::message)
                .containsExactly("ContentPublished v2: field \"editions[].title\" became required "
                        + "(rule new-required-field: a published version never gains a required field)");
    }

    @Test
    void aRequiredFieldBecomingOptionalPasses() {
        required().remove(required().size() - 1);

        assertThat(breaks()).isEmpty();
    }

    @Test
    void aNarrowedTypeIsRefusedAndAWidenedTypePasses() {
        ((ObjectNode) properties().get("revision")).put("type", "number");
        assertThat(breaks()).isEmpty();

        ((ObjectNode) published.at("/properties/revision")).put("type", "number");
        ((ObjectNode) properties().get("revision")).put("type", "integer");
        assertThat(messages()).containsExactly("ContentPublished v1: field \"revision\" no longer accepts type number "
                + "(type number became integer) (rule narrowed: a field of a published version never accepts fewer values than it did)");
    }

    @Test
    void aChangedTypeIsRefused() {
        ((ObjectNode) properties().get("category")).put("type", "integer");

        assertThat(breaks()).extracting(Break::field, Break::change, Break::rule).containsExactly(
                tuple("category", "changed type from string to integer", Rule.CHANGED_TYPE));
    }

    @Test
    void anEnumLosingAValueIsRefusedAndGainingOnePasses() {
        ObjectNode reason = (ObjectNode) published.deepCopy();
        ((ObjectNode) reason.path("properties")).putObject("channel").put("type", "string")
                .putArray("enum").add("WEB").add("APP");
        ObjectNode gained = reason.deepCopy();
        ((ArrayNode) gained.at("/properties/channel/enum")).add("PRINT");
        ObjectNode lost = reason.deepCopy();
        ((ArrayNode) lost.at("/properties/channel/enum")).remove(1);

        assertThat(SchemaComparison.compare(V1, reason, gained)).isEmpty();
        assertThat(SchemaComparison.compare(V1, reason, lost)).extracting(Break::message).containsExactly(
                "ContentPublished v1: field \"channel\" enum lost [APP] "
                        + "(rule narrowed: a field of a published version never accepts fewer values than it did)");
    }

    @Test
    void tighterBoundsAndPatternsAreRefusedAndLooserOnesPass() {
        ((ObjectNode) properties().get("category")).put("maxLength", 50).put("minLength", 3);
        ((ObjectNode) properties().get("languages")).put("maxItems", 10);
        ((ObjectNode) properties().at("/languages/items")).put("pattern", "^[a-z]{2}$");

        assertThat(breaks()).extracting(Break::field, Break::change).containsExactly(
                tuple("category", "maxLength lowered from 100 to 50"),
                tuple("category", "minLength raised from 1 to 3"),
                tuple("languages", "maxItems lowered from 51 to 10"),
                tuple("languages[]",
                        "pattern changed from \"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$\" to \"^[a-z]{2}$\""));
    }

    @Test
    void looserBoundsAndARemovedPatternPass() {
        ((ObjectNode) properties().get("category")).put("maxLength", 200).remove("minLength");
        ((ObjectNode) properties().get("languages")).put("maxItems", 100);
        ((ObjectNode) properties().at("/languages/items")).remove("pattern");

        assertThat(breaks()).isEmpty();
    }

    @Test
    void aFieldRemovedInsideArrayItemsIsNamedByItsPath() {
        ObjectNode v2 = (ObjectNode) SchemaResources.schema(ContentPublishedV2.TYPE);
        ObjectNode changed = v2.deepCopy();
        ((ObjectNode) changed.at("/properties/editions/items/properties")).remove("url");
        ((ArrayNode) changed.at("/properties/editions/items/required")).remove(2);

        assertThat(SchemaComparison.compare("ContentPublished v2", v2, changed)).extracting(Break::message)
                .containsExactly("ContentPublished v2: field \"editions[].url\" was removed "
                        + "(rule removed-field: a field of a published version is never removed or renamed)");
    }

    private List<Break> breaks() {
        return SchemaComparison.compare(V1, published, current);
    }

    private List<String> messages() {
        return breaks().stream().map(Break::message).toList();
    }

    private ObjectNode properties() {
        return (ObjectNode) current.get("properties");
    }

    private ArrayNode required() {
        return (ArrayNode) current.get("required");
    }
}
