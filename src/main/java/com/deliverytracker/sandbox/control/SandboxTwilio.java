package com.deliverytracker.sandbox.control;

import com.deliverytracker.errors.ErrorCatalogue;
import com.deliverytracker.platform.SandboxSettings;
import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.platform.UtcClock;
import com.deliverytracker.sandbox.entity.NewMessage;
import com.deliverytracker.sandbox.entity.SandboxMessage;
import com.deliverytracker.sandbox.entity.SandboxOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sandbox's Twilio: what it knows about each message, and the passing of time. Creating a message picks its
 * outcome (a scenario number's, or one from the mix) and plans its first status change; {@link #advanceDue}
 * carries out the changes that are due and says which callbacks to post.
 */
@ApplicationScoped
@Transactional
public class SandboxTwilio {

    private static final SecureRandom SIDS = new SecureRandom();
    private static final DateTimeFormatter RAW_DLR_DONE_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm");
    /** Twilio's price of one US SMS segment, as it reports prices: negative, in USD. */
    private static final double PRICE_PER_SEGMENT = 0.0079;
    /** The sender a Messaging Service picks from its pool: the one number the sandbox's services have. */
    private static final String SERVICE_NUMBER = "+15005550006";

    @PersistenceContext
    EntityManager em;

    @Inject
    TrackerConfig config;

    @Inject
    ErrorCatalogue errors;

    private OutcomeMix mix;
    private Duration deliveryTime;

    @PostConstruct
    void configure() {
        SandboxSettings settings = config.sandbox();
        mix = OutcomeMix.parse(settings.outcomes() == null ? OutcomeMix.DEFAULT : settings.outcomes());
        deliveryTime = settings.deliveryTime();
    }

    public OutcomeMix mix() {
        return mix;
    }

    /** Creates a message as Twilio's create() does, or refuses it with Twilio's error. */
    public SandboxMessage create(NewMessage request, String direction) {
        CreateRules.check(request);
        SandboxOutcome outcome = SandboxOutcome.forScenarioNumber(CreateRules.withoutChannel(request.to()))
                .orElseGet(() -> mix.pick(ThreadLocalRandom.current()));
        LocalDateTime now = UtcClock.now();
        SandboxMessage message = SandboxMessage.outbound(newSid(request.mediaUrls().isEmpty() ? "SM" : "MM"),
                direction, request, Segments.of(request.body()), outcome, now);
        message.scheduleNextStep(nextStepAt(message.status(), outcome, now));
        em.persist(message);
        return message;
    }

    /** An inbound message the sandbox received for one of its numbers. */
    public SandboxMessage receive(String from, String to, String body) {
        SandboxMessage message = SandboxMessage.inbound(newSid("SM"), from, to, body, Segments.of(body), UtcClock.now());
        em.persist(message);
        return message;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SandboxMessage> find(String sid) {
        return Optional.ofNullable(em.find(SandboxMessage.class, sid));
    }

    /** Newest first, filtered like Twilio's list; one more than {@code pageSize} when there is a next page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SandboxMessage> list(String to, String from, int page, int pageSize) {
        String where = (to == null ? "" : " and m.to = :to") + (from == null ? "" : " and m.from = :from");
        TypedQuery<SandboxMessage> query = em.createQuery("select m from SandboxMessage m where 1 = 1" + where
                + " order by m.createdAt desc, m.sid desc", SandboxMessage.class);
        if (to != null) {
            query.setParameter("to", to);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        return query.setFirstResult(page * pageSize).setMaxResults(pageSize + 1).getResultList();
    }

    public SandboxMessage giveFeedback(String sid, String outcome) {
        SandboxMessage message = Optional.ofNullable(em.find(SandboxMessage.class, sid, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> TwilioApiError.notFound("Message " + sid));
        if (!"confirmed".equals(outcome) && !"unconfirmed".equals(outcome)) {
            throw TwilioApiError.badRequest(20001, "Outcome must be confirmed or unconfirmed");
        }
        if (!message.provideFeedback()) {
            throw TwilioApiError.badRequest(20001, "Message " + sid + " was not sent with ProvideFeedback=true");
        }
        message.recordFeedback(outcome, UtcClock.now());
        return message;
    }

    /** Carries out up to {@code limit} status changes due by {@code now}; answers the callbacks they owe. */
    public Advanced advanceDue(LocalDateTime now, int limit) {
        // H2 takes no FOR UPDATE with a LIMIT: find the due ones, then lock each and look again
        List<String> due = em.createNamedQuery(SandboxMessage.DUE, String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        List<StatusCallbackRequest> callbacks = new ArrayList<>();
        for (String sid : due) {
            SandboxMessage message = em.find(SandboxMessage.class, sid, LockModeType.PESSIMISTIC_WRITE);
            if (message == null || !message.isDue(now)) {
                continue;
            }
            Optional<Lifecycle.Step> step = Lifecycle.after(message.status(), message.outcome());
            if (step.isEmpty()) {
                message.scheduleNextStep(null);
                continue;
            }
            Lifecycle.Step change = step.get();
            // a Messaging Service picks the sender from its pool when it queues the message
            message.advance(change.status(), change.errorCode(), errorMessage(change.errorCode()),
                    price(message.numSegments()), SERVICE_NUMBER, now, nextStepAt(change.status(), message.outcome(), now));
            if (change.callbackSent() && message.statusCallback() != null) {
                callbacks.add(callbackFor(message, now));
            }
        }
        return new Advanced(due.size(), callbacks);
    }

    /** What one {@link #advanceDue} did: how many messages moved, and the callbacks to post. */
    public record Advanced(int messages, List<StatusCallbackRequest> callbacks) {
    }

    private LocalDateTime nextStepAt(String status, SandboxOutcome outcome, LocalDateTime now) {
        return Lifecycle.after(status, outcome)
                .map(step -> now.plus(Lifecycle.delayOf(step, deliveryTime, ThreadLocalRandom.current())))
                .orElse(null);
    }

    /** The form fields Twilio posts to a StatusCallback. */
    private StatusCallbackRequest callbackFor(SandboxMessage message, LocalDateTime now) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", config.sandbox().accountSid());
        params.put("ApiVersion", "2010-04-01");
        params.put("From", message.from());
        params.put("MessageSid", message.sid());
        params.put("MessageStatus", message.status());
        if (message.messagingServiceSid() != null) {
            params.put("MessagingServiceSid", message.messagingServiceSid());
        }
        params.put("SmsSid", message.sid());
        params.put("SmsStatus", message.status());
        params.put("To", message.to());
        if (message.errorCode() != null) {
            params.put("ErrorCode", String.valueOf(message.errorCode()));
        }
        if ("delivered".equals(message.status()) || "undelivered".equals(message.status())) {
            params.put("RawDlrDoneDate", RAW_DLR_DONE_DATE.format(now));
        }
        return new StatusCallbackRequest(message.statusCallback(), params);
    }

    private String errorMessage(Integer code) {
        return code == null ? null : errors.explain(code).title();
    }

    private static String price(int segments) {
        return String.format(Locale.ROOT, "-%.5f", PRICE_PER_SEGMENT * segments);
    }

    private static String newSid(String prefix) {
        byte[] bytes = new byte[16];
        SIDS.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
