/// How far an order has got at a moment between its taking and its closing, for a history that
/// ends inside a day (`--as-of now`): `confirmed` for its first two minutes, then `preparing`,
/// then `ready` for the last third of its time (the dish at the pass or on the table, the bag
/// waiting for its driver or its customer) until it closes and is paid.
struct OpenOrder {
    /// `confirmed`, `preparing` or `ready`.
    let status: StaticString
    /// When the order reached that status: its `updated_at`.
    let since: Timestamp

    /// The order's progress at `moment`, or nil when it is not open then (not yet taken, or closed).
    init?(createdAt: Timestamp, closesAt: Timestamp, at moment: Timestamp) {
        guard createdAt <= moment, moment < closesAt else { return nil }
        let length = closesAt.secondsSinceEpoch - createdAt.secondsSinceEpoch
        let preparing = createdAt.adding(seconds: min(Self.confirmedSeconds, length / 3))
        let ready = createdAt.adding(seconds: length - length / 3)
        if moment < preparing {
            (status, since) = ("confirmed", createdAt)
        } else if moment < ready {
            (status, since) = ("preparing", preparing)
        } else {
            (status, since) = ("ready", ready)
        }
    }

    /// How long an order waits for the kitchen to start on it.
    static let confirmedSeconds: Int64 = 2 * 60
}
