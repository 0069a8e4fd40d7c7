package media.polyglot.sandbox;

import java.util.Map;

/**
 * A deterministic stand-in for a translation: the text with its vowels accented and the language tag in
 * front, so a reader sees at a glance that it went through the flow and for which language, and tests can
 * predict it exactly.
 */
public final class PseudoTranslation {

    private static final Map<Character, Character> ACCENTED = Map.of(
            'a', 'á', 'e', 'é', 'i', 'í', 'o', 'ó', 'u', 'ú',
            'A', 'Á', 'E', 'É', 'I', 'Í', 'O', 'Ó', 'U', 'Ú');

    private PseudoTranslation() {
    }

    /** {@code [de] Níght tráíns} for "Night trains" into German. */
    public static String of(String text, String language) {
        StringBuilder translated = new StringBuilder("[").append(language).append("] ");
        text.chars().forEach(c -> translated.append(ACCENTED.getOrDefault((char) c, (char) c)));
        return translated.toString();
    }
}
