package cn.fuyi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Removes the years a test loaded. Calendar tests write only years from {@link #FIRST_TEST_YEAR}, so the shipped
 * 2018–2027 data that other features' tests rely on stays as released.
 */
@ApplicationScoped
public class CalendarTestYears {

    public static final int FIRST_TEST_YEAR = 2028;

    @Inject
    EntityManager em;
    @Inject
    CalendarService service;

    public void removeTestYears() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from calendar_day where year >= ?1").setParameter(1, FIRST_TEST_YEAR)
                    .executeUpdate();
            em.createNativeQuery("delete from calendar_year where year >= ?1").setParameter(1, FIRST_TEST_YEAR)
                    .executeUpdate();
        });
        service.recheckNow();
    }
}
