package media.polyglot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import org.junit.jupiter.api.Test;

class EventContractsTest {

    @Test
    void everyEventOfTheChoreographyHasAContractAndContentPublishedHasTwoVersions() {
        assertThat(EventContracts.detailTypes()).containsExactly(
                "ContentSubmitted", "ContentRevised", "ContentWithdrawn", "ContentApproved", "ContentRejected",
                "TranslationRequested", "TranslationDelivered", "TranslationDeclined", "TranslationCompleted",
                "TranslationFailed", "ContentPublished", "ContentPublished.v2", "ContentUnpublished");
    }

    @Test
    void aDetailTypeMapsToItsRecordAndProducer() {
        EventContract v2 = EventContracts.ofDetailType(DetailTypes.CONTENT_PUBLISHED_V2);

        assertThat(v2.type()).isEqualTo(ContentPublishedV2.TYPE);
        assertThat(v2.dataType()).isEqualTo(ContentPublishedV2.class);
        assertThat(v2.producer()).isEqualTo(new EventContract.Producer("publishing", Sources.PUBLISHING));
        assertThat(EventContracts.of(ContentSubmitted.TYPE).dataType()).isEqualTo(ContentSubmitted.class);
    }

    @Test
    void partnerEventsComeFromTheVendorsOwnSource() {
        assertThat(EventContracts.ofDetailType(DetailTypes.TRANSLATION_DELIVERED).producer().source())
                .isEqualTo("partner.translation.<vendor>");
        assertThat(Sources.partnerTranslation(Sources.SANDBOX_VENDOR)).isEqualTo("partner.translation.sandbox");
        assertThatThrownBy(() -> Sources.partnerTranslation("Polyglot.Content"))
                .hasMessage("a vendor id is 1 to 63 lower-case letters, digits or dashes, was \"Polyglot.Content\"");
    }

    @Test
    void anOlderVersionKnowsWhichVersionSupersedesIt() {
        assertThat(EventContracts.versionsOf("ContentPublished")).containsExactly(ContentPublished.TYPE, ContentPublishedV2.TYPE);
        assertThat(EventContracts.supersededBy(ContentPublished.TYPE)).contains(ContentPublishedV2.TYPE);
        assertThat(EventContracts.supersededBy(ContentPublishedV2.TYPE)).isEmpty();
        assertThat(EventContracts.supersededBy(ContentSubmitted.TYPE)).isEmpty();
    }

    @Test
    void anUnknownDetailTypeIsReportedWithTheKnownOnes() {
        assertThatThrownBy(() -> EventContracts.ofDetailType("ContentArchived"))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessage("unknown detail-type \"ContentArchived\" (ContentArchived v1): no contract for it; known detail-types are "
                        + EventContracts.detailTypes());
    }

    @Test
    void everyProducerOfOursUsesItsContextsSource() {
        assertThat(EventContracts.all()).filteredOn(c -> !c.producer().source().startsWith("partner."))
                .allSatisfy(c -> assertThat(c.producer().source()).isEqualTo("polyglot." + c.producer().context()));
        assertThat(List.of(Sources.CONTENT, Sources.MODERATION, Sources.LOCALIZATION, Sources.PUBLISHING,
                Sources.NOTIFICATIONS)).containsExactly("polyglot.content", "polyglot.moderation",
                "polyglot.localization", "polyglot.publishing", "polyglot.notifications");
    }
}
