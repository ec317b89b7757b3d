package com.deliverytracker.optouts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Whether a number has opted out of our messages, and the inbound message that said so last. */
@Entity
@Table(name = "opt_out")
@NamedQuery(name = OptOut.CURRENT, query = "select o from OptOut o where o.optedOut = true and o.updatedAt >= :since"
        + " order by o.updatedAt desc")
public class OptOut {

    static final String CURRENT = "OptOut.current";

    @Id
    @Column(length = 64)
    private String number;

    @Column(name = "opted_out", nullable = false)
    private boolean optedOut;

    @Column(length = 32)
    private String keyword;

    @Column(name = "message_sid", length = 34)
    private String messageSid;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected OptOut() {
    }

    OptOut(String number) {
        this.number = number;
    }

    void change(boolean out, String byKeyword, String sid, LocalDateTime at) {
        this.optedOut = out;
        this.keyword = byKeyword;
        this.messageSid = sid;
        this.updatedAt = at;
    }

    public String number() {
        return number;
    }

    public boolean optedOut() {
        return optedOut;
    }

    public String keyword() {
        return keyword;
    }

    public String messageSid() {
        return messageSid;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
