package com.deliverytracker.optouts;

import com.deliverytracker.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/** Opt-outs and opt-ins per number, as recipients said them to us. */
@ApplicationScoped
@Transactional
public class OptOutRegistry {

    private static final Logger LOG = Logger.getLogger(OptOutRegistry.class.getName());

    @PersistenceContext
    EntityManager em;

    public void record(String number, boolean optedOut, String keyword, String messageSid) {
        OptOut entry = em.find(OptOut.class, number, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            entry = new OptOut(number);
            em.persist(entry);
        }
        entry.change(optedOut, keyword, messageSid, UtcClock.now());
        em.flush();
        LOG.info(() -> messageSid + ": " + (optedOut ? "opt-out" : "opt-in"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOptedOut(String number) {
        OptOut entry = em.find(OptOut.class, number);
        return entry != null && entry.optedOut();
    }

    /** The numbers opted out now that opted out at {@code since} or later. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OptOut> current(LocalDateTime since) {
        return em.createNamedQuery(OptOut.CURRENT, OptOut.class).setParameter("since", since).getResultList();
    }
}
