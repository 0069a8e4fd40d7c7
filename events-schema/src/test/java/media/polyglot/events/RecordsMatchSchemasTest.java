package media.polyglot.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Records and schemas must not drift: every record is held against its schema with the example,
 * field by field. A field added to a schema but not to its record (or the other way round) fails
 * the build here.
 */
class RecordsMatchSchemasTest {

    private final ContractValidator validator = new ContractValidator();

    static Stream<EventContract> contracts() {
        return EventContracts.all().stream();
    }

    @Test
    void everySchemaOnDiskHasAContractAndEveryContractASchemaAndAnExample() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("schemas"))) {
            files.map(Path::toString).filter(p -> p.endsWith(".json")).map(p -> p.replace('\\', '/'))
                    .forEach(onDisk::add);
        }
        Set<String> expected = new TreeSet<>(Set.of(SchemaResources.ENVELOPE));
        EventContracts.all().forEach(c -> {
            expected.add(c.type().schemaResource());
            expected.add(c.type().exampleResource());
        });

        assertThat(onDisk).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void theExampleFollowsTheContract(EventContract contract) {
        assertThat(validator.violations(contract.type(), SchemaResources.example(contract.type()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void theExampleSetsEveryFieldOfTheSchemaSoTheRoundTripCoversThemAll(EventContract contract) {
        JsonNode data = SchemaResources.example(contract.type()).path("data");

        assertThat(unsetFields("", SchemaResources.schema(contract.type()), data)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void theExampleReadIntoTheRecordAndWrittenBackIsUnchanged(EventContract contract) throws IOException {
        JsonNode example = SchemaResources.example(contract.type());

        Envelope<?> envelope = EventReader.read(contract.type().detailType(), example);

        assertThat(envelope.data()).isInstanceOf(contract.dataType());
        assertThat(EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(envelope))).isEqualTo(example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void theRecordHasExactlyTheSchemasFieldsWithMatchingTypes(EventContract contract) {
        List<String> mismatches = new ArrayList<>();
        compare(contract.type().toString(), SchemaResources.schema(contract.type()), contract.dataType(), mismatches);

        assertThat(mismatches).isEmpty();
    }

    @Test
    void theMetadataRecordHasExactlyTheEnvelopesMetadataFields() {
        List<String> mismatches = new ArrayList<>();
        compare("envelope metadata", SchemaResources.envelope().path("properties").path("metadata"),
                EventMetadata.class, mismatches);

        assertThat(mismatches).isEmpty();
    }

    private static List<String> unsetFields(String path, JsonNode schema, JsonNode value) {
        List<String> unset = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(field -> {
            String fieldPath = path + "/" + field.getKey();
            JsonNode fieldValue = value.get(field.getKey());
            if (fieldValue == null) {
                unset.add(fieldPath);
            } else if (field.getValue().has("properties")) {
                unset.addAll(unsetFields(fieldPath, field.getValue(), fieldValue));
            } else if (field.getValue().path("items").has("properties") && fieldValue.size() > 0) {
                unset.addAll(unsetFields(fieldPath + "/0", field.getValue().path("items"), fieldValue.get(0)));
            }
        });
        return unset;
    }

    private static void compare(String where, JsonNode schema, Type javaType, List<String> mismatches) {
        Class<?> raw = raw(javaType);
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            compareEnum(where, schema, raw, mismatches);
        } else if ("object".equals(type)) {
            compareObject(where, schema, raw, mismatches);
        } else if ("array".equals(type)) {
            if (raw != List.class) {
                mismatches.add(where + ": schema has an array, record has " + raw.getSimpleName());
            } else {
                compare(where + "[]", schema.path("items"), ((ParameterizedType) javaType).getActualTypeArguments()[0],
                        mismatches);
            }
        } else {
            Set<Class<?>> allowed = switch (type) {
                case "string" -> "date-time".equals(schema.path("format").asText()) ? Set.of(Instant.class) : Set.of(String.class);
                case "integer" -> Set.of(int.class, long.class);
                default -> Set.of();
            };
            if (!allowed.contains(raw)) {
                mismatches.add(where + ": schema has " + type + ", record has " + raw.getSimpleName());
            }
        }
    }

    private static void compareObject(String where, JsonNode schema, Class<?> raw, List<String> mismatches) {
        if (!raw.isRecord()) {
            mismatches.add(where + ": schema has an object, record has " + raw.getSimpleName());
            return;
        }
        Set<String> schemaFields = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> recordFields = new TreeSet<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            recordFields.add(component.getName());
            JsonNode property = schema.path("properties").get(component.getName());
            if (property == null) {
                mismatches.add(where + "." + component.getName() + ": in the record, not in the schema");
            } else {
                compare(where + "." + component.getName(), property, component.getGenericType(), mismatches);
            }
        }
        schemaFields.stream().filter(f -> !recordFields.contains(f))
                .forEach(f -> mismatches.add(where + "." + f + ": in the schema, not in the record"));
    }

    private static void compareEnum(String where, JsonNode schema, Class<?> raw, List<String> mismatches) {
        if (!raw.isEnum()) {
            mismatches.add(where + ": schema has an enum, record has " + raw.getSimpleName());
            return;
        }
        List<String> schemaValues = new ArrayList<>();
        schema.path("enum").forEach(v -> schemaValues.add(v.asText()));
        List<String> recordValues = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .filter(name -> !"UNRECOGNIZED".equals(name)).toList();
        if (!recordValues.equals(schemaValues)) {
            mismatches.add(where + ": schema enum " + schemaValues + ", record enum " + recordValues);
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
