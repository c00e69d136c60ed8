import CustomsModel

/// The first day of the lunar year (Tết Nguyên đán) as Vietnam keeps it (UTC+7, which differs from
/// the Chinese calendar in 2007, 2030 and 2053), for "3 ngày đầu năm mới Canh Dần".
enum LunarNewYear {
    static let firstYear = 1990
    /// Day of the Gregorian year of Tết, 1990...2060, from the new moons and solar terms of the
    /// Vietnamese calendar (Hồ Ngọc Đức's algorithm after Meeus, time zone +7).
    private static let dayOfYear: [UInt8] = [
        27, 46, 35, 23, 41, 31, 50, 38, 28, 47, 36, 24, 43, 32, 22, 40, 29, 48, 38, 26, 45, 34, 23, 41, 31, 50, 39, 28,
        47, 36, 25, 43, 32, 22, 41, 29, 48, 37, 26, 44, 33, 23, 42, 31, 50, 39, 28, 46, 35, 24, 43, 32, 22, 41, 30, 48,
        37, 26, 45, 33, 23, 42, 32, 49, 39, 28, 46, 35, 24, 43, 33,
    ]

    /// The official Tết holiday (the government's yearly decision for public employees), 2016...2026,
    /// as (first, last) day: what "9 ngày nghỉ Tết", "kỳ nghỉ Tết Nguyên đán Giáp Thìn" span. Not a
    /// rule of the calendar: the days around Tết are chosen each year.
    private static let holidays: [Int: ((Int, Int), (Int, Int))] = [
        2016: ((2, 6), (2, 14)), 2017: ((1, 26), (2, 1)), 2018: ((2, 14), (2, 20)), 2019: ((2, 2), (2, 10)),
        2020: ((1, 23), (1, 29)), 2021: ((2, 10), (2, 16)), 2022: ((1, 29), (2, 6)), 2023: ((1, 20), (1, 26)),
        2024: ((2, 8), (2, 14)), 2025: ((1, 25), (2, 2)), 2026: ((2, 14), (2, 22)),
    ]

    /// The Tết holiday of the lunar year beginning in `year`, or nil outside the table.
    static func holiday(of year: Int) -> Period? {
        guard let ((sm, sd), (em, ed)) = holidays[year] else { return nil }
        return Period(start: CalendarDate(year: year, month: sm, day: sd), end: CalendarDate(year: year, month: em, day: ed))
    }

    /// Tết of `year`, or nil outside the table.
    static func firstDay(of year: Int) -> CalendarDate? {
        let i = year - firstYear
        guard dayOfYear.indices.contains(i) else { return nil }
        let d = Int(dayOfYear[i])
        return d <= 31 ? CalendarDate(year: year, month: 1, day: d) : CalendarDate(year: year, month: 2, day: d - 31)
    }

    /// The year named by a stem and a branch (indexes into `W.heavenlyStems`, `W.earthlyBranches`) nearest to
    /// `near` and at most one year after it (a report tells of a lunar year begun or beginning);
    /// nil when the pair names no year (a stem and a branch of different parity).
    static func year(stem: Int, branch: Int, near: Int) -> Int? {
        // Giáp Tý is 1984: stem (y - 4) mod 10, branch (y - 4) mod 12.
        guard stem % 2 == branch % 2 else { return nil }
        var y = near + 1
        while y > near - 60 {
            if (y - 4) % 10 == stem && (y - 4) % 12 == branch { return y }
            y -= 1
        }
        return nil
    }
}
