extension RealismScorecard {
    /// Shifts paid below the minimum wage in force on their day for the employee's age band,
    /// and weeks outside the hours their contract allows.
    func staffTerms(_ facts: RealismFacts.Restaurant, slug: String) -> [RealismMeasure] {
        var below = 0, shifts = 0
        for shift in facts.paidShifts {
            let band = expectations.terms(slug: slug, email: shift.email, role: shift.role).ageBand
            shifts += shift.count
            if shift.rate < NationalLivingWage.floor(on: shift.day, band: band).minorUnits { below += shift.count }
        }
        var fullTimeWeeks = 0, fullTimeOut = 0, partTimeWeeks = 0, partTimeOver = 0
        let history = expectations.restaurants[slug]?.history
            ?? (facts.openDays.first ?? Day(daysSinceEpoch: 0))...(facts.openDays.last ?? Day(daysSinceEpoch: 0))
        for week in facts.weeklyMinutes {
            // Whole weeks of history, worked from their first day.
            guard history.lowerBound <= week.week, week.week.adding(days: 6) <= history.upperBound, week.hired <= week.week
            else { continue }
            let terms = expectations.terms(slug: slug, email: week.email, role: week.role)
            switch week.type {
            case "full_time":
                fullTimeWeeks += 1
                if week.minutes < 35 * 60 || week.minutes > 45 * 60 { fullTimeOut += 1 }
            default:
                partTimeWeeks += 1
                let limit = terms.contractHours ?? RealismScorecard.defaultContractHours(week.type)
                if week.minutes > limit * 60 { partTimeOver += 1 }
            }
        }
        return [
            .init(name: "below_wage_floor", value: "\(below) of \(shifts) worked shifts paid below the minimum wage for the age band",
                  band: "0", inBand: below == 0, number: Double(below)),
            .init(name: "full_time_hours", value: "\(fullTimeOut) of \(fullTimeWeeks) full-time weeks outside 35–45 h",
                  band: "0", inBand: fullTimeOut == 0, number: Double(fullTimeOut)),
            .init(name: "part_time_hours", value: "\(partTimeOver) of \(partTimeWeeks) part-time and contract weeks over contract hours",
                  band: "0", inBand: partTimeOver == 0, number: Double(partTimeOver)),
        ]
    }

    /// Weekly hours a part-time or contract employee works at most when the scenario gives none.
    static func defaultContractHours(_ employmentType: String) -> Int {
        employmentType == "contract" ? 40 : 24
    }
}
