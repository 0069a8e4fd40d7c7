package media.polyglot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitContentCommandTest {

    @Test
    void aCompleteBodyBecomesACommand() {
        SubmitContentCommand command = CommandParser.submitContent("""
                {"title": "T", "body": "B", "language": "en", "category": "news", "targetLanguages": ["de", "pt-BR"]}""");

        assertThat(command).isEqualTo(new SubmitContentCommand("T", "B", "en", "news", List.of("de", "pt-BR")));
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(CommandParser.submitContent("""
                {"title": "T", "body": "B", "language": "en", "category": "news", "targetLanguages": [], "x": 1}"""))
                .isNotNull();
    }

    @Test
    void malformedJsonIsRefusedWithTheParsersReason() {
        assertThatThrownBy(() -> CommandParser.submitContent("{\"title\": "))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageStartingWith("the body is not valid JSON: ");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> CommandParser.submitContent("[1, 2]"))
                .hasMessage("the body must be a JSON object");
    }

    @Test
    void aMissingTitleIsNamed() {
        assertThatThrownBy(() -> new SubmitContentCommand(null, "B", "en", "news", List.of()))
                .hasMessage("title is required and must not be blank");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> CommandParser.submitContent("""
                {"title": 7, "body": "B", "language": "en", "category": "news", "targetLanguages": []}"""))
                .hasMessage("title must be a string, was NUMBER");
    }

    @Test
    void anInvalidLanguageTagIsRefused() {
        assertThatThrownBy(() -> new SubmitContentCommand("T", "B", "English", "news", List.of()))
                .hasMessage("language must be a BCP 47 language tag such as \"en\" or \"pt-BR\", was \"English\"");
    }

    @Test
    void theSourceLanguageIsNotATarget() {
        assertThatThrownBy(() -> new SubmitContentCommand("T", "B", "en", "news", List.of("de", "en")))
                .hasMessage("targetLanguages must not contain the source language en");
    }

    @Test
    void aRepeatedTargetIsRefused() {
        assertThatThrownBy(() -> new SubmitContentCommand("T", "B", "en", "news", List.of("de", "de")))
                .hasMessage("targetLanguages must not repeat a language: [de, de]");
    }

    @Test
    void missingTargetLanguagesAreRefused() {
        assertThatThrownBy(() -> new SubmitContentCommand("T", "B", "en", "news", null))
                .hasMessage("targetLanguages is required (a list, possibly empty)");
    }

    @Test
    void anOversizedBodyIsRefusedWithTheLimit() {
        String body = "x".repeat(SubmitContentCommand.MAX_BODY_CHARS + 1);

        assertThatThrownBy(() -> new SubmitContentCommand("T", body, "en", "news", List.of()))
                .hasMessage("body has 100001 characters; at most 100000 are allowed");
    }
}
