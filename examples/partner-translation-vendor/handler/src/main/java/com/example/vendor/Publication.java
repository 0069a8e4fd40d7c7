package com.example.vendor;

import java.util.List;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;

/**
 * An article Polyglot published, read from either version of ContentPublished: while Polyglot emits both for each
 * fact, the vendor reads them to one shape, so moving from v1 to v2 changes nothing downstream.
 *
 * @param contentId     the article
 * @param revision      the revision that went live
 * @param languages     every language it is live in, the original first
 * @param schemaVersion the version of ContentPublished it was read from
 */
public record Publication(String contentId, int revision, List<String> languages, int schemaVersion) {

    public Publication {
        languages = List.copyOf(languages);
    }

    /**
     * The publication in a ContentPublished of either version.
     *
     * @throws IllegalArgumentException for any other record
     */
    public static Publication of(Record data) {
        if (data instanceof ContentPublishedV2 v2) {
            return new Publication(v2.contentId(), v2.revision(),
                    v2.editions().stream().map(ContentPublishedV2.Edition::language).toList(), ContentPublishedV2.TYPE.majorVersion());
        }
        if (data instanceof ContentPublished v1) {
            return new Publication(v1.contentId(), v1.revision(), v1.languages(), ContentPublished.TYPE.majorVersion());
        }
        throw new IllegalArgumentException("not a ContentPublished of version 1 or 2: " + data.getClass().getName());
    }

    /** The languages the vendor translated, those after the original. */
    public List<String> translated() {
        return languages.subList(1, languages.size());
    }
}
