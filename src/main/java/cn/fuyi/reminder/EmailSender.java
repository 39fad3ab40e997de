package cn.fuyi.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Sends a reminder by e-mail through the configured SMTP server (Quarkus Mailer). */
@ApplicationScoped
public class EmailSender {

    @Inject
    Mailer mailer;

    void send(Reminder r, ReminderPreference to) throws DeliveryException {
        if (to == null || to.email == null || to.email.isBlank()) {
            throw new DeliveryException("no e-mail address in the recipient's preferences", true);
        }
        try {
            mailer.send(Mail.withText(to.email, r.title, r.body).addHeader("X-Fuyi-Reminder", Long.toString(r.id)));
        } catch (RuntimeException e) {
            throw new DeliveryException("SMTP: " + e.getMessage(), false);
        }
    }
}
