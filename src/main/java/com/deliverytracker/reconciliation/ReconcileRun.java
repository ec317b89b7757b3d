package com.deliverytracker.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/** One finished reconciliation run, on whichever instance ran it. Times are UTC. */
@Entity
@Table(name = "reconcile_run")
@NamedQuery(name = ReconcileRun.LATEST, query = "select r from ReconcileRun r order by r.startedAt desc, r.id")
public class ReconcileRun {

    public static final String LATEST = "ReconcileRun.latest";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "instance_name", nullable = false, length = 128)
    private String instanceName;

    @Column(name = "trigger_kind", nullable = false, length = 16)
    private String trigger;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    private LocalDateTime finishedAt;

    private int examined;
    private int polled;
    private int changed;
    private int errors;
    private int throttled;

    @Column(name = "gave_up")
    private int gaveUp;

    protected ReconcileRun() {
    }

    ReconcileRun(String instanceName, String trigger, LocalDateTime startedAt, LocalDateTime finishedAt,
                 RunTally tally) {
        this.id = UUID.randomUUID().toString();
        this.instanceName = instanceName;
        this.trigger = trigger;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.examined = tally.examined();
        this.polled = tally.polled();
        this.changed = tally.changed();
        this.errors = tally.errors();
        this.throttled = tally.throttled();
        this.gaveUp = tally.gaveUp();
    }

    public String id() {
        return id;
    }

    public String instanceName() {
        return instanceName;
    }

    public String trigger() {
        return trigger;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    public int examined() {
        return examined;
    }

    public int polled() {
        return polled;
    }

    public int changed() {
        return changed;
    }

    public int errors() {
        return errors;
    }

    public int throttled() {
        return throttled;
    }

    public int gaveUp() {
        return gaveUp;
    }
}
