import Foundation
import Testing
@testable import CustomsModel

@Suite struct ModelCodingTests {
    @Test func slugFoldsVietnamese() {
        #expect(Office.slug("Lạng Sơn") == "lang-son")
        #expect(Office.slug("TP. Hồ Chí Minh") == "tp-ho-chi-minh")
        #expect(Office.slug("Bà Rịa – Vũng Tàu") == "ba-ria-vung-tau")
        #expect(Office.slug("Đà Nẵng") == "da-nang")
        #expect(Office.slug("Ga đường sắt quốc tế Lào Cai") == "ga-duong-sat-quoc-te-lao-cai")
    }

    @Test func officeLevels() {
        #expect(Office.level(of: "vn") == .national)
        #expect(Office.level(of: "vn.lang-son") == .department)
        #expect(Office.level(of: "vn.kv7") == .region)
        #expect(Office.level(of: "vn.kv6.cua-khau-huu-nghi") == .regionUnit)
        #expect(Office.level(of: "vn.lao-cai.ga-lao-cai") == .branch)
        #expect(Office.level(of: "fr.paris") == nil)
    }

    @Test func publicationDateForms() {
        #expect(PublicationDate("2020")?.year == 2020)
        #expect(PublicationDate("2020")?.month == nil)
        #expect(PublicationDate("2021-09")?.month == 9)
        #expect(PublicationDate("2021-09-30")?.date == CalendarDate(year: 2021, month: 9, day: 30))
        #expect(PublicationDate("2021-01-05T08:30:00+07:00")?.day == 5)
        #expect(PublicationDate("2021-13") == nil)
        #expect(PublicationDate("hôm qua") == nil)
        #expect(PublicationDate("2021-02-30") == nil)
        #expect(PublicationDate("2021-09-30x") == nil)
        #expect(PublicationDate("2021-09-3") == nil)
        #expect(CalendarDate(iso: "2021-09-30T23:59:59Z") == CalendarDate(year: 2021, month: 9, day: 30))
        #expect(CalendarDate(iso: "2021-0９-30") == nil)
    }

    @Test func periodsCoverWholeMonths() {
        #expect(Period.months(1, 6, of: 2021).description == "2021-01-01..2021-06-30")
        #expect(Period.quarter(1, of: 2024).description == "2024-01-01..2024-03-31")
        #expect(Period.months(2, 2, of: 2024).end?.day == 29)
        #expect(Period.year(2020).description == "2020-01-01..2020-12-31")
    }

    @Test func addingDaysCrossesMonthsAndYears() {
        let d = CalendarDate(year: 2024, month: 2, day: 10)!
        #expect(d.adding(days: 0) == d)
        #expect(d.adding(days: 19).description == "2024-02-29")
        #expect(d.adding(days: 20).description == "2024-03-01")
        #expect(CalendarDate(year: 2023, month: 12, day: 30)!.adding(days: 3).description == "2024-01-02")
        #expect(CalendarDate(year: 2023, month: 1, day: 1)!.adding(days: 364).description == "2023-12-31")
    }

    @Test func rawReportKeepsUnknownFields() throws {
        let json = #"{"report_id":"x1","body":"Hải quan","published_at":"2021-05","crawler":{"run":7},"tags":["a"]}"#
        let report = try JSONDecoder().decode(RawReport.self, from: Data(json.utf8))
        #expect(report.reportID == "x1")
        #expect(report.publicationDate?.month == 5)
        #expect(report.extraFields["crawler"] == .object(["run": .number(7)]))
        let again = try JSONDecoder().decode(RawReport.self, from: JSONEncoder().encode(report))
        #expect(again == report)
    }

    @Test func reportIDIsDerivedFromURLWhenAbsent() {
        let a = RawReport(url: "https://example.vn/a", body: "x")
        let b = RawReport(url: "https://example.vn/a", body: "y")
        #expect(a.effectiveID == b.effectiveID)
        #expect(a.effectiveID.hasPrefix("r-"))
        #expect(RawReport(url: "https://example.vn/b", body: "x").effectiveID != a.effectiveID)
    }

