package media.polyglot.audit;

/** Events as the audit queue receives them: EventBridge's fields around our envelope. */
final class AuditEvents {

    private AuditEvents() {
    }

    /** The bus event of {@code eventId}, about {@code contentId}, occurring at second {@code second} of a minute. */
    static String body(String eventId, String contentId, String detailType, int second) {
        return """
                {"version": "0", "id": "bus-%1$s", "detail-type": "%3$s", "source": "polyglot.content",
                 "account": "000000000000", "time": "2026-11-26T10:00:%4$02dZ", "region": "us-east-1", "resources": [],
                 "detail": {"metadata": {"eventId": "%1$s", "schemaVersion": 1, "correlationId": "corr-%2$s",
                                         "causationId": "r-1", "producer": "content", "occurredAt": "2026-11-26T10:00:%4$02dZ"},
                            "data": {"contentId": "%2$s", "revision": 1}}}""".formatted(eventId, contentId, detailType, second);
    }
}
