// "Staff time" in Docs/invariants.md. Timestamps are compared as seconds since 1970, so the
// text SQLite stores and PostgreSQL's types give the same answers.
extension Invariants {
    /// A shift whose end is not after its start runs past midnight. Cancelled shifts are
    /// nobody's time, so they may overlap another.
    static let shiftsDoNotOverlap = Invariant(
        "shifts_do_not_overlap", unit: .init("shift"),
        description: "a shift overlaps another of the same employee on the same date"
    ) { sql in
        let start = sql.secondsOfDay("start_time"), end = sql.secondsOfDay("end_time")
        return """
            WITH s AS MATERIALIZED (
                SELECT id, employee_id, \(sql.day("shift_date")) AS day, \(start) AS starts,
                       CASE WHEN \(end) <= \(start) THEN \(end) + 86400 ELSE \(end) END AS ends
                FROM shifts WHERE status IS NULL OR status <> 'cancelled'
            )
            SELECT DISTINCT a.id AS key
            FROM s a JOIN s b ON b.employee_id = a.employee_id AND b.day = a.day AND b.id <> a.id
            WHERE a.starts < b.ends AND b.starts < a.ends
            """
    }

    static let shiftsWithinEmployment = Invariant(
        "shifts_within_employment", unit: .init("shift"),
        description: "a shift is dated before the employee's hire_date, or on or after their termination_date"
    ) { sql in
        """
        SELECT s.id AS key FROM shifts s JOIN employees e ON e.id = s.employee_id
        WHERE \(sql.day("s.shift_date")) < \(sql.day("e.hire_date"))
           OR (e.termination_date IS NOT NULL AND \(sql.day("s.shift_date")) >= \(sql.day("e.termination_date")))
        """
    }

    /// Clocking in is required, and clocking out but for an open entry: one still `active`, its
    /// employee's latest clock-in (a history that ends at a minute, `--as-of now`, leaves those on
    /// shift clocked in). The break is both of its ends or neither, but an open entry's may not
    /// have ended; an open entry's hours are not totalled yet, so not checked.
    static let clockTimesOrdered = Invariant(
        "clock_times_ordered", unit: .init("time tracking row"),
        description: "clock_in < break_start < break_end < clock_out fails, or total_hours is not the time worked, "
            + "or an entry without clock_out is not active or not its employee's latest"
    ) { sql in
        let worked = "t.clock_out - t.clock_in - COALESCE(t.break_end - t.break_start, 0)"
        return """
            WITH t AS MATERIALIZED (
                SELECT id, employee_id, status, \(sql.epoch("clock_in")) AS clock_in, \(sql.epoch("clock_out")) AS clock_out,
                       \(sql.epoch("break_start")) AS break_start, \(sql.epoch("break_end")) AS break_end,
                       \(sql.hundredths("total_hours")) AS hours
                FROM time_tracking
            )
            SELECT t.id AS key FROM t
            WHERE CASE
                WHEN t.clock_in IS NULL THEN 1
                WHEN t.clock_out IS NULL THEN CASE
                    WHEN t.status IS NULL OR t.status <> 'active' THEN 1
                    WHEN EXISTS (SELECT 1 FROM t later WHERE later.employee_id = t.employee_id AND later.clock_in > t.clock_in) THEN 1
                    WHEN t.break_start IS NULL AND t.break_end IS NULL THEN 0
                    WHEN t.break_start IS NULL OR t.break_start <= t.clock_in THEN 1
                    WHEN t.break_end IS NULL OR t.break_start < t.break_end THEN 0
                    ELSE 1 END
                WHEN t.clock_in >= t.clock_out THEN 1
                WHEN t.break_start IS NULL AND t.break_end IS NULL THEN 0
                WHEN t.break_start IS NULL OR t.break_end IS NULL THEN 1
                WHEN t.clock_in < t.break_start AND t.break_start < t.break_end AND t.break_end < t.clock_out THEN 0
                ELSE 1 END = 1
               OR (t.clock_out IS NOT NULL AND \(sql.differ("t.hours", sql.divideRounded(worked, by: "36"))))
            """
    }

    static let noTimeForNoShows = Invariant(
        "no_time_for_no_shows", unit: .init("shift"),
        description: "a shift marked no_show has time tracking"
    ) { _ in
        """
        SELECT s.id AS key FROM shifts s
        WHERE s.status = 'no_show' AND EXISTS (SELECT 1 FROM time_tracking t WHERE t.shift_id = s.id)
        """
    }

    /// On the clock means from clock_in up to (not including) clock_out, less the break from
    /// break_start up to break_end; an open entry (no clock_out) is on the clock from clock_in on,
    /// and on a break from a break_start without break_end on.
    static let ordersServedOnTheClock = Invariant(
        "orders_served_on_the_clock", unit: .init("order"),
        description: "served_by was not clocked in when it was created, or created_by is not that employee's user"
    ) { sql in
        """
        WITH o AS MATERIALIZED (
            SELECT id, served_by, \(sql.epoch("created_at")) AS created FROM orders
        ), t AS MATERIALIZED (
            SELECT employee_id, \(sql.epoch("clock_in")) AS clock_in, \(sql.epoch("clock_out")) AS clock_out,
                   \(sql.epoch("break_start")) AS break_start, \(sql.epoch("break_end")) AS break_end
            FROM time_tracking
        ), on_the_clock AS (
            SELECT DISTINCT o.id
            FROM o JOIN t ON t.employee_id = o.served_by
            WHERE o.created >= t.clock_in AND (t.clock_out IS NULL OR o.created < t.clock_out)
              AND NOT (t.break_start IS NOT NULL AND (t.break_end IS NOT NULL OR t.clock_out IS NULL)
                       AND o.created >= t.break_start AND (t.break_end IS NULL OR o.created < t.break_end))
        )
        SELECT orders.id AS key
        FROM orders LEFT JOIN employees e ON e.id = orders.served_by
        WHERE e.id IS NULL OR \(sql.differ("orders.created_by", "e.user_id"))
           OR orders.id NOT IN (SELECT id FROM on_the_clock)
        """
    }
}