    @Test func metricRecordWritesSnakeCaseWithNulls() throws {
        let record = MetricRecord(
            reportID: "seed-000", office: "vn.lang-son", metric: .revenue, value: 4_290_300_000_000,
            period: .year(2020), changePct: 15.8,
            vsTargets: [TargetAttainment(kind: .estimate, pct: 126, amount: 3_400_000_000_000)],
            evidence: Evidence(start: 10, end: 30))
        let data = try JSONEncoder().encode(record)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["record_id"] as? String == record.recordID)
        #expect(object["value"] as? Double == 4_290_300_000_000)
        #expect(object["change_pct"] as? Double == 15.8)
        #expect(object["flow"] is NSNull)
        #expect((object["period"] as? [String: Any])?["start"] as? String == "2020-01-01")
        let back = try JSONDecoder().decode(MetricRecord.self, from: data)
        #expect(back == record)
    }

    @Test func recordIDsAreDeterministic() {
        func make() -> MetricRecord {
            MetricRecord(reportID: "r", office: "vn", metric: .declarations, flow: .total, value: 81845,
                         period: .year(2020), evidence: Evidence(start: 1, end: 5))
        }
        #expect(make().recordID == make().recordID)
        var other = make()
        other.value = 1
        #expect(other.makeID() != make().recordID)
    }

    @Test func aggregateKeyRoundTrips() throws {
        let key = AggregateKey(office: "vn.lang-son", metric: .revenueTarget, flow: nil, targetKind: .stretch,
                               basis: .actual, period: .year(2020))
        #expect(key.description == "vn.lang-son|revenue_target||stretch|actual|2020-01-01|2020-12-31")
        #expect(AggregateKey(key.description) == key)
    }

    @Test func aggregateMessagesDecodeByKind() throws {
        let key = AggregateKey(office: "vn", metric: .revenue, flow: nil, targetKind: nil, basis: .actual,
                               period: .year(2020))
        let aggregate = Aggregate(key: key, value: 5, valueMax: nil, unit: .vnd, qualifier: .exact,
                                  values: [ObservedValue(value: 5, valueMax: nil, unit: .vnd, qualifier: .exact, sources: [])],
                                  observations: 1, conflict: false, changePct: nil, vsTargets: [],
                                  firstSeen: nil, updatedAt: nil, version: 1)
        let data = try JSONEncoder().encode(AggregateMessage.value(aggregate))
        #expect(try JSONDecoder().decode(AggregateMessage.self, from: data) == .value(aggregate))
        let bad = Data(#"{"kind":"other"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AggregateMessage.self, from: bad) }
    }

    @Test func timestampsAreRFC3339() {
        #expect(Timestamp.rfc3339(milliseconds: 0) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.rfc3339(milliseconds: 1_609_459_199_999) == "2020-12-31T23:59:59.999Z")
        #expect(Timestamp.rfc3339(milliseconds: 951_782_400_000) == "2000-02-29T00:00:00.000Z")
    }

    /// Keys hash by case and packed dates (not by raw strings): every distinct key must stay
    /// distinct in a Set, equal keys must meet, and the key text must not change.
    @Test func aggregateKeysHashAndPrintByTheirParts() throws {
        var keys: [AggregateKey] = []
        for metric in Metric.allCases {
            for flow in [nil] + Flow.allCases.map(Optional.some) {
                for targetKind in [nil] + TargetKind.allCases.map(Optional.some) {
                    for basis in Basis.allCases {
                        for period in [Period.year(2020), .year(2021), .months(1, 6, of: 2021), .quarter(4, of: 2024),
                                       Period(start: nil, end: CalendarDate(iso: "2021-12-31")), Period(start: nil, end: nil)] {
                            keys.append(AggregateKey(office: "vn.lang-son", metric: metric, flow: flow, targetKind: targetKind,
                                                     basis: basis, period: period))
                        }
                    }
                }
            }
        }
        keys.append(AggregateKey(office: "vn", metric: .revenue, flow: nil, targetKind: nil, basis: .actual, period: .year(2020)))
        let set = Set(keys)
        #expect(set.count == keys.count)
        let texts = Set(keys.map(\.description))
        #expect(texts.count == keys.count)
        for key in keys {
            #expect(set.contains(AggregateKey(key.description)!))
            #expect(AggregateKey(key.description) == key)
        }
        #expect(Set(Metric.allCases).count == Metric.allCases.count)
        #expect(Set(Flow.allCases + Flow.allCases).count == Flow.allCases.count)
        #expect(Set(MeasureUnit.allCases).count == 3 && Set(Qualifier.allCases).count == 5)
        let progress = Set([YearProgressKey(office: "vn", metric: .revenue, flow: nil, year: 2024),
                            YearProgressKey(office: "vn", metric: .revenue, flow: .total, year: 2024),
                            YearProgressKey(office: "vn", metric: .revenue, flow: nil, year: 2025),
                            YearProgressKey(office: "vn", metric: .revenue, flow: nil, year: 2025)])
        #expect(progress.count == 3)
    }

    @Test func calendarDatesPrintPadded() {
        #expect(CalendarDate(year: 1, month: 2, day: 3)?.description == "0001-02-03")
        #expect(CalendarDate(year: 999, month: 12, day: 31)?.description == "0999-12-31")
        #expect(CalendarDate(year: 9999, month: 10, day: 10)?.description == "9999-10-10")
        var odd = CalendarDate(year: 2020, month: 1, day: 1)!
        odd.year = 12345
        #expect(odd.description == "12345-01-01")
    }
}
