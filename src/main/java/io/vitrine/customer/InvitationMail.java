package io.vitrine.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an invitation or reset link through the Jakarta Mail session named by {@code vitrine.mail.session}, when
 * there is one. Mail is a convenience: the link is always shown to the admin too, so a failure is only logged.
 */
@ApplicationScoped
public class InvitationMail {

    private static final Logger LOG = Logger.getLogger(InvitationMail.class.getName());

    @Inject
    AccountSettings settings;

    /** True when the mail left; false without a mail session or when sending failed. */
    public boolean send(String to, String subject, String text) {
        if (settings.mailSession().isEmpty()) {
            return false;
        }
        try {
            Session session = (Session) new InitialContext().lookup(settings.mailSession().get());
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
            return true;
        } catch (NamingException | MessagingException | ClassCastException e) {
            LOG.log(Level.WARNING, "mail to " + to + " not sent through " + settings.mailSession().get(), e);
            return false;
        }
    }
}
