/// England and Wales bank holidays (GOV.UK, https://www.gov.uk/bank-holidays), computed by
/// their rules: New Year's Day, Good Friday, Easter Monday, the early May and spring bank
/// holidays, the summer bank holiday, Christmas Day and Boxing Day, with substitute days when
/// they fall at a weekend, and the one-off holidays and moves GOV.UK lists since 1999.
enum BankHolidays {
    /// Whether `day` is a bank holiday in England and Wales.
    static func contains(_ day: Day) -> Bool {
        let year = day.civil.year
        guard computedYears.contains(year) else { return holidays(in: year).contains(day) }
        return computed[year - computedYears.lowerBound].contains(day)
    }

    /// The years whose holidays are computed once, on first use: demand asks for every day.
    private static let computedYears = 1990...2100
    private static let computed = computedYears.map { holidays(in: $0) }

    /// The year's bank holidays.
    static func holidays(in year: Int) -> Set<Day> {
        func date(_ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }
        func monday(onOrAfter day: Day) -> Day { day.adding(days: (8 - day.isoWeekday) % 7) }
        func lastMonday(of month: Int) -> Day {
            let last = date(month, Day.daysIn(month: month, year: year))
            return last.adding(days: -((last.isoWeekday + 6) % 7))
        }
        var days: Set<Day> = []
        let newYear = date(1, 1)
        days.insert(newYear.isoWeekday >= 6 ? monday(onOrAfter: newYear) : newYear)
        let easter = easterSunday(year)
        days.insert(easter.adding(days: -2))
        days.insert(easter.adding(days: 1))
        days.insert(year == 2020 ? date(5, 8) : monday(onOrAfter: date(5, 1)))
        switch year {
        case 2002, 2012: days.insert(date(6, 4))
        case 2022: days.insert(date(6, 2))
        default: days.insert(lastMonday(of: 5))
        }
        days.insert(lastMonday(of: 8))
        // Christmas and Boxing Day move to the next weekdays not already holidays.
        var next = date(12, 25)
        for holiday in [date(12, 25), date(12, 26)] {
            var observed = max(holiday, next)
            while observed.isoWeekday >= 6 { observed = observed.adding(days: 1) }
            days.insert(observed)
            next = observed.adding(days: 1)
        }
        let oneOffs: [Int: [(Int, Int)]] = [
            1999: [(12, 31)], 2002: [(6, 3)], 2011: [(4, 29)], 2012: [(6, 5)], 2022: [(6, 3), (9, 19)], 2023: [(5, 8)],
        ]
        for (month, day) in oneOffs[year] ?? [] { days.insert(date(month, day)) }
        return days
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous algorithm, integers only).
    static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }
}
