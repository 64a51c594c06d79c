package org.thrivemis.web.internal.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.dataprotection.ErasureGround;
import org.thrivemis.api.dataprotection.ErasureRequest;
import org.thrivemis.api.dataprotection.Requester;
import org.thrivemis.web.internal.tab.ErrorLink;

/** The erasure form: what the page itself refuses, field by field, and the request it builds. */
class ErasureFieldsTest {

    @Test
    void anEmptyFormNamesEveryFieldToFillInLinkedToItsControl() {
        List<ErrorLink> problems = ErasureFields.EMPTY.problems();

        assertEquals(List.of("#reference", "#requester", "#ground", "#receivedOn-day"),
                problems.stream().map(ErrorLink::href).toList());
        assertEquals("Enter the date the request was received", problems.get(3).message());
    }

    @Test
    void anImpossibleDateOrAnUnknownChoiceIsRefused() {
        List<ErrorLink> problems = new ErasureFields("DPO-1", "NEIGHBOUR", "CONSENT_WITHDRAWN", "31", "2", "2026")
                .problems();

        assertEquals(List.of("#requester", "#receivedOn-day"), problems.stream().map(ErrorLink::href).toList());
        assertTrue(problems.get(1).message().contains("real date"));
    }

    @Test
    void aCompleteFormBecomesTheRequestAndKeepsTheChoicesShown() {
        ErasureFields fields = new ErasureFields("DPO-2026-014", "PARENT_OR_CARER", "CONSENT_WITHDRAWN", "2", "11", "2026");

        assertEquals(List.of(), fields.problems());
        assertEquals(new ErasureRequest("DPO-2026-014", Requester.PARENT_OR_CARER, ErasureGround.CONSENT_WITHDRAWN,
                LocalDate.of(2026, 11, 2)), fields.request());
        assertEquals(List.of("PARENT_OR_CARER"), fields.form().requesters().stream()
                .filter(DataProtectionViews.Choice::checked).map(DataProtectionViews.Choice::value).toList());
        assertEquals("2026-11-02", fields.form().receivedOn());
    }
}
