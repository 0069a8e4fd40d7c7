package com.example.vendor;

import java.util.Map;

/**
 * The vendor's "translation": the text with its vowels accented behind the language tag, so a reader sees at a
 * glance that it went through the vendor and for which language.
 */
final class PseudoTranslator {

    private static final Map<Character, Character> ACCENTS = Map.of(
            'a', 'à', 'e', 'è', 'i', 'ì', 'o', 'ò', 'u', 'ù', 'A', 'À', 'E', 'È', 'I', 'Ì', 'O', 'Ò', 'U', 'Ù');

    private PseudoTranslator() {
    }

    /** {@code [fr] Nìght tràìns} for "Night trains" into French. */
    static String translate(String text, String language) {
        StringBuilder translated = new StringBuilder(text.length() + language.length() + 3)
                .append('[').append(language).append("] ");
        for (char c : text.toCharArray()) {
            translated.append(ACCENTS.getOrDefault(c, c));
        }
        return translated.toString();
    }
}
