/// The UK's statutory minimum hourly rates (the National Living Wage and the National Minimum
/// Wage's younger bands), by the date they came into force. Sources are listed in
/// `Docs/realism.md`; rates are in pence.
public enum NationalLivingWage {
    /// One April uprating: the day it applies from and the rate for each age band.
    struct Uprating {
        let from: Day
        let twentyOneAndOver: Int64
        let eighteenToTwenty: Int64
        let sixteenToSeventeen: Int64
    }

    /// Newest last. Before April 2024 the top rate started at 23; the 21–22 rate is used for 21+.
    static let upratings: [Uprating] = [
        .init(from: Day(year: 2021, month: 4, day: 1)!, twentyOneAndOver: 836, eighteenToTwenty: 656, sixteenToSeventeen: 462),
        .init(from: Day(year: 2022, month: 4, day: 1)!, twentyOneAndOver: 918, eighteenToTwenty: 683, sixteenToSeventeen: 481),
        .init(from: Day(year: 2023, month: 4, day: 1)!, twentyOneAndOver: 1018, eighteenToTwenty: 749, sixteenToSeventeen: 528),
        .init(from: Day(year: 2024, month: 4, day: 1)!, twentyOneAndOver: 1144, eighteenToTwenty: 860, sixteenToSeventeen: 640),
        .init(from: Day(year: 2025, month: 4, day: 1)!, twentyOneAndOver: 1221, eighteenToTwenty: 1000, sixteenToSeventeen: 755),
        .init(from: Day(year: 2026, month: 4, day: 1)!, twentyOneAndOver: 1271, eighteenToTwenty: 1085, sixteenToSeventeen: 800),
    ]

    /// The lowest lawful hourly rate on `day` for someone in `band` (0 before the table starts).
    public static func floor(on day: Day, band: Scenario.AgeBand) -> Money {
        guard let rates = upratings.last(where: { $0.from <= day }) else { return .zero }
        let pence = switch band {
        case .twentyOneAndOver: rates.twentyOneAndOver
        case .eighteenToTwenty: rates.eighteenToTwenty
        case .sixteenToSeventeen: rates.sixteenToSeventeen
        }
        return Money(minorUnits: pence)
    }
}
