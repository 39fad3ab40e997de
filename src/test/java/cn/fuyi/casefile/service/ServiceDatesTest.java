package cn.fuyi.casefile.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** When a document counts as served, by method (CPL 87-95, applied by ARL 88 ¶1). */
class ServiceDatesTest {

    private static final LocalDate SENT = LocalDate.parse("2026-05-06");

    @Test
    void publicationServesThirtyDaysAfterTheNoticeCpl95() {
        assertEquals(LocalDate.parse("2026-06-05"), ServiceDates.served(ServiceMethod.PUBLICATION, SENT, null));
        // a deemed service is a day, not the end of a period: it does not move off a weekend (2026-09-26 is a Saturday)
        assertEquals(LocalDate.parse("2026-09-26"), ServiceDates.served(ServiceMethod.PUBLICATION, LocalDate.parse("2026-08-27"), null));
    }

    @Test
    void postServesOnTheReceiptsDateAndElectronicOnArrivalCpl90Cpl91() {
        assertEquals(LocalDate.parse("2026-05-09"), ServiceDates.served(ServiceMethod.POST, SENT, LocalDate.parse("2026-05-09")));
        assertEquals(LocalDate.parse("2026-05-07"), ServiceDates.served(ServiceMethod.ELECTRONIC, SENT, LocalDate.parse("2026-05-07")));
        assertNull(ServiceDates.served(ServiceMethod.POST, SENT, null), "not served until the receipt comes back");
    }

    @Test
    void electronicServiceNeedsConsentAndLeavingNeedsTheCircumstancesCpl89Cpl90() {
        assertTrue(ServiceDates.needsConsent(ServiceMethod.ELECTRONIC));
        assertTrue(ServiceDates.needsCircumstances(ServiceMethod.LEFT_AT_RESIDENCE));
        for (ServiceMethod m : new ServiceMethod[] { ServiceMethod.IN_PERSON, ServiceMethod.POST, ServiceMethod.PUBLICATION }) {
            assertTrue(!ServiceDates.needsConsent(m) && !ServiceDates.needsCircumstances(m), m.name());
        }
    }
}
