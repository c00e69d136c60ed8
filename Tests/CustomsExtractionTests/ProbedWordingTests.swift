import CustomsModel
import Testing

@testable import CustomsExtraction

// Wordings that probe reports (written for the purpose, in the styles of the press) showed the
// extractor misreading. Every sentence is written for these tests.

@Suite("Probed wordings")
struct ProbedWordingTests {
    /// The press drops "khẩu" after "tờ khai": "tờ khai xuất", "tờ khai nhập"; "tờ khai xuất, nhập" is both.
    @Test func declarationsOfABareDirection() {
        let records = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Bình Dương tiếp nhận hơn 1,2 triệu tờ khai, trong đó tờ khai xuất là 700.000 tờ khai, "
                + "tờ khai nhập là 500.000 tờ khai. Tháng 12, đơn vị xử lý 95.000 tờ khai xuất và 60.000 tờ khai nhập. "
                + "Số tờ khai xuất, nhập của tháng 11 là 150.000 tờ khai.",
            published: "2025-01-06"))
        #expect(records.map(\.flow) == [.total, .export, .import, .export, .import, .total])
        #expect(records.map(\.value) == [1_200_000, 700_000, 500_000, 95_000, 60_000, 150_000])
    }

    /// "trong năm" before the verb of a figure dates it with the year of the context.
    @Test func inTheYearBeforeTheFiguresVerb() throws {
        let records = Extractor().extract(report(
            "Trong tháng 11, Cục Hải quan Bình Dương thu 2.100 tỷ đồng. Số thu trong năm đạt 22.000 tỷ đồng.",
            published: "2024-12-20"))
        let year = try #require(only(records, .revenue, value: 22_000_000_000_000))
        #expect(year.period == period("2024-01-01", "2024-12-31"))
    }

    /// Periods listed before "lần lượt" / "respectively" date the figures one each, in order.
    @Test(arguments: [
        ("Năm 2022 và năm 2023, số thu ngân sách của Cục Hải quan Lạng Sơn lần lượt đạt 5.200 tỷ đồng và 6.100 tỷ đồng.", "vi"),
        ("Năm 2022 và 2023, số thu của Cục Hải quan Lạng Sơn lần lượt đạt 5.200 tỷ đồng và 6.100 tỷ đồng.", "vi"),
        ("In 2022 and 2023, the Lang Son Customs Department collected VND 5,200 billion and VND 6,100 billion respectively.", "en"),
    ])
    func periodsListedBeforeRespectively(body: String, language: String) {
        let records = Extractor().extract(report(body, published: "2024-12-20", language: language))
        #expect(records.map(\.value) == [5_200_000_000_000, 6_100_000_000_000])
        #expect(records.map(\.period) == [period("2022-01-01", "2022-12-31"), period("2023-01-01", "2023-12-31")])
    }

    /// A duration between a figure and its attainment or change ("về đích trước 20 ngày") has none of its own.
    @Test(arguments: [
        "Năm 2024, Cục Hải quan Hà Nội thu ngân sách đạt 35.000 tỷ đồng, về đích trước 1 tháng, bằng 104% dự toán, tăng 6% so với năm 2023.",
        "Năm 2024, Cục Hải quan Hà Nội thu ngân sách đạt 35.000 tỷ đồng, về đích trước 20 ngày, bằng 104% dự toán, tăng 6% so với năm 2023.",
        "Năm 2024, Cục Hải quan Hà Nội thu ngân sách đạt 35.000 tỷ đồng, sau 11 tháng đã bằng 104% dự toán, tăng 6% so với năm 2023.",
    ])
    func aDurationBetweenAFigureAndItsComparisons(body: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2024-12-28")), .revenue))
        #expect(revenue.vsTargets == [TargetAttainment(kind: .estimate, pct: 104)])
        #expect(revenue.changePct == 6)
    }

    /// Money collected from handling violations is fines, not revenue (spec §2), however the press words
    /// it; in English also with the fine's object or a verb of its sum before the amount.
    @Test(arguments: [
        ("Quý I/2024, Cục Hải quan TP Hồ Chí Minh bắt giữ 412 vụ vi phạm. Số thu nộp ngân sách từ xử lý vi phạm đạt 14,6 tỷ đồng.", "vi"),
        ("Quý I/2024, Cục Hải quan TP Hồ Chí Minh bắt giữ 412 vụ vi phạm. Kết quả thu nộp ngân sách nhà nước đạt 14,6 tỷ đồng.", "vi"),
        ("Quý I/2024, số thu ngân sách từ công tác chống buôn lậu của Cục Hải quan TP Hồ Chí Minh đạt 14,6 tỷ đồng.", "vi"),
        ("Quý I/2024, Cục Hải quan TP Hồ Chí Minh thu phạt 14,6 tỷ đồng.", "vi"),
        ("Quý I/2024, Cục Hải quan TP Hồ Chí Minh đã thu 14,6 tỷ đồng tiền phạt.", "vi"),
        ("In the first quarter of 2024, the Ho Chi Minh City Customs Department handled 412 violation cases and fined violators VND 14.6 billion.", "en"),
        ("In the first quarter of 2024, the Ho Chi Minh City Customs Department handled 412 violation cases and imposed fines totalling VND 14.6 billion.", "en"),
        ("In the first quarter of 2024, the Ho Chi Minh City Customs Department handled 412 violation cases and imposed fines amounting to VND 14.6 billion.", "en"),
    ])
    func moneyFromHandlingViolationsIsFines(body: String, language: String) throws {
        let records = Extractor().extract(report(body, published: "2024-04-12", language: language))
        let fines = try #require(only(records, .fines))
        #expect(fines.value == 14_600_000_000)
        #expect(fines.office == "vn.ho-chi-minh")
        #expect(!records.contains { $0.metric == .revenue })
    }

    /// Revenue "from" import-export activity stays revenue.
    @Test func revenueFromTradeStaysRevenue() throws {
        let records = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Lạng Sơn thu ngân sách từ hoạt động xuất nhập khẩu đạt 7.000 tỷ đồng.", published: "2024-12-28"))
        #expect(records.map(\.metric) == [.revenue])
    }

    /// "ước tính thu được / ước tính đạt" before the period is over is an estimate (about, forecast), as
    /// "ước thu / ước đạt" are; "ngót" is "gần" (about); a goods value "ước tính" stays actual.
    @Test(arguments: [
        ("6 tháng đầu năm 2025, Chi cục Hải quan khu vực V ước tính thu được 12.000 tỷ đồng.", Qualifier.about, Basis.forecast),
        ("6 tháng đầu năm 2025, số thu của Chi cục Hải quan khu vực V ước tính đạt 12.000 tỷ đồng.", .about, .forecast),
        ("5 tháng năm 2025, Chi cục Hải quan khu vực V thu ngót 12.000 tỷ đồng.", .about, .actual),
    ])
    func estimatedWordings(body: String, qualifier: Qualifier, basis: Basis) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2025-06-23")), .revenue))
        #expect(revenue.qualifier == qualifier)
        #expect(revenue.basis == basis)
    }

    /// The stretch target is the one "phấn đấu" names, also where it is "được giao" or "do tỉnh giao".
    @Test func anAssignedStretchTargetIsAStretchTarget() {
        let records = Extractor().extract(report(
            "Năm 2025, Chi cục Hải quan khu vực XI được giao dự toán thu 16.000 tỷ đồng; chỉ tiêu phấn đấu do tỉnh giao là 18.000 tỷ đồng. "
                + "Năm 2026, đơn vị có chỉ tiêu phấn đấu được giao là 19.000 tỷ đồng.",
            published: "2025-11-18"))
        #expect(records.map(\.targetKind) == [.estimate, .stretch, .stretch])
        #expect(records.map(\.value) == [16_000_000_000_000, 18_000_000_000_000, 19_000_000_000_000])
    }

    /// An office named after "trong đó" is a part's, not the total's before it (which keeps the office
    /// of the sentence before).
    @Test(arguments: [
        ("6 tháng đầu năm 2025, Chi cục Hải quan khu vực VII làm thủ tục cho 21.450 tờ khai. Số thu NSNN đạt 1.126 tỷ đồng, "
            + "trong đó Hải quan cửa khẩu quốc tế Lào Cai thu 486 tỷ đồng.", "2025-07-04", "vn.kv7", "vn.kv7.cua-khau-quoc-te-lao-cai"),
        ("6 tháng đầu năm 2024, Cục Hải quan Hà Tĩnh làm thủ tục cho 4.120 tờ khai. Số thu ngân sách đạt 4.215 tỷ đồng, "
            + "trong đó Chi cục Hải quan cửa khẩu cảng Vũng Áng thu 3.980 tỷ đồng.", "2024-07-04", "vn.ha-tinh", "vn.ha-tinh.cua-khau-cang-vung-ang"),
    ])
    func anOfficeAfterOfWhichNamesThePart(body: String, published: String, total: String, part: String) {
        let revenue = Extractor().extract(report(body, published: published)).filter { $0.metric == .revenue }
        #expect(revenue.map(\.office) == [total, part])
    }

    /// "Chi cục" standing alone is the branch or region named last; a unit stands for its region.
    @Test(arguments: [
        ("Theo Chi cục Hải quan khu vực XIX, 9 tháng năm 2025, kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh Tây Ninh "
            + "đạt 6,25 tỷ USD. Số thu ngân sách của Chi cục đạt 2.415 tỷ đồng.", "vn.kv19"),
        ("6 tháng đầu năm 2025, Hải quan cửa khẩu cảng Đình Vũ (Chi cục Hải quan khu vực III) thu 8.950 tỷ đồng. "
            + "Số thu của toàn Chi cục đạt 34.120 tỷ đồng.", "vn.kv3"),
    ])
    func aBareBranchWordNamesTheBranchOrRegion(body: String, office: String) throws {
        let records = Extractor().extract(report(body, published: "2025-10-15"))
        let revenue = try #require(records.filter { $0.metric == .revenue }.last)
        #expect(revenue.office == office)
    }

    /// English comparisons with last year ("from the same month last year", "compared with Q3 last year",
    /// "over last year") leave the figure's own period alone; "a 12.5% year-on-year increase",
    /// "representing / equivalent to a 12.5% increase" are changes, not ratios.
    @Test(arguments: [
        ("In September, the customs sector collected VND 33.5 trillion, up 12.5 percent from the same month last year.", "2024-09-01", "2024-09-30"),
        ("In the first nine months, the customs sector collected VND 33.5 trillion, up 12.5% compared to the corresponding period last year.",
         "2024-01-01", "2024-09-30"),
        ("Customs revenue in Q3 stood at VND 33.5 trillion, a 12.5 percent increase compared with Q3 last year.", "2024-07-01", "2024-09-30"),
        ("In the first nine months, the customs sector collected VND 33.5 trillion, an increase of 12.5% over last year.", "2024-01-01", "2024-09-30"),
        ("In the first nine months, the customs sector collected VND 33.5 trillion, a 12.5% year-on-year increase.", "2024-01-01", "2024-09-30"),
        ("In the first nine months, the customs sector collected VND 33.5 trillion, representing a 12.5% year-on-year increase.", "2024-01-01", "2024-09-30"),
        ("In the first nine months, the customs sector collected VND 33.5 trillion, equivalent to a 12.5% increase over the same period last year.",
         "2024-01-01", "2024-09-30"),
        ("In the first nine months, the customs sector collected VND 33.5 trillion, a year-on-year surge of 12.5%.", "2024-01-01", "2024-09-30"),
    ])
    func englishChangesAgainstLastYear(body: String, start: String, end: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2024-10-10", language: "en")), .revenue))
        #expect(revenue.period == period(start, end))
        #expect(revenue.changePct == 12.5)
    }

    /// The count of the same period a year before, told beside the figure, is dated that year (as money is).
    @Test(arguments: [
        ("10 tháng năm 2024, Cục Hải quan Lạng Sơn phát hiện 285 vụ vi phạm, tăng 6,7% so với cùng kỳ (cùng kỳ năm 2023 là 267 vụ).", 285.0, 267.0),
        ("10 tháng năm 2024, Cục Hải quan Lạng Sơn phát hiện 285 vụ vi phạm, tăng so với cùng kỳ năm 2023 là 267 vụ.", 285, 267),
        ("10 tháng năm 2024, Cục Hải quan Lạng Sơn làm thủ tục cho 1.250 doanh nghiệp (cùng kỳ năm 2023 là 1.120 doanh nghiệp).", 1250, 1120),
        ("10 tháng năm 2024, Cục Hải quan Lạng Sơn thu 5.285 tỷ đồng, tăng so với cùng kỳ năm 2023 là 4.267 tỷ đồng.", 5.285e12, 4.267e12),
    ])
    func theSamePeriodOfLastYearBesideAFigure(body: String, value: Double, base: Double) {
        let records = Extractor().extract(report(body, published: "2024-11-05"))
        #expect(records.map(\.value) == [value, base])
        #expect(records.map(\.period) == [period("2024-01-01", "2024-10-31"), period("2023-01-01", "2023-10-31")])
    }

    /// Parts of a crossing count in the press's short forms ("chiều xuất", "lượt khách xuất", "lượt xuất
    /// cảnh" with no noun), and a direction that is another count's own not leaking into the next one.
    @Test(arguments: [
        ("7 tháng năm 2024, Chi cục Hải quan cửa khẩu quốc tế Cha Lo làm thủ tục cho 21.400 lượt phương tiện, "
            + "trong đó chiều xuất 10.900 lượt, chiều nhập 10.500 lượt.", Metric.vehicles, [Flow.total, .exit, .entry]),
        ("7 tháng năm 2024, Chi cục Hải quan cửa khẩu quốc tế Cha Lo làm thủ tục cho 21.400 lượt khách, "
            + "gồm 10.900 lượt khách xuất và 10.500 lượt khách nhập.", .travellers, [.total, .exit, .entry]),
        ("7 tháng năm 2024, Chi cục Hải quan cửa khẩu quốc tế Cha Lo làm thủ tục cho 10.900 lượt xuất cảnh và 10.500 lượt nhập cảnh.",
         .travellers, [.exit, .entry]),
        ("7 tháng năm 2024, Chi cục Hải quan cửa khẩu quốc tế Cha Lo tiếp nhận 21.400 tờ khai xuất khẩu và phục vụ 10.900 lượt hành khách.",
         .travellers, [.total]),
        ("7 tháng năm 2024, Chi cục Hải quan cửa khẩu quốc tế Cha Lo tiếp nhận 21.400 tờ khai (nhập khẩu 10.900 tờ khai, "
            + "xuất khẩu 10.500 tờ khai) và 52.000 lượt hành khách.", .travellers, [.total]),
    ])
    func partsOfCrossingsInShortForms(body: String, metric: Metric, flows: [Flow]) {
        let records = Extractor().extract(report(body, published: "2024-08-02")).filter { $0.metric == metric }
        #expect(records.map(\.flow) == flows)
    }

    /// Tourism's count is no customs figure, but travellers customs processed are, whatever the sentence says of tourism.
    @Test func tourismCountsAndTravellersCustomsProcessed() {
        let records = Extractor().extract(report(
            "Năm 2024, tỉnh Quảng Ninh đón hơn 19 triệu lượt khách du lịch, trong đó khách quốc tế đạt 3,5 triệu lượt. "
                + "Nhằm hỗ trợ du lịch, Chi cục Hải quan cửa khẩu quốc tế Móng Cái đã làm thủ tục cho 1,2 triệu lượt khách xuất nhập cảnh. "
                + "Chi cục Hải quan cảng Hòn Gai làm thủ tục cho tàu du lịch quốc tế với hơn 60.000 lượt khách.",
            published: "2024-12-28"))
        #expect(records.map(\.value) == [1_200_000, 60_000])
        #expect(records.allSatisfy { $0.metric == .travellers })
    }

    /// Prosecutions are customs' own (spec §2): not those another body is asked to start, nor a total that
    /// holds others'; customs' own count after an earlier clause of transfers stays.
    @Test(arguments: [
        ("Năm 2024, Cục Hải quan Nghệ An đã đề nghị cơ quan điều tra khởi tố 3 vụ.", [Double]()),
        ("Năm 2024, toàn ngành Hải quan đã khởi tố 180 vụ án hình sự, trong đó cơ quan Hải quan khởi tố 52 vụ, "
            + "chuyển cơ quan khác khởi tố 128 vụ.", [52]),
        ("Năm 2024, toàn ngành Hải quan chuyển cơ quan khác khởi tố 128 vụ, khởi tố 52 vụ.", [52]),
        ("Năm 2024, toàn ngành Hải quan khởi tố 52 vụ án, chuyển cơ quan chức năng đề nghị khởi tố 128 vụ.", [52]),
    ])
    func prosecutionsAreCustomsOwn(body: String, values: [Double]) {
        let records = Extractor().extract(report(body, published: "2024-12-18"))
        #expect(records.filter { $0.metric == .prosecutions }.map(\.value) == values)
    }

    /// English enforcement wordings: a partner force or a body cases go to is no speaker; more verbs of
    /// violations; "customs violations"; fines "in fines" / "from (administrative) penalties"; the total
    /// value of the cases' goods.
    @Test(arguments: [
        ("In the first half of 2024, Quang Ninh Customs Department, in coordination with the Border Guard, detected 156 violations.",
         [Metric.violations], [156.0]),
        ("In the first half of 2024, Quang Ninh Customs Department detected 156 violations and handed over 7 cases to the police.",
         [.violations], [156]),
        ("In the first half of 2024, Quang Ninh Customs Department recorded 156 violations.", [.violations], [156]),
        ("In the first half of 2024, Quang Ninh Customs Department caught 156 smuggling cases.", [.violations], [156]),
        ("In the first half of 2024, Quang Ninh Customs Department detected and handled 156 customs violations.", [.violations], [156]),
        ("In the first half of 2024, Quang Ninh Customs Department collected VND 3.2 billion in fines.", [.fines], [3.2e9]),
        ("In the first half of 2024, Quang Ninh Customs Department collected VND 3.2 billion for the State budget from administrative penalties.",
         [.fines], [3.2e9]),
        ("In the first half of 2024, Quang Ninh Customs Department detected 156 cases with a total value of VND 12 billion.",
         [.violations, .violationValue], [156, 12e9]),
        ("In the first half of 2024, Quang Ninh Customs Department collected VND 3.2 billion from import and export activities.",
         [.revenue], [3.2e9]),
    ])
    func englishEnforcementWordings(body: String, metrics: [Metric], values: [Double]) {
        let records = Extractor().extract(report(body, published: "2024-07-03", language: "en"))
        #expect(records.map(\.metric) == metrics)
        #expect(records.map(\.value) == values)
    }

    /// English: a branch "under (the) / of" its department is the branch's; a quarter or month "of this
    /// year / last year" is that quarter or month; an attainment "of the State budget estimate", "of the
    /// 2024 estimate", ", or 24.6% of the yearly target".
    @Test(arguments: [
        ("In the first half of 2024, the Cha Lo Border Gate Customs Branch under the Quang Binh Customs Department collected VND 120 billion.",
         "vn.quang-binh.cua-khau-cha-lo", "2024-01-01", "2024-06-30", nil as Double?),
        ("In the first half of 2024, the Cha Lo Border Gate Customs Branch of Quang Binh Customs Department collected VND 120 billion.",
         "vn.quang-binh.cua-khau-cha-lo", "2024-01-01", "2024-06-30", nil),
        ("In the first quarter of this year, the Da Nang Customs Department collected VND 120 billion.", "vn.da-nang", "2024-01-01", "2024-03-31", nil),
        ("In May this year, the Da Nang Customs Department collected VND 120 billion.", "vn.da-nang", "2024-05-01", "2024-05-31", nil),
        ("In the third quarter of last year, the Da Nang Customs Department collected VND 120 billion.", "vn.da-nang", "2023-07-01", "2023-09-30", nil),
        ("In 2024, the Da Nang Customs Department collected VND 120 billion, equal to 105% of the State budget estimate.",
         "vn.da-nang", "2024-01-01", "2024-12-31", 105),
        ("In 2024, the Da Nang Customs Department collected VND 120 billion, completing 105% of the 2024 estimate.",
         "vn.da-nang", "2024-01-01", "2024-12-31", 105),
        ("The Da Nang Customs Department collected VND 120 billion in the first quarter of 2024, up 22% year on year, or 24.6% of the yearly target.",
         "vn.da-nang", "2024-01-01", "2024-03-31", 24.6),
    ])
    func englishBranchesPeriodsAndAttainments(body: String, office: String, start: String, end: String, attainment: Double?) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2024-10-20", language: "en")), .revenue))
        #expect(revenue.office == office)
        #expect(revenue.period == period(start, end))
        #expect(revenue.vsTargets.map(\.pct) == (attainment.map { [$0] } ?? []))
    }

    /// Periods of reviews: a count written out opening the sentence ("Chín tháng, …", "Trong sáu tháng, …"),
    /// "Trong quý," (the quarter of the period before), "cả năm đạt" dating what follows too.
    @Test(arguments: [
        ("Chín tháng, Chi cục Hải quan khu vực V thu ngân sách 2.120 tỷ đồng.", "2025-10-08", [("2025-01-01", "2025-09-30")]),
        ("Trong sáu tháng, Chi cục Hải quan khu vực V thu ngân sách 2.120 tỷ đồng.", "2025-07-08", [("2025-01-01", "2025-06-30")]),
        ("Quý I/2024, Cục Hải quan Nghệ An thu ngân sách đạt 812,4 tỷ đồng. Tháng 3/2024, số thu đạt 305,6 tỷ đồng. "
            + "Trong quý, đơn vị tiếp nhận 12.605 tờ khai.", "2024-04-10",
         [("2024-01-01", "2024-03-31"), ("2024-03-01", "2024-03-31"), ("2024-01-01", "2024-03-31")]),
        ("Năm 2025, Chi cục Hải quan khu vực V thu ngân sách đạt 21.350 tỷ đồng. Tháng 12 số thu đạt 2.215 tỷ đồng. "
            + "Kim ngạch xuất nhập khẩu cả năm đạt 112,6 tỷ USD. Tổng số tờ khai đạt 2,35 triệu tờ.", "2026-01-10",
         [("2025-01-01", "2025-12-31"), ("2025-12-01", "2025-12-31"), ("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-12-31")]),
    ])
    func periodsOfReviews(body: String, published: String, periods: [(String, String)]) {
        let records = Extractor().extract(report(body, published: published))
        #expect(records.map(\.period) == periods.map { period($0.0, $0.1) })
    }

    /// "so với kết quả thực hiện trong nửa cuối tháng 9/2025" (the customs releases' wording) compares with
    /// the period before, which does not become the current one.
    @Test func aComparisonWithTheResultOfThePeriodBefore() {
        let records = Extractor().extract(report(
            "Tháng 9/2025, Chi cục Hải quan khu vực V thu ngân sách 1.120 tỷ đồng, tăng 8% so với kết quả thực hiện trong tháng 8/2025. "
                + "Số tờ khai đạt 52.000 tờ.", published: "2025-10-10"))
        #expect(records.map(\.changePrevPeriodPct) == [8, nil])
        #expect(records.map(\.changePct) == [nil, nil])
        #expect(records.map(\.period) == [period("2025-09-01", "2025-09-30"), period("2025-09-01", "2025-09-30")])
    }

    /// Targets in more wordings: the amount of a target named with its year in parentheses, "phải thu",
    /// "Mục tiêu … là thu", "set a goal of collecting", "is tasked with collecting".
    @Test(arguments: [
        ("Năm 2025, Chi cục Hải quan khu vực XIV thu ngân sách đạt 12.700 tỷ đồng, đạt 104% so với dự toán năm 2025 (11.500 tỷ đồng).", "vi",
         [Metric.revenue, .revenueTarget]),
        ("Năm 2025, Chi cục Hải quan khu vực XIV thu ngân sách đạt 12.700 tỷ đồng, tăng 10% so với năm 2024 (11.500 tỷ đồng).", "vi",
         [.revenue, .revenue]),
        ("Theo kế hoạch, năm 2025, Chi cục Hải quan khu vực XIV phải thu 11.500 tỷ đồng.", "vi", [.revenueTarget]),
        ("Mục tiêu năm 2025 của Chi cục Hải quan khu vực XIV là thu 11.500 tỷ đồng.", "vi", [.revenueTarget]),
        ("For 2025, the customs sector has set a goal of collecting VND 460 trillion.", "en", [.revenueTarget]),
        ("For 2025, the customs sector is tasked with collecting VND 417 trillion.", "en", [.revenueTarget]),
    ])
    func targetsInMoreWordings(body: String, language: String, metrics: [Metric]) {
        let records = Extractor().extract(report(body, published: "2025-01-06", language: language))
        #expect(records.map(\.metric) == metrics)
        #expect(records.allSatisfy { $0.period.start?.year == $0.period.end?.year })
    }

    /// English names of the whole sector: "customs forces nationwide", "customs authorities across the
    /// country", "the GDVC", and after 3/2025 "the Customs Department" with no place.
    @Test(arguments: [
        ("In the first two months of 2024, customs forces nationwide detected 2,648 violations.\n\n"
            + "Notably, Ho Chi Minh City Customs Department seized 127 kg of drugs.", "2024-03-05", ["vn"]),
        ("In 2024, customs authorities across the country collected VND 410 trillion.", "2025-01-05", ["vn"]),
        ("In July, Hai Phong Customs Department collected VND 5.2 trillion. The GDVC collected VND 34.6 trillion in the month.",
         "2024-08-05", ["vn.hai-phong", "vn"]),
        ("In the first five months of 2025, the Customs Department collected VND 190.2 trillion. "
            + "The Region II Customs Branch contributed VND 52 trillion.", "2025-06-05", ["vn", "vn.kv2"]),
    ])
    func englishNamesOfTheWholeSector(body: String, published: String, offices: [String]) {
        let records = Extractor().extract(report(body, published: published, language: "en"))
        #expect(records.map(\.office) == offices)
    }

    /// Names of units and branches: a unit whose region follows it ("Hải quan Bắc Hà Nội (Chi cục Hải quan
    /// khu vực I)", "… thuộc Chi cục …"), a name opening with a cue word ("Hải quan Chuyển phát nhanh"),
    /// "KV I" after a port, "HQCK".
    @Test(arguments: [
        ("7 tháng năm 2025, Hải quan Bắc Hà Nội (Chi cục Hải quan khu vực I) tiếp nhận 52.300 tờ khai.", "2025-08-05", ["vn.kv1.bac-ha-noi"]),
        ("7 tháng năm 2025, Hải quan Quản lý hàng đầu tư thuộc Chi cục Hải quan khu vực II tiếp nhận 45.100 tờ khai.", "2025-08-05",
         ["vn.kv2.quan-ly-hang-dau-tu"]),
        ("7 tháng năm 2025, Chi cục Hải quan khu vực II phát hiện 356 vụ vi phạm, trong đó Hải quan Chuyển phát nhanh phát hiện 61 vụ.",
         "2025-08-05", ["vn.kv2", "vn.kv2.chuyen-phat-nhanh"]),
        ("6 tháng đầu năm 2024, Chi cục HQ CK cảng Sài Gòn KV I thu 312 tỷ đồng.", "2024-07-05",
         ["vn.ho-chi-minh.cua-khau-cang-sai-gon-khu-vuc-i"]),
        ("6 tháng đầu năm 2024, Cục Hải quan Lào Cai thu 650 tỷ đồng, trong đó Chi cục HQCK Quốc tế Lào Cai thu 312 tỷ đồng.", "2024-07-05",
         ["vn.lao-cai", "vn.lao-cai.cua-khau-quoc-te-lao-cai"]),
    ])
    func namesOfUnitsAndBranches(body: String, published: String, offices: [String]) {
        let records = Extractor().extract(report(body, published: published))
        #expect(records.map(\.office) == offices)
    }

    /// Not records (spec §2, §3): thresholds over which offices or enterprises are counted, of any unit;
    /// a penalty a rule sets; peak days. The leader named after a threshold keeps the ranked metric.
    @Test(arguments: [
        ("Năm 2024, có 12/35 Cục Hải quan tỉnh, thành phố phát hiện trên 500 vụ vi phạm.", [Double]()),
        ("Năm 2024, các Cục Hải quan có số vụ vi phạm từ 300 vụ trở lên gồm Quảng Ninh, Lạng Sơn và Hà Nội.", []),
        ("Năm 2024, tại Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị, các doanh nghiệp có trên 1.000 tờ khai chiếm 70% tổng số tờ khai.", []),
        ("Theo Nghị định 128/2020/NĐ-CP, hành vi khai sai mã số hàng hóa bị phạt tiền từ 20 triệu đồng đến 50 triệu đồng.", []),
        ("Năm 2024, Hải quan cửa khẩu quốc tế Cầu Treo làm thủ tục cho 89.600 lượt người; ngày cao điểm lên tới 1.200 lượt người.", [89_600]),
        ("Năm 2024, Chi cục Hải quan cửa khẩu quốc tế Móng Cái làm thủ tục cho 1.300 lượt xe. Ngày cao điểm nhất có 120 lượt xe.", [1_300]),
        ("Năm 2024, có 8 đơn vị thu trên 20.000 tỷ đồng. Dẫn đầu là Cục Hải quan TP Hồ Chí Minh với 135.720 tỷ đồng.", [135_720e9]),
        ("Năm 2024, có 8 Chi cục Hải quan khu vực thu trên 20.000 tỷ đồng. Đứng đầu là Cục Hải quan TP Hồ Chí Minh với 135.720 tỷ đồng.",
         [135_720e9]),
    ])
    func thresholdsRulesAndPeakDays(body: String, values: [Double]) {
        let records = Extractor().extract(report(body, published: "2025-01-05", title: "Tin hải quan"))
        #expect(records.map(\.value) == values)
    }

    /// Enforcement wordings: the goods' value in the sentence after the cases, or named after the amount;
    /// cases penalised told after the count ("vụ bị xử phạt").
    @Test(arguments: [
        ("5 tháng năm 2025, Cục Hải quan Long An phát hiện 45 vụ vi phạm. Hàng hóa vi phạm có tổng trị giá hơn 12 tỷ đồng.",
         [Metric.violations, .violationValue]),
        ("5 tháng năm 2025, Cục Hải quan Long An phát hiện 45 vụ vi phạm. Tổng trị giá hàng hóa tạm giữ khoảng 12 tỷ đồng.",
         [.violations, .violationValue]),
        ("5 tháng năm 2025, Cục Hải quan Long An phát hiện 45 vụ vi phạm với 12 tỷ đồng trị giá hàng vi phạm.", [.violations, .violationValue]),
        ("5 tháng năm 2025, Cục Hải quan Long An phát hiện 45 vụ vi phạm, trong đó 38 vụ bị xử phạt vi phạm hành chính.",
         [.violations, .penaltyCases]),
        ("5 tháng năm 2025, Cục Hải quan Long An làm thủ tục cho 1.200 tờ khai. Tổng trị giá hàng hóa xuất nhập khẩu đạt 120 triệu USD.",
         [.declarations, .tradeValue]),
    ])
    func enforcementValuesAndPenalisedCases(body: String, metrics: [Metric]) {
        let records = Extractor().extract(report(body, published: "2025-06-10"))
        #expect(records.map(\.metric) == metrics)
    }

    /// More English wordings: "goods imported and exported" and "arrivals and departures" (both, the
    /// total), parts "for exports / for imports" (also of a count in millions), "m-o-m" and "month on
    /// month", a change restated as an amount ("or VND 500 billion", "VND 500 billion higher than"), the
    /// whole country's or a province's budget, one commodity's trade, "the 2024 target".
    @Test(arguments: [
        ("In the first half of 2024, according to the General Department of Vietnam Customs, the total value of goods imported and exported "
            + "hit $386.29 billion.", ["trade_value total 386290000000.0"]),
        ("In the first half of 2024, HCMC Customs' trade value reached US$59.6 billion, including US$28.1 billion for exports and "
            + "US$31.5 billion for imports.", ["trade_value total 59600000000.0", "trade_value export 28100000000.0", "trade_value import 31500000000.0"]),
        ("In the first half of 2024, HCMC Customs handled 2.78 million declarations, including 1.52 million for exports and 1.26 million for imports.",
         ["declarations total 2780000.0", "declarations export 1520000.0", "declarations import 1260000.0"]),
        ("In the first half of 2024, the Mong Cai International Border Gate Customs Branch handled 1.2 million arrivals and departures.",
         ["travellers total 1200000.0"]),
        ("In the first half of 2024, Hai Phong Customs Department collected VND 4,500 billion, up 12.5 percent, or VND 500 billion.",
         ["revenue - 4500000000000.0"]),
        ("In the first half of 2024, Hai Phong Customs Department collected VND 4,500 billion, VND 500 billion higher than the same period last year.",
         ["revenue - 4500000000000.0"]),
        ("In the first half of 2024, Lang Son Customs Department collected VND 3,400 billion. "
            + "The State budget revenue of the whole country reached VND 1,056 trillion.", ["revenue - 3400000000000.0"]),
        ("In the first half of 2024, according to Lang Son Customs Department, garment exports reached US$420 million.", []),
    ])
    func moreEnglishWordings(body: String, records expected: [String]) {
        let records = Extractor().extract(report(body, published: "2024-08-02", language: "en"))
        #expect(records.map { "\($0.metric.rawValue) \($0.flow?.rawValue ?? "-") \($0.value)" } == expected)
    }

    /// "m-o-m", "month on month" are changes against the month before; "the 2024 target" dates its sentence.
    @Test func englishMonthOnMonthAndTheYearOfATarget() throws {
        let july = try #require(only(Extractor().extract(report(
            "In July, the General Department of Vietnam Customs collected VND34.6tn, down 1.4% m-o-m.", published: "2024-08-02", language: "en")),
            .revenue))
        #expect(july.changePrevPeriodPct == -1.4 && july.changePct == nil)
        let records = Extractor().extract(report(
            "In the first quarter, Ha Tinh Customs Department collected VND 1,230 billion, reaching 17.6% of the 2024 target of VND 7,000 billion.",
            published: "2024-04-05", language: "en"))
        #expect(records.map(\.period) == [period("2024-01-01", "2024-03-31"), period("2024-01-01", "2024-12-31")])
    }

    /// Wordings of the general press: "năm / tháng vừa qua", intensified changes ("tăng đột biến", "giảm
    /// sâu"), "chưa đầy" and "ít hơn" (under), "đóng góp cho ngân sách"; not customs': the renamed tax,
    /// treasury and statistics bodies, one commodity's or market's amount named after it, FDI, refunds.
    @Test(arguments: [
        ("Năm vừa qua, Cục Hải quan Lạng Sơn thu 8.850 tỷ đồng.", "2025-01-08", ["revenue 8850000000000.0 exact 2024-01-01 - chg nil"]),
        ("Tháng vừa qua, Cục Hải quan Lạng Sơn thu 850 tỷ đồng.", "2024-10-05", ["revenue 850000000000.0 exact 2024-09-01 - chg nil"]),
        ("9 tháng năm 2024, Cục Hải quan Lạng Sơn thu 6.850 tỷ đồng, tăng đột biến 95% so với cùng kỳ.", "2024-10-05",
         ["revenue 6850000000000.0 exact 2024-01-01 - chg 95.0"]),
        ("9 tháng năm 2024, Cục Hải quan Lạng Sơn thu 6.850 tỷ đồng, giảm sâu 25% so với cùng kỳ.", "2024-10-05",
         ["revenue 6850000000000.0 exact 2024-01-01 - chg -25.0"]),
        ("9 tháng năm 2024, Cục Hải quan Cao Bằng thu chưa đầy 450 tỷ đồng.", "2024-10-05", ["revenue 450000000000.0 under 2024-01-01 - chg nil"]),
        ("9 tháng năm 2024, Cục Hải quan Lạng Sơn đóng góp cho ngân sách 6.850 tỷ đồng.", "2024-10-05",
         ["revenue 6850000000000.0 exact 2024-01-01 - chg nil"]),
        ("9 tháng năm 2025, Chi cục Hải quan khu vực VI thu ngân sách 9.850 tỷ đồng. Trong khi đó, Thuế tỉnh Lạng Sơn thu 2.100 tỷ đồng. "
            + "Kho bạc Nhà nước khu vực VI cho biết tổng thu ngân sách đạt 9.100 tỷ đồng.", "2025-10-05",
         ["revenue 9850000000000.0 exact 2025-01-01 - chg nil"]),
        ("Theo Cục Hải quan, 9 tháng năm 2025, Việt Nam xuất khẩu 3,2 tỷ USD sầu riêng và 119,5 tỷ USD sang Hoa Kỳ.", "2025-10-15", []),
        ("Quý I/2025, Chi cục Hải quan khu vực III thu ngân sách đạt 15.340 tỷ đồng. Hải Phòng thu hút 1,1 tỷ USD vốn FDI. "
            + "Số thuế được hoàn là 1.200 tỷ đồng.", "2025-04-08", ["revenue 15340000000000.0 exact 2025-01-01 - chg nil"]),
    ])
    func wordingsOfTheGeneralPress(body: String, published: String, expected: [String]) {
        let records = Extractor().extract(report(body, published: published))
        #expect(records.map { "\($0.metric.rawValue) \($0.value) \($0.qualifier.rawValue) \($0.period.start.map { "\($0)" } ?? "nil") - chg \($0.changePct.map { "\($0)" } ?? "nil")" }
                == expected)
    }

    /// A bare province as the subject of a comparison or ranking, or "Tại <tỉnh>," opening a sentence, is
    /// that province's customs (spec §1), not the office named before.
    @Test(arguments: [
        ("2 tháng đầu năm 2024, kim ngạch xuất nhập khẩu qua Cục Hải quan Lạng Sơn đạt 1,02 tỷ USD. Lào Cai đạt 365 triệu USD.",
         ["vn.lang-son", "vn.lao-cai"]),
        ("Năm 2024, toàn ngành Hải quan thu ngân sách 420.000 tỷ đồng. Đồng Nai đứng thứ ba với số thu 18.300 tỷ đồng.", ["vn", "vn.dong-nai"]),
        ("Năm 2024, toàn ngành Hải quan thu ngân sách 420.000 tỷ đồng. Đứng thứ ba là Bà Rịa - Vũng Tàu, thu 48.300 tỷ đồng.",
         ["vn", "vn.ba-ria-vung-tau"]),
        ("6 tháng đầu năm 2024, Cục Hải quan Tây Ninh thu ngân sách đạt 345 tỷ đồng. Trong khi đó, tại Long An, số thu đạt 1.520 tỷ đồng.",
         ["vn.tay-ninh", "vn.long-an"]),
        ("Quý I/2024, tổng kim ngạch xuất nhập khẩu của Việt Nam đạt 178,08 tỷ USD, theo Tổng cục Hải quan. TP Hồ Chí Minh dẫn đầu cả nước "
            + "về kim ngạch xuất nhập khẩu với 27,2 tỷ USD; tiếp theo là Bắc Ninh với 16,6 tỷ USD.", ["vn", "vn.ho-chi-minh", "vn.bac-ninh"]),
    ])
    func aBareProvinceRankedOrCompared(body: String, offices: [String]) {
        let records = Extractor().extract(report(body, published: "2025-01-05"))
        #expect(records.map(\.office) == offices)
    }

    /// In a January report, a period with no year that would begin after publication ("Quý IV", "Riêng tháng 12")
    /// is last year's; the year a title names dates the body's periods with none.
    @Test(arguments: [
        ("Quý IV, Cục Hải quan Lạng Sơn thu 2.950 tỷ đồng. Riêng tháng 12, số thu đạt 950 tỷ đồng.", nil as String?,
         [("2024-10-01", "2024-12-31"), ("2024-12-01", "2024-12-31")]),
        ("Cả năm, Cục Hải quan Lạng Sơn thu 8.950 tỷ đồng, bằng 149% dự toán. Riêng tháng 12, số thu đạt 950 tỷ đồng.",
         "Hải quan Lạng Sơn: năm 2024 thu ngân sách vượt 8.900 tỷ đồng", [("2024-01-01", "2024-12-31"), ("2024-12-01", "2024-12-31")]),
    ])
    func periodsOfAJanuaryReport(body: String, title: String?, periods: [(String, String)]) {
        let records = Extractor().extract(report(body, published: "2025-01-10", title: title))
        #expect(records.map(\.period) == periods.map { period($0.0, $0.1) })
    }

    /// The provinces a region is said to manage describe it ("(quản lý địa bàn Quảng Trị và TP Huế)"); what
    /// an office became ("(nay là Chi cục Hải quan khu vực VI)") is not the office of its figures.
    @Test(arguments: [
        ("Chi cục Hải quan khu vực IX (quản lý địa bàn Quảng Trị và TP Huế) cho biết, 9 tháng năm 2025, số thu ngân sách đạt 4.315 tỷ đồng. "
            + "Trong đó, số thu tại địa bàn tỉnh Quảng Trị đạt 1.960 tỷ đồng.", "2025-10-03", ["vn.kv9", "vn.quang-tri"]),
        ("Chi cục Hải quan khu vực IX, đơn vị quản lý địa bàn tỉnh Quảng Trị và TP Huế, cho biết 9 tháng năm 2025 số thu ngân sách đạt 4.315 tỷ đồng.",
         "2025-10-03", ["vn.kv9"]),
        ("Theo Chi cục Hải quan khu vực XVI (phụ trách địa bàn An Giang và Đồng Tháp), 7 tháng năm 2025, số thu ngân sách của Chi cục đạt 1.820 tỷ đồng.",
         "2025-08-06", ["vn.kv16"]),
        ("Năm 2024, Cục Hải quan Lạng Sơn (nay là Chi cục Hải quan khu vực VI) thu ngân sách 8.850 tỷ đồng.", "2025-04-12", ["vn.lang-son"]),
    ])
    func whatDescribesAnOffice(body: String, published: String, offices: [String]) {
        let records = Extractor().extract(report(body, published: published))
        #expect(records.map(\.office) == offices)
    }

    /// A line break inside a sentence (HTML source, a Markdown soft break, hard-wrapped text) is a space;
    /// a paragraph break or a numbered item after it is not.
    @Test(arguments: [
        ("<p>Năm 2024, Cục Hải quan Lạng Sơn thu ngân sách nhà nước đạt 6.850,2\ntỷ đồng, tăng\n22,4% so với cùng kỳ.</p>", ContentType.html),
        ("Năm 2024, Cục Hải quan Lạng Sơn thu ngân sách nhà nước đạt 6.850,2\ntỷ đồng, tăng\n22,4% so với cùng kỳ.", .markdown),
        ("Năm 2024, Cục Hải quan Lạng Sơn thu ngân sách nhà nước đạt 6.850,2\n  tỷ đồng, tăng\n22,4% so với cùng kỳ.", .plain),
    ])
    func aLineBreakInsideASentence(body: String, type: ContentType) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2024-12-30", type: type)), .revenue))
        #expect(revenue.value == 6_850_200_000_000)
        #expect(revenue.changePct == 22.4)
        // Evidence still points into the original body, across the break.
        let bytes = Array(body.utf8)
        #expect(String(decoding: bytes[revenue.evidence.start..<revenue.evidence.end], as: UTF8.self) == "6.850,2\ntỷ đồng"
                || String(decoding: bytes[revenue.evidence.start..<revenue.evidence.end], as: UTF8.self) == "6.850,2\n  tỷ đồng")
        let items = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Lạng Sơn thu 6.850 tỷ đồng\n1. Chi cục Hải quan cửa khẩu Hữu Nghị thu 3.120 tỷ đồng\n"
                + "2. Chi cục Hải quan cửa khẩu Tân Thanh thu 2.100 tỷ đồng", published: "2024-12-30", type: type))
        #expect(items.map(\.office) == ["vn.lang-son", "vn.lang-son.cua-khau-huu-nghi", "vn.lang-son.cua-khau-tan-thanh"])
    }

    /// Related-article lines in the layouts of news pages are not the report's, nor do their periods and
    /// offices carry into it.
    @Test(arguments: [
        "- Xem thêm: Hải quan Quảng Ninh thu ngân sách 11 tháng đạt 9.120 tỷ đồng",
        "> Xem thêm: Hải quan Quảng Ninh thu ngân sách 11 tháng đạt 9.120 tỷ đồng",
        "Xem thêm >> Hải quan Quảng Ninh thu ngân sách 11 tháng đạt 9.120 tỷ đồng",
        "Bài liên quan: Hải quan Quảng Ninh thu ngân sách 11 tháng đạt 9.120 tỷ đồng",
        "Xem thêm:\nHải quan Quảng Ninh thu ngân sách 11 tháng đạt 9.120 tỷ đồng",
    ])
    func relatedArticleLines(line: String) {
        let records = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Lạng Sơn thu ngân sách 6.850 tỷ đồng.\n\(line)\nĐơn vị đã làm thủ tục cho 98.650 tờ khai.",
            published: "2024-12-30"))
        #expect(records.map(\.value) == [6_850_000_000_000, 98_650])
        #expect(records.allSatisfy { $0.office == "vn.lang-son" && $0.period == period("2024-01-01", "2024-12-31") })
    }

    /// An office's amount after its share ("chiếm tỷ trọng lớn nhất với số thu …", "chiếm 48% với …"); customs'
    /// revenue "từ hoạt động xuất nhập khẩu trên địa bàn tỉnh X" is the province's customs, not its budget.
    @Test(arguments: [
        ("6 tháng đầu năm 2025, Chi cục Hải quan khu vực II thu ngân sách 66.210 tỷ đồng. Hải quan cửa khẩu cảng Cát Lái chiếm tỷ trọng "
            + "lớn nhất với số thu 22.300 tỷ đồng.", ["vn.kv2 66210000000000.0", "vn.kv2.cua-khau-cang-cat-lai 22300000000000.0"]),
        ("Năm 2024, kim ngạch xuất nhập khẩu qua Cục Hải quan An Giang đạt 612 triệu USD. Trong đó, cửa khẩu quốc tế Tịnh Biên chiếm 48% "
            + "với khoảng 294 triệu USD.", ["vn.an-giang 612000000.0", "vn.an-giang.cua-khau-quoc-te-tinh-bien 294000000.0"]),
        ("Theo số liệu của Cục Hải quan, năm 2024 kim ngạch xuất nhập khẩu qua địa bàn tỉnh Quảng Ninh đạt 12,3 tỷ USD; số thu ngân sách "
            + "nhà nước từ hoạt động xuất nhập khẩu trên địa bàn tỉnh Quảng Ninh đạt 11.600 tỷ đồng.",
         ["vn.quang-ninh 12300000000.0", "vn.quang-ninh 11600000000000.0"]),
    ])
    func sharesAndRevenueFromTradeInAProvince(body: String, expected: [String]) {
        let records = Extractor().extract(report(body, published: "2025-07-15"))
        #expect(records.map { "\($0.office) \($0.value)" } == expected)
    }

    /// After 3/2025, "khu vực III" alone, in a report that named a region in full, is that region (not
    /// the rest of another body's name, "Chi cục Thuế khu vực II").
    @Test(arguments: [
        ("Năm 2025, Chi cục Hải quan khu vực II thu 142.500 tỷ đồng, tiếp theo là khu vực III với 82.300 tỷ đồng.", ["vn.kv2", "vn.kv3"]),
        ("Năm 2025, Chi cục Hải quan khu vực II thu 142.500 tỷ đồng. Khu vực III thu 82.300 tỷ đồng.", ["vn.kv2", "vn.kv3"]),
        ("Năm 2025, Chi cục Hải quan khu vực VI thu ngân sách 9.850 tỷ đồng. Chi cục Thuế khu vực II thu ngân sách 125.000 tỷ đồng.", ["vn.kv6"]),
    ])
    func aRegionNamedShort(body: String, offices: [String]) {
        let records = Extractor().extract(report(body, published: "2026-01-05"))
        #expect(records.map(\.office) == offices)
    }

    /// Spans of years ("Từ năm 2021 đến (hết) năm 2025", "Từ 2021 đến nay"), and a difference told with
    /// "nhiều hơn năm 2023 khoảng …" or "chênh lệch … so với năm trước" (no level of its own).
    @Test(arguments: [
        ("Từ năm 2021 đến năm 2025, Cục Hải quan Lạng Sơn thu ngân sách 32.500 tỷ đồng.", "2025-12-20", ["2021-01-01…2025-12-31"]),
        ("Từ năm 2021 đến hết năm 2024, Cục Hải quan Lạng Sơn thu ngân sách 32.500 tỷ đồng.", "2025-12-20", ["2021-01-01…2024-12-31"]),
        ("Từ 2021 đến nay, Cục Hải quan Lạng Sơn thu ngân sách 32.500 tỷ đồng.", "2025-12-20", ["2021-01-01…2025-12-20"]),
        ("Năm 2024, Cục Hải quan Lạng Sơn thu 8.850 tỷ đồng, nhiều hơn năm 2023 khoảng 2.400 tỷ đồng.", "2025-01-05", ["2024-01-01…2024-12-31"]),
        ("Năm 2024, Cục Hải quan Lạng Sơn thu 8.850 tỷ đồng, chênh lệch 2.400 tỷ đồng so với năm trước.", "2025-01-05", ["2024-01-01…2024-12-31"]),
    ])
    func spansOfYearsAndDifferences(body: String, published: String, periods: [String]) {
        let records = Extractor().extract(report(body, published: published))
        #expect(records.map { "\($0.period.start.map { "\($0)" } ?? "nil")…\($0.period.end.map { "\($0)" } ?? "nil")" } == periods)
    }

    /// Offices named the provincial press's way: "Cục Hải quan tỉnh" with no name (the province the text
    /// names), "ngành Hải quan (tỉnh) Quảng Ninh"; regions sharing one head ("các Chi cục Hải quan khu vực
    /// VI, VII và VIII … lần lượt").
    @Test(arguments: [
        ("Chiều 17/12, Phó Chủ tịch UBND tỉnh Lạng Sơn làm việc với Cục Hải quan tỉnh. Theo báo cáo, tính đến ngày 15/12/2024, "
            + "tổng số thu ngân sách đạt 8.612 tỷ đồng.", "2024-12-18", ["vn.lang-son"]),
        ("Năm 2024, ngành Hải quan Quảng Ninh thu ngân sách 14.120 tỷ đồng.", "2025-01-05", ["vn.quang-ninh"]),
        ("Năm 2025, các Chi cục Hải quan khu vực VI, VII và VIII lần lượt thu 12.850 tỷ đồng, 2.950 tỷ đồng và 16.250 tỷ đồng.",
         "2026-01-05", ["vn.kv6", "vn.kv7", "vn.kv8"]),
        ("Năm 2025, Chi cục Hải quan khu vực VI và VIII lần lượt thu 12.850 tỷ đồng và 16.250 tỷ đồng.", "2026-01-05", ["vn.kv6", "vn.kv8"]),
    ])
    func officesNamedTheProvincialPressesWay(body: String, published: String, offices: [String]) {
        let records = Extractor().extract(report(body, published: published))
        #expect(records.map(\.office) == offices)
    }

    /// "giảm N lần" is a ratio of 1/N (spec §5: a ratio turns into a change), as "tăng / gấp N lần" is N.
    @Test func aDecreaseByAFactor() throws {
        let record = try #require(only(Extractor().extract(report(
            "Năm 2024, toàn ngành Hải quan phát hiện 17.500 vụ vi phạm, giảm 2,5 lần so với năm 2023.", published: "2025-01-03")), .violations))
        #expect(record.changePct == -60)
    }

    /// Trade in đồng with its dollars "(tương đương … USD)" is in dollars (spec §2); revenue stays in đồng.
    @Test func tradeWithItsDollarsEquivalent() {
        let records = Extractor().extract(report(
            "Năm 2024, kim ngạch xuất nhập khẩu qua Cục Hải quan Quảng Trị đạt 38.500 tỷ đồng (tương đương 1,58 tỷ USD). "
                + "Đơn vị thu ngân sách 3.500 tỷ đồng (tương đương 140 triệu USD).", published: "2025-01-05"))
        #expect(records.map { "\($0.metric.rawValue) \($0.unit.rawValue) \($0.value)" }
                == ["trade_value USD 1580000000.0", "revenue VND 3500000000000.0"])
    }

    /// Old spellings with a final "i" ("quí", "kì", "tỉ", "quản lí") are the same words as "quý", "kỳ",
    /// "tỷ", "quản lý": read alike.
    @Test(arguments: [
        "Quý I/2024, Cục Hải quan Bình Dương thu 4.100 tỷ đồng, tăng 9% so với cùng kỳ năm 2023.",
        "Quí I/2024, Cục Hải quan Bình Dương thu 4.100 tỉ đồng, tăng 9% so với cùng kì năm 2023.",
        "Trong quí 1 năm 2024, Cục Hải quan Bình Dương thu 4.100 tỉ đồng, tăng 9% so với cùng kì.",
    ])
    func oldSpellingsOfTheSameWords(body: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2024-04-03")), .revenue))
        #expect(revenue.value == 4_100_000_000_000)
        #expect(revenue.period == period("2024-01-01", "2024-03-31"))
        #expect(revenue.changePct == 9)
    }

    /// English periods the press writes as attributes ("June revenue", "nine-month", "second-quarter",
    /// "first-half"), "As at" / "Up to" / "To date", "by the end of the second quarter", and a range
    /// whose last day has no month ("from February 8 to 16", "từ ngày 8/2 đến ngày 16").
    @Test(arguments: [
        ("The Hai Phong Customs Department's June revenue reached VND 5,200 billion.", "en", "2024-06-01…2024-06-30"),
        ("The nine-month revenue of the Hai Phong Customs Department was VND 5,200 billion.", "en", "2024-01-01…2024-09-30"),
        ("The Hai Phong Customs Department's 10-month revenue was VND 5,200 billion.", "en", "2024-01-01…2024-10-31"),
        ("The Hai Phong Customs Department's second-quarter revenue was VND 5,200 billion.", "en", "2024-04-01…2024-06-30"),
        ("First-half revenue of the Hai Phong Customs Department was VND 5,200 billion.", "en", "2024-01-01…2024-06-30"),
        ("As at September 30, the Hai Phong Customs Department had collected VND 5,200 billion.", "en", "2024-01-01…2024-09-30"),
        ("Up to September 30, the Hai Phong Customs Department had collected VND 5,200 billion.", "en", "2024-01-01…2024-09-30"),
        ("To date, the Hai Phong Customs Department has collected VND 5,200 billion.", "en", "2024-01-01…2024-11-05"),
        ("By the end of the second quarter, the Hai Phong Customs Department had collected VND 5,200 billion.", "en",
         "2024-01-01…2024-06-30"),
        ("From February 8 to 16, the Hai Phong Customs Department collected VND 5,200 billion.", "en", "2024-02-08…2024-02-16"),
        ("Từ ngày 8/2 đến ngày 16, Cục Hải quan Hải Phòng thu 5.200 tỷ đồng.", "vi", "2024-02-08…2024-02-16"),
    ])
    func englishAttributivePeriodsAndOpenEnds(body: String, language: String, expected: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2024-11-05", language: language)), .revenue))
        #expect("\(revenue.period.start.map { "\($0)" } ?? "nil")…\(revenue.period.end.map { "\($0)" } ?? "nil")" == expected)
    }

    /// Goods' value without "kim ngạch": goods cleared ("giá trị hàng hóa thông quan"), and an amount of
    /// goods, then their value ("đạt 1,2 triệu tấn, trị giá 2,1 tỷ USD"), whose goods the words before the
    /// amount name (traded goods are trade, with their direction; seized ones stay the violations').
    @Test(arguments: [
        ("6 tháng đầu năm 2024, tổng giá trị hàng hóa thông quan qua Cục Hải quan Lạng Sơn đạt 2,1 tỷ USD.",
         ["trade_value total 2100000000.0"]),
        ("6 tháng đầu năm 2024, hàng hóa nhập khẩu qua Cục Hải quan Lạng Sơn đạt 1,2 triệu tấn, trị giá 2,1 tỷ USD.",
         ["trade_value import 2100000000.0"]),
        ("6 tháng đầu năm 2024, hàng hóa xuất nhập khẩu qua Cục Hải quan Lạng Sơn đạt 1,2 triệu tấn, với tổng trị giá 2,1 tỷ USD.",
         ["trade_value total 2100000000.0"]),
        ("6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn phát hiện 120 vụ vi phạm, thu giữ 3 tấn hàng hóa, trị giá 50 tỷ đồng.",
         ["violations - 120.0", "violation_value - 50000000000.0"]),
    ])
    func valueOfGoodsWithoutKimNgach(body: String, expected: [String]) {
        let records = Extractor().extract(report(body, published: "2024-07-05"))
        #expect(records.map { "\($0.metric.rawValue) \($0.flow?.rawValue ?? "-") \($0.value)" } == expected)
    }

    /// Spans of years ("giai đoạn 2021 - 2025", "5 năm (2021-2025)", "the 2021-2025 period") and the
    /// quarter before publication's ("Quý trước", "quý vừa qua"; but the quarter itself in its last days).
    @Test(arguments: [
        ("Trong giai đoạn 2021 - 2025, Cục Hải quan Đồng Nai thu 85.000 tỷ đồng.", "2026-01-05", "vi", "2021-01-01…2025-12-31"),
        ("Trong 5 năm (2021-2025), Cục Hải quan Đồng Nai thu 85.000 tỷ đồng.", "2026-01-05", "vi", "2021-01-01…2025-12-31"),
        ("In the 2021-2025 period, the Dong Nai Customs Department collected VND 85,000 billion.", "2026-01-05", "en",
         "2021-01-01…2025-12-31"),
        ("Quý trước, Cục Hải quan Đồng Nai thu 4.500 tỷ đồng.", "2024-01-05", "vi", "2023-10-01…2023-12-31"),
        ("Quý vừa qua, Cục Hải quan Đồng Nai thu 4.500 tỷ đồng.", "2024-07-05", "vi", "2024-04-01…2024-06-30"),
        ("Quý vừa qua, Cục Hải quan Đồng Nai thu 4.500 tỷ đồng.", "2024-06-28", "vi", "2024-04-01…2024-06-30"),
    ])
    func spansOfYearsAndTheQuarterBefore(body: String, published: String, language: String, expected: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: published, language: language)), .revenue))
        #expect("\(revenue.period.start.map { "\($0)" } ?? "nil")…\(revenue.period.end.map { "\($0)" } ?? "nil")" == expected)
    }

    /// A range whose two ends carry the unit needs no opening word ("đạt 3,5 tỷ USD - 4 tỷ USD", "reach
    /// US$3.5 billion to US$4 billion"); "sets of declarations" are declarations.
    @Test(arguments: [
        ("Năm 2024, kim ngạch qua Cục Hải quan Đồng Nai dự kiến đạt 3,5 tỷ USD - 4 tỷ USD.", "vi"),
        ("This year, trade through the Dong Nai Customs Department is expected to reach US$3.5 billion to US$4 billion.", "en"),
    ])
    func rangesWithTheUnitOnBothEnds(body: String, language: String) throws {
        let trade = try #require(only(Extractor().extract(report(body, published: "2024-07-05", language: language)), .tradeValue))
        #expect(trade.value == 3_500_000_000 && trade.valueMax == 4_000_000_000 && trade.qualifier == .range)
    }

    @Test func setsOfDeclarations() throws {
        let records = Extractor().extract(report(
            "In the first half of 2024, the Dong Nai Customs Department handled 120,500 sets of declarations.",
            published: "2024-07-05", language: "en"))
        #expect(try #require(only(records, .declarations)).value == 120_500)
    }

    /// Before 3/2025 a branch named after a province that had no department of its own belongs to the
    /// report's department ("Chi cục Hải quan Vĩnh Long" under Cần Thơ's); a gate's stays its province's.
    @Test func branchNamedAfterAProvinceWithoutItsOwnDepartment() {
        let records = Extractor().extract(report(
            "6 tháng đầu năm 2024, Cục Hải quan TP Cần Thơ thu 600 tỷ đồng. Trong đó, Chi cục Hải quan Vĩnh Long thu 120 tỷ đồng, "
                + "Chi cục Hải quan Sóc Trăng thu 80 tỷ đồng, Chi cục Hải quan cửa khẩu Tân Thanh thu 5 tỷ đồng.",
            published: "2024-07-05", title: "Hải quan Cần Thơ"))
        #expect(records.map(\.office) == ["vn.can-tho", "vn.can-tho.vinh-long", "vn.can-tho.soc-trang", "vn.lang-son.cua-khau-tan-thanh"])
    }

    /// Counted nouns listed before "lần lượt" give the figures their metrics in order, as "thu ngân
    /// sách và kim ngạch … lần lượt" does ("lượng phương tiện và hành khách … 120.000 lượt và 1,5 triệu lượt").
    @Test func countedNounsListedBeforeRespectively() {
        let records = Extractor().extract(report(
            "6 tháng đầu năm 2024, lượng phương tiện và hành khách xuất nhập cảnh qua Cục Hải quan Tây Ninh lần lượt đạt "
                + "120.000 lượt và 1,5 triệu lượt.", published: "2024-07-05"))
        #expect(records.map(\.metric) == [.vehicles, .travellers])
        #expect(records.map(\.value) == [120_000, 1_500_000])
    }

    /// "<Name> Port Customs (Branch)" is the branch (a unit from 3/2025) of the port's gate, "cửa khẩu cảng
    /// <Name>", as "<Name> International Airport Customs Branch" is the airport's.
    @Test(arguments: [
        ("In the first half of 2024, the Cai Lan Port Customs Branch under the Quang Ninh Customs Department collected "
            + "VND 2,100 billion.", "2024-07-05", "vn.quang-ninh.cua-khau-cang-cai-lan"),
        ("In the first half of 2025, Cai Lan Port Customs under the Region VIII Customs Branch collected VND 2,100 billion.",
         "2025-07-05", "vn.kv8.cua-khau-cang-cai-lan"),
    ])
    func englishPortCustoms(body: String, published: String, office: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: published, language: "en")), .revenue))
        #expect(revenue.office == office)
    }

    /// A period after a multiple ("bằng 1,2 lần tháng 3", "gấp 1,5 lần năm 2023") is the base compared
    /// with, not the figure's; "1.5 times that of April 2023" is a change as "1.5 times higher" is.
    @Test(arguments: [
        ("Tháng 4/2024, Cục Hải quan Đồng Nai thu 1.500 tỷ đồng. Số tờ khai bằng 1,2 lần tháng 3, đạt 22.000 tờ khai.", "vi",
         Metric.declarations, nil as Double?),
        ("In April 2024, the Dong Nai Customs Department collected VND 1,500 billion, 1.5 times that of April 2023.", "en",
         Metric.revenue, 50),
    ])
    func periodsAfterAMultiple(body: String, language: String, metric: Metric, change: Double?) throws {
        let record = try #require(only(Extractor().extract(report(body, published: "2024-05-05", language: language)), metric))
        #expect(record.period == period("2024-04-01", "2024-04-30"))
        #expect(record.changePct == change)
    }

    /// Tết days told again in the lunar calendar, in parentheses after the solar range, do not replace it
    /// ("(tức 26 tháng Chạp đến mùng 5 Tết)"); "mùng 5 tháng Giêng" is a day of Tết, not five months.
    @Test(arguments: [
        "Từ ngày 25/1 đến ngày 2/2/2025 (tức 26 tháng Chạp đến mùng 5 Tết), Hải quan cửa khẩu quốc tế Móng Cái làm thủ tục "
            + "cho 3.126 lượt phương tiện.",
        "Từ ngày 25/1 đến ngày 2/2/2025 (từ 26 tháng Chạp đến mùng 5 tháng Giêng), Hải quan cửa khẩu quốc tế Móng Cái làm "
            + "thủ tục cho 3.126 lượt phương tiện.",
    ])
    func lunarDaysRestatedInParentheses(body: String) throws {
        let vehicles = try #require(only(Extractor().extract(report(body, published: "2025-02-06")), .vehicles))
        #expect(vehicles.period == period("2025-01-25", "2025-02-02"))
    }

    /// "vượt 5% so với tiến độ" is ahead of the schedule: no year-on-year change (spec §5).
    @Test func aheadOfTheScheduleIsNoChange() throws {
        let revenue = try #require(only(Extractor().extract(report(
            "5 tháng năm 2024, Cục Hải quan Bình Dương thu ngân sách đạt 10.200 tỷ đồng, vượt 5% so với tiến độ, bằng 42,5% dự toán.",
            published: "2024-06-20")), .revenue))
        #expect(revenue.changePct == nil)
        #expect(revenue.vsTargets == [TargetAttainment(kind: .estimate, pct: 42.5)])
    }

    /// A moment's count (a queue, a peak day) is not the period's total (spec §3: rates are not records).
    @Test(arguments: [
        ("Tháng 1/2025, Hải quan cửa khẩu quốc tế Hữu Nghị làm thủ tục cho 24.500 lượt xe. Có thời điểm lượng xe chờ thông "
            + "quan lên tới 1.500 xe. Có ngày lên tới 1.200 lượt xe.", "vi"),
        ("In January 2025, the Huu Nghi International Border Gate Customs Branch cleared 24,500 vehicles. About 1,200 vehicles "
            + "were cleared on the busiest day.", "en"),
    ])
    func aMomentsCountIsNoTotal(body: String, language: String) {
        let records = Extractor().extract(report(body, published: "2025-02-10", language: language))
        #expect(records.map(\.value) == [24_500])
    }

    /// A non-customs body named at a meeting or a visit ("Tham dự hội nghị có Phó Chủ tịch UBND tỉnh …",
    /// "… kiểm tra cửa khẩu …", "Phát biểu tại hội nghị, …") does not speak for the next sentences' figures;
    /// one that tells something ("Theo Sở Công Thương, …") still does.
    @Test(arguments: [
        ("Ngày 10/7, Cục Hải quan Lạng Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. Tham dự hội nghị có Phó "
            + "Chủ tịch UBND tỉnh Lạng Sơn.\n\n6 tháng đầu năm 2024, Cục thu ngân sách đạt 4.120 tỷ đồng.", [4_120_000_000_000.0]),
        ("Sáng 14/7, Phó Chủ tịch UBND tỉnh Lạng Sơn kiểm tra tình hình hoạt động tại cửa khẩu Tân Thanh. 6 tháng đầu năm "
            + "2024, đơn vị thu ngân sách đạt 4.120 tỷ đồng.", [4_120_000_000_000]),
        ("Theo Sở Công Thương tỉnh Lạng Sơn, hoạt động xuất nhập khẩu phục hồi. 6 tháng đầu năm 2024, kim ngạch đạt 2,1 tỷ USD.",
         []),
    ])
    func aBodyAtAMeetingDoesNotSpeakForTheFigures(body: String, values: [Double]) {
        let records = Extractor().extract(report(body, published: "2024-07-12", title: "Cục Hải quan Lạng Sơn sơ kết 6 tháng"))
        #expect(records.map(\.value) == values)
    }

    /// The half-month releases' periods: months and a half ("5,5 tháng đầu năm", "9 tháng rưỡi": to the
    /// 15th), "2 tuần đầu tháng", "the first fortnight / two weeks of October", "nửa đầu tháng này"; their
    /// comparisons with "kỳ liền trước" / "the previous fortnight" are against the period before.
    @Test(arguments: [
        ("Theo Tổng cục Hải quan, 5,5 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu đạt 340,1 tỷ USD.", "2024-06-20", "vi",
         "2024-01-01…2024-06-15", nil as Double?),
        ("Theo Tổng cục Hải quan, trong 9 tháng rưỡi đầu năm 2024, kim ngạch xuất khẩu đạt 320,1 tỷ USD.", "2024-10-22", "vi",
         "2024-01-01…2024-10-15", nil),
        ("Theo Tổng cục Hải quan, 2 tuần đầu tháng 10/2024, trị giá xuất khẩu đạt 17,92 tỷ USD, giảm 9,4% so với kỳ liền trước.",
         "2024-10-24", "vi", "2024-10-01…2024-10-15", -9.4),
        ("Theo Tổng cục Hải quan, trong nửa đầu tháng này, trị giá xuất khẩu đạt 17,92 tỷ USD.", "2024-10-25", "vi",
         "2024-10-01…2024-10-15", nil),
        ("According to the General Department of Vietnam Customs, in the first two weeks of October, exports reached US$17.92 "
            + "billion, down 9.4% from the previous fortnight.", "2024-10-24", "en", "2024-10-01…2024-10-15", -9.4),
    ])
    func halfMonthReleases(body: String, published: String, language: String, expected: String, previous: Double?) throws {
        let trade = try #require(only(Extractor().extract(report(body, published: published, language: language)), .tradeValue))
        #expect("\(trade.period.start.map { "\($0)" } ?? "nil")…\(trade.period.end.map { "\($0)" } ?? "nil")" == expected)
        #expect(trade.changePrevPeriodPct == previous)
        #expect(trade.changePct == nil)
    }

    /// An aim for the rest of the year named right before it ("6 tháng cuối năm, … phấn đấu thu …") keeps
    /// that period; an annual estimate told after a figure of the half stays the year's.
    @Test func anAimForTheRestOfTheYear() {
        let records = Extractor().extract(report(
            "6 tháng đầu năm 2025, Chi cục Hải quan khu vực VIII thu ngân sách 7.815 tỷ đồng. Nhiệm vụ 6 tháng cuối năm, Chi cục "
                + "phấn đấu thu ngân sách 8.700 tỷ đồng. 6 tháng cuối năm 2024, Chi cục thu 8.000 tỷ đồng, bằng 105% dự toán "
                + "(15.000 tỷ đồng).", published: "2025-07-12"))
        let targets = records.filter { $0.metric == .revenueTarget }
        #expect(targets.map(\.value) == [8_700_000_000_000, 15_000_000_000_000])
        #expect(targets.map(\.period) == [period("2025-07-01", "2025-12-31"), .year(2024)])
    }

    /// Changes listed after figures listed with "lần lượt", or in parallel clauses parted by ";", share the
    /// comparison written once at the end: against the period before, each its own.
    @Test(arguments: [
        "Theo Tổng cục Hải quan, trong kỳ 1 tháng 10/2024, trị giá xuất khẩu và nhập khẩu lần lượt đạt 17,92 tỷ USD và "
            + "17,26 tỷ USD, giảm 9,4% và 4,6% so với nửa cuối tháng 9/2024.",
        "Theo Tổng cục Hải quan, trong kỳ 1 tháng 10/2024, trị giá xuất khẩu đạt 17,92 tỷ USD, giảm 9,4%; trị giá nhập khẩu "
            + "đạt 17,26 tỷ USD, giảm 4,6% so với nửa cuối tháng 9/2024.",
    ])
    func listedChangesAgainstThePeriodBefore(body: String) {
        let records = Extractor().extract(report(body, published: "2024-10-24"))
        #expect(records.map(\.flow) == [.export, .import])
        #expect(records.map(\.changePrevPeriodPct) == [-9.4, -4.6])
        #expect(records.map(\.changePct) == [nil, nil])
    }

    /// An office named after a figure as the whole it is a share of ("…, chiếm 42% tổng thu của Chi cục Hải quan
    /// khu vực VI") is not the figure's: the unit the sentence is about is.
    @Test func theWholeAFigureIsAShareOf() throws {
        let revenue = try #require(only(Extractor().extract(report(
            "10 tháng năm 2025, Hải quan cửa khẩu quốc tế Hữu Nghị làm thủ tục cho 121.450 lượt phương tiện. Số thu ngân sách của "
                + "đơn vị đạt 4.215 tỷ đồng, chiếm khoảng 42% tổng thu của Chi cục Hải quan khu vực VI.", published: "2025-11-05")),
            .revenue))
        #expect(revenue.office == "vn.kv6.cua-khau-quoc-te-huu-nghi")
    }

    /// English counts with modifiers before their noun ("4.1 million international passengers", "62,000
    /// container trucks", "1.5 million inbound and outbound passengers", "156 smuggling and trade fraud
    /// violations"); a modifier that makes a subset ("1,200 new enterprises") leaves it uncounted.
    @Test(arguments: [
        ("handled 4.1 million international passengers", Metric.travellers, 4_100_000.0),
        ("cleared 62,000 container trucks", .vehicles, 62_000),
        ("handled 24,000 international flights", .vehicles, 24_000),
        ("handled 1.5 million inbound and outbound passengers", .travellers, 1_500_000),
        ("processed 1.2 million electronic declarations", .declarations, 1_200_000),
        ("detected 156 smuggling and trade fraud violations", .violations, 156),
    ])
    func englishCountsWithModifiers(phrase: String, metric: Metric, value: Double) throws {
        let records = Extractor().extract(report("In the first half of 2024, the Hai Phong Customs Department \(phrase).",
                                                 published: "2024-07-08", language: "en"))
        let record = try #require(only(records, metric))
        #expect(record.value == value)
        #expect(Extractor().extract(report("In the first half of 2024, the Hai Phong Customs Department registered 1,200 new "
            + "enterprises.", published: "2024-07-08", language: "en")).isEmpty)
    }

    /// English cumulative and open-ended periods ("in the past nine months", "the nine months to September",
    /// "Through November", "Since July 1", "since the beginning of the fourth quarter") and Vietnamese ones
    /// ("Kể từ ngày 15/3, … đã …", "Từ đầu quý IV đến nay").
    @Test(arguments: [
        ("In the past nine months, the Lang Son Customs Department collected VND 4.6 trillion.", "en", "2024-01-01…2024-09-30"),
        ("In the nine months to September, the Lang Son Customs Department collected VND 4.6 trillion.", "en",
         "2024-01-01…2024-09-30"),
        ("Through September, the Lang Son Customs Department collected VND 4.6 trillion.", "en", "2024-01-01…2024-09-30"),
        ("From January through September, the Lang Son Customs Department collected VND 4.6 trillion.", "en",
         "2024-01-01…2024-09-30"),
        ("Since July 1, the Lang Son Customs Department has collected VND 4.6 trillion.", "en", "2024-07-01…2024-10-08"),
        ("Since the beginning of the fourth quarter, the Lang Son Customs Department has collected VND 4.6 trillion.", "en",
         "2024-10-01…2024-10-08"),
        ("Kể từ ngày 15/7, Cục Hải quan Lạng Sơn đã thu ngân sách 4.600 tỷ đồng.", "vi", "2024-07-15…2024-10-08"),
        ("Từ đầu quý IV/2024 đến nay, Cục Hải quan Lạng Sơn thu ngân sách đạt 4.600 tỷ đồng.", "vi", "2024-10-01…2024-10-08"),
    ])
    func cumulativeAndOpenEndedPeriods(body: String, language: String, expected: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2024-10-08", language: language)), .revenue))
        #expect("\(revenue.period.start.map { "\($0)" } ?? "nil")…\(revenue.period.end.map { "\($0)" } ?? "nil")" == expected)
    }

    /// The figure of the same period a year before, named without its year: in parentheses after the
    /// comparison, or between a comparison and the period's words (as c099's "so với cùng kỳ năm 2016 (…)").
    @Test(arguments: [
        ("6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn thu 3.200 tỷ đồng, tăng 10,3% so với cùng kỳ năm trước (2.900 tỷ đồng).", "vi"),
        ("6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn thu 3.200 tỷ đồng, tăng 10,3% so với cùng kỳ (2.900 tỷ đồng).", "vi"),
        ("6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn thu 3.200 tỷ đồng, tăng so với mức 2.900 tỷ đồng của cùng kỳ năm trước.", "vi"),
        ("In the first half of 2024, the Lang Son Customs Department collected VND 3.2 trillion, up 10.3% over the same period "
            + "last year (VND 2.9 trillion).", "en"),
        ("In the first half of 2024, the Lang Son Customs Department collected VND 3.2 trillion, up from VND 2.9 trillion a year "
            + "earlier.", "en"),
    ])
    func lastYearsFigureWithoutItsYear(body: String, language: String) {
        let records = Extractor().extract(report(body, published: "2024-07-08", language: language))
        #expect(records.map(\.value) == [3_200_000_000_000, 2_900_000_000_000])
        #expect(records.map(\.period) == [period("2024-01-01", "2024-06-30"), period("2023-01-01", "2023-06-30")])
    }

    /// English changes and attainments worded after the percentage ("12.3% higher year-on-year", "lower by
    /// 5.1%", "a slump of 5%", "beating / overshooting the target by 5%").
    @Test(arguments: [
        ("12.3% higher year-on-year", 12.3 as Double?, [] as [TargetAttainment]),
        ("lower by 5.1% year-on-year", -5.1, []),
        ("a slump of 5% from 2023", -5, []),
        ("beating the annual target by 5 percent", nil, [TargetAttainment(kind: .estimate, pct: 105)]),
        ("overshooting the target by 5%", nil, [TargetAttainment(kind: .estimate, pct: 105)]),
    ])
    func englishChangesAfterThePercentage(phrase: String, change: Double?, targets: [TargetAttainment]) throws {
        let revenue = try #require(only(Extractor().extract(report(
            "In 2024, the Lang Son Customs Department collected VND 6.85 trillion, \(phrase).", published: "2025-01-08",
            language: "en")), .revenue))
        #expect(revenue.changePct == change)
        #expect(revenue.vsTargets == targets)
    }

    /// Enforcement totals of all forces and of other bodies ("Ban Chỉ đạo 389 tỉnh", "border guards", "functional forces",
    /// prosecutors, inspection teams, the police's investigators) are not
    /// the customs office's (spec §2: figures about non-customs bodies).
    @Test(arguments: [
        ("6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn phát hiện 86 vụ vi phạm. Ban Chỉ đạo 389 tỉnh đã phát hiện, xử lý 612 vụ "
            + "vi phạm.", "vi"),
        ("In the first half of 2024, the Lang Son Customs Department detected 86 violations. Functional forces in the province "
            + "detected 612 violations.", "en"),
        ("6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn phát hiện 86 vụ vi phạm. Viện Kiểm sát nhân dân tỉnh đã truy tố 45 vụ buôn lậu.", "vi"),
        ("6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn phát hiện 86 vụ vi phạm. Đoàn Kiểm tra liên ngành phát hiện 25 vụ vi phạm.", "vi"),
        ("6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn phát hiện 86 vụ vi phạm. Cơ quan điều tra đã khởi tố 7 vụ án do Hải quan "
            + "chuyển sang.", "vi"),
    ])
    func allForcesTotalsAreNotCustoms(body: String, language: String) {
        #expect(Extractor().extract(report(body, published: "2024-07-05", language: language)).map(\.value) == [86])
    }

    /// A title is read in the era of its publication: after 3/2025 "Hải quan cửa khẩu Tân Thanh" there is a unit
    /// of its region, as in the body; a month named only in the title makes "so với tháng 8/2023" the same
    /// period a year before ("January revenue down 12%" in an English title too).
    @Test(arguments: [
        ("Hải quan cửa khẩu Tân Thanh vượt khó", "6 tháng đầu năm, đơn vị thu ngân sách 612 tỷ đồng.", "2025-07-04", "vi",
         "vn.kv6.cua-khau-tan-thanh", nil as Double?),
        ("Hải quan Hải Phòng: Thu ngân sách tháng 8 tăng 6,2%", "Số thu đạt 5.215 tỷ đồng, tăng 6,2% so với tháng 8/2023.",
         "2024-09-05", "vi", "vn.hai-phong", 6.2),
        ("Region VI Customs: January revenue down 12%", "The branch collected VND 520 billion, down 12% from January 2024.",
         "2025-02-03", "en", "vn.kv6", -12),
    ])
    func titlesReadInTheirEra(title: String, body: String, published: String, language: String, office: String,
                              change: Double?) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: published, language: language, title: title)),
                                        .revenue))
        #expect(revenue.office == office)
        #expect(revenue.changePct == change)
        #expect(revenue.changePrevPeriodPct == nil)
    }

    /// Offices the English press names by their place in the text ("the province's / the city's / the municipal
    /// customs department") or, after 3/2025, by "Region <numeral>" alone.
    @Test(arguments: [
        ("Dong Nai attracted US$1.2 billion of FDI in the first half. The province's customs department collected VND 8.1 "
            + "trillion in the same period.", "2024-07-10", "vn.dong-nai"),
        ("Hai Phong's seaports handled more cargo in the first half. The municipal customs department collected VND 30.2 "
            + "trillion in the same period.", "2024-07-10", "vn.hai-phong"),
        ("Customs revenue in Region VIII reached VND 12.6 trillion in the first nine months.", "2025-10-08", "vn.kv8"),
    ])
    func englishOfficesByContext(body: String, published: String, office: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: published, language: "en")), .revenue))
        #expect(revenue.office == office)
    }

    /// Follow-ups and asides of Vietnamese reviews: a part counted in the next sentence opening with "Riêng"
    /// ("… 71.000 lượt.", "… 18.000 tờ."), "Cả năm ước khoảng …" before the year is out (a forecast), "cao hơn
    /// cùng kỳ … là 320 tỷ đồng" (a difference), "Kết thúc quý III, …" and "Sau 9 tháng, …" (the year to then).
    @Test(arguments: [
        ("9 tháng năm 2024, Cục Hải quan Quảng Trị làm thủ tục cho 95.000 lượt phương tiện xuất nhập cảnh. Riêng Chi cục Hải "
            + "quan cửa khẩu quốc tế Lao Bảo làm thủ tục cho 71.000 lượt.", "2024-10-15", ["vehicles 95000.0 actual 2024-01-01…2024-09-30",
                                                                                          "vehicles 71000.0 actual 2024-01-01…2024-09-30"]),
        ("Tính đến ngày 15/12/2024, Cục Hải quan Cao Bằng thu được 852 tỷ đồng. Cả năm ước khoảng 950 tỷ đồng.", "2024-12-18",
         ["revenue 852000000000.0 actual 2024-01-01…2024-12-15", "revenue 950000000000.0 forecast 2024-01-01…2024-12-31"]),
        ("6 tháng đầu năm 2024, Cục Hải quan Quảng Ninh thu được 4.120 tỷ đồng, cao hơn cùng kỳ năm 2023 là 320 tỷ đồng.",
         "2024-07-02", ["revenue 4120000000000.0 actual 2024-01-01…2024-06-30"]),
        ("Tháng 9/2024, Cục Hải quan Lạng Sơn thu 650 tỷ đồng. Kết thúc quý III, đơn vị thu 4.600 tỷ đồng.", "2024-10-08",
         ["revenue 650000000000.0 actual 2024-09-01…2024-09-30", "revenue 4600000000000.0 actual 2024-01-01…2024-09-30"]),
    ])
    func followUpsOfVietnameseReviews(body: String, published: String, expected: [String]) {
        let records = Extractor().extract(report(body, published: published))
        #expect(records.map { "\($0.metric.rawValue) \($0.value) \($0.basis.rawValue) \($0.period.start.map { "\($0)" } ?? "nil")…"
            + "\($0.period.end.map { "\($0)" } ?? "nil")" } == expected)
    }

    /// A change written before the value with its comparison between them ("tăng 12,5% so với năm 2023 / năm
    /// trước, đạt …", "giảm 4,2% so với năm 2023, chỉ đạt …", "tăng 25% so với cùng kỳ năm 2023, lên 286 vụ").
    @Test(arguments: [
        ("Năm 2024, số thu ngân sách của Cục Hải quan Quảng Ninh tăng 12,5% so với năm 2023, đạt 12.650 tỷ đồng.", Metric.revenue, 12.5),
        ("Năm 2024, số thu ngân sách của Cục Hải quan Quảng Ninh tăng 12,5% so với năm trước, đạt 12.650 tỷ đồng.", .revenue, 12.5),
        ("Năm 2024, số thu ngân sách của Cục Hải quan Quảng Ninh giảm 4,2% so với năm 2023, chỉ đạt 12.650 tỷ đồng.", .revenue, -4.2),
        ("Năm 2024, số vụ vi phạm do Cục Hải quan Quảng Ninh phát hiện tăng 25% so với cùng kỳ năm 2023, lên 286 vụ.", .violations, 25),
    ])
    func aChangeWrittenBeforeTheValue(body: String, metric: Metric, change: Double) throws {
        let record = try #require(only(Extractor().extract(report(body, published: "2024-12-28")), metric))
        #expect(record.changePct == change)
    }

    /// Customs named as the subject of a figure's clause ("Đơn vị …", "lực lượng Hải quan …") keeps the figure
    /// customs' when another body is named in the same sentence or spoke just before.
    @Test(arguments: [
        ("Năm 2024, Cục Hải quan Quảng Ninh phát hiện 286 vụ vi phạm. Đơn vị khởi tố 4 vụ án hình sự, Công an tỉnh khởi tố 11 vụ.",
         "Hải quan", [286.0, 4]),
        ("Năm 2024, lực lượng Hải quan phát hiện 286 vụ vi phạm, Bộ đội Biên phòng phát hiện 412 vụ.", "Hải quan Quảng Ninh tổng kết năm 2024",
         [286]),
        ("Tháng 10/2024, các lực lượng chức năng cả nước đã phát hiện 9.245 vụ vi phạm, trong đó lực lượng Hải quan phát hiện 1.312 vụ.",
         "Hải quan", [1312]),
    ])
    func customsAsTheSubjectBesideOtherBodies(body: String, title: String, values: [Double]) {
        #expect(Extractor().extract(report(body, published: "2024-12-28", title: title)).map(\.value) == values)
    }

    /// A second sentence that adds no record after an office's figure: tax that was not collected (exempted,
    /// reduced, deducted, assessed, refunded, late-payment interest), declarations or enterprises refunded,
    /// assessed, indebted or penalised, "ấn định thuế và xử phạt … 2.540 tỷ đồng" (not fines); after a count of
    /// violations, cases of one kind of goods, cases handed to the police, vehicles and people seized or caught,
    /// people barred from leaving.
    @Test(arguments: [
        (revenueFirst, "Số thuế được miễn cho hàng hóa gia công, sản xuất xuất khẩu là 2.150 tỷ đồng."),
        (revenueFirst, "Số thuế được giảm theo quy định là 320 tỷ đồng."),
        (revenueFirst, "Số thuế khấu trừ là 500 tỷ đồng."),
        (revenueFirst, "Số tiền thuế đã hoàn cho doanh nghiệp là 1.250 tỷ đồng."),
        (revenueFirst, "Số tiền chậm nộp thu được là 3,2 tỷ đồng."),
        (revenueFirst, "Đơn vị đã giải quyết hoàn thuế cho 3.120 tờ khai."),
        (revenueFirst, "Có 4.560 tờ khai còn nợ thuế quá hạn."),
        (revenueFirst, "Hoàn thuế 1.250 tỷ đồng cho 312 doanh nghiệp."),
        (revenueFirst, "Qua kiểm tra sau thông quan, đơn vị ban hành quyết định ấn định thuế và xử phạt vi phạm hành chính 2.540 tỷ đồng."),
        (revenueFirst, "Có 45 người bị tạm hoãn xuất cảnh do nợ thuế."),
        (violationsFirst, "Đặc biệt, đơn vị đã phát hiện 6 vụ vận chuyển ma túy, bắt giữ 8 đối tượng."),
        (violationsFirst, "Đơn vị bắt giữ 45 vụ buôn lậu thuốc lá điếu."),
        (violationsFirst, "Đơn vị đã chuyển Công an tỉnh xử lý hình sự 7 vụ."),
        (violationsFirst, "Ngày 15/11, lực lượng hải quan bắt giữ 2 xe ô tô chở 3.500 bao thuốc lá nhập lậu."),
        (violationsFirst, "Qua soi chiếu hành lý, đơn vị phát hiện 35 hành khách nhập cảnh mang theo hàng cấm."),
    ])
    func aSecondSentenceThatAddsNoRecord(first: (String, Double), second: String) {
        let records = Extractor().extract(report(first.0 + " " + second, published: "2024-10-05"))
        #expect(records.map(\.value) == [first.1])
    }
    static let revenueFirst = ("9 tháng năm 2024, Cục Hải quan Bình Dương thu ngân sách đạt 18.420 tỷ đồng.", 18_420_000_000_000.0)
    static let violationsFirst = ("9 tháng năm 2024, Cục Hải quan Quảng Ninh phát hiện 286 vụ vi phạm.", 286.0)

    /// Enforcement wordings: "Hà Nội bắt giữ" (not the heading "nổi bật", which folds the same), a list of offices with
    /// the verb left out, fines on the enterprises penalised.
    @Test(arguments: [
        ("Năm 2018, Cục Hải quan Hà Nội bắt giữ 312 vụ.", ["violations vn.ha-noi 312.0"]),
        ("Năm 2018, Cục Hải quan Lạng Sơn bắt giữ 312 vụ, Cục Hải quan Cao Bằng 128 vụ, Cục Hải quan Quảng Ninh 346 vụ.",
         ["violations vn.lang-son 312.0", "violations vn.cao-bang 128.0", "violations vn.quang-ninh 346.0"]),
        ("Năm 2018, Cục Hải quan Bình Dương đã xử phạt 120 doanh nghiệp vi phạm với số tiền 6,2 tỷ đồng.",
         ["fines vn.binh-duong 6200000000.0"]),
    ])
    func enforcementWordings(body: String, expected: [String]) {
        let records = Extractor().extract(report(body, published: "2018-12-26"))
        #expect(records.map { "\($0.metric.rawValue) \($0.office) \($0.value)" } == expected)
    }

    /// Year-end and older reports: "cao nhất từ trước đến nay" is no period; "Năm tới / năm sau", "Quý I năm tới" are
    /// the next year's; "giảm 40%, chỉ còn …", "sụt 40%"; "dự toán của Chi cục X là …" is X's; "TCHQ" is the national body.
    @Test(arguments: [
        ("Năm 2022, Cục Hải quan Quảng Ngãi thu ngân sách 8.800 tỉ đồng. Đây là mức thu cao nhất từ trước tới nay. Số tờ khai đạt "
            + "21.000 tờ khai.", "2023-01-03", ["vn.quang-ngai revenue 2022-12-31", "vn.quang-ngai declarations 2022-12-31"]),
        ("Năm 2020, Cục Hải quan tỉnh Quảng Ninh thu 8.900 tỉ đồng. Năm tới, Cục Hải quan tỉnh Quảng Ninh được giao chỉ tiêu thu "
            + "ngân sách 9.500 tỉ đồng.", "2020-12-30", ["vn.quang-ninh revenue 2020-12-31", "vn.quang-ninh revenue_target 2021-12-31"]),
        ("Quý I năm tới, Cục Hải quan Lạng Sơn dự kiến thu 1.500 tỉ đồng.", "2020-12-28", ["vn.lang-son revenue 2021-03-31"]),
        ("Năm 2022, dự toán của Chi cục Hải quan Bắc Thăng Long là 3.000 tỉ đồng.", "2022-01-05",
         ["vn.ha-noi.bac-thang-long revenue_target 2022-12-31"]),
        ("Quí III/2018, Cục Hải quan Lạng Sơn thu 1.500 tỉ đồng. Cùng quí, TCHQ thu ngân sách 80.500 tỉ đồng.", "2018-10-08",
         ["vn.lang-son revenue 2018-09-30", "vn revenue 2018-09-30"]),
    ])
    func yearEndAndOlderReports(body: String, published: String, expected: [String]) {
        let records = Extractor().extract(report(body, published: published, title: "Hải quan Hà Nội"))
        #expect(records.map { "\($0.office) \($0.metric.rawValue) \($0.period.end.map { "\($0)" } ?? "nil")" } == expected)
    }

    @Test(arguments: [
        "Năm 2020, số thu của Cục Hải quan Lào Cai giảm 40%, chỉ còn 1.650 tỉ đồng.",
        "Năm 2020, Cục Hải quan Lào Cai thu 1.650 tỉ đồng, sụt 40% so với năm 2019.",
    ])
    func decreasesWordedTheCovidYearsWay(body: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2021-01-10")), .revenue, value: 1_650_000_000_000))
        #expect(revenue.changePct == -40)
    }

    /// A province's own budget (land-use fees, the non-state sector, the lottery, the local share, spending) and
    /// tourism's arrivals ("đón … lượt khách quốc tế") are not the customs department's (spec §2); the border
    /// gate's travellers ("đón … lượt khách xuất nhập cảnh") are.
    @Test(arguments: [
        ("Năm 2021, Cục Hải quan Đồng Nai thu 19.500 tỉ đồng. Thu tiền sử dụng đất đạt 3.900 tỉ đồng.", [19_500_000_000_000.0]),
        ("Năm 2021, Cục Hải quan Đồng Nai thu 19.500 tỉ đồng. Thu từ khu vực ngoài quốc doanh đạt 6.500 tỉ đồng.", [19_500_000_000_000]),
        ("Năm 2021, Cục Hải quan Đồng Nai thu 19.500 tỉ đồng. Thu ngân sách địa phương được hưởng theo phân cấp đạt 9.800 tỉ đồng.",
         [19_500_000_000_000]),
        ("Năm 2021, Cục Hải quan Đồng Nai thu 19.500 tỉ đồng. Tổng chi ngân sách địa phương ước thực hiện 15.300 tỉ đồng.",
         [19_500_000_000_000]),
        ("Năm 2021, Cục Hải quan Lào Cai thu 2.100 tỉ đồng. Tỉnh Lào Cai đón 1,3 triệu lượt khách quốc tế.", [2_100_000_000_000]),
        ("Năm 2021, cửa khẩu quốc tế Lào Cai đón 120.000 lượt khách xuất nhập cảnh.", [120_000]),
    ])
    func theProvincesOwnBudgetAndTourism(body: String, values: [Double]) {
        #expect(Extractor().extract(report(body, published: "2021-12-28", title: "Hải quan")).map(\.value) == values)
    }

    /// Periods of the releases that point back: "Trong tháng," (the month named last) and "Trong kỳ," (the report's
    /// own period) after a cumulative sentence; "Từ đầu năm đến nay" in a January review is of the new year.
    @Test(arguments: [
        ("Tháng 8/2025, Chi cục Hải quan khu vực III phát hiện 112 vụ vi phạm. Lũy kế 8 tháng năm 2025, đơn vị phát hiện 846 vụ. "
            + "Trong tháng, đơn vị xử phạt vi phạm hành chính 98 vụ.", "2025-09-05", "2025-08-01…2025-08-31"),
        ("Từ ngày 16/8 đến 15/9/2025, toàn ngành Hải quan phát hiện 1.412 vụ việc vi phạm. Lũy kế từ ngày 16/12/2024 đến 15/9/2025, "
            + "toàn ngành phát hiện 12.846 vụ. Trong kỳ, Chi cục Hải quan khu vực I xử phạt vi phạm hành chính 98 vụ.", "2025-09-22",
         "2025-08-16…2025-09-15"),
        ("Năm 2020, Cục Hải quan Lạng Sơn thu ngân sách 6.127 tỉ đồng. Từ đầu năm đến nay, Cục đã xử phạt vi phạm hành chính 98 vụ.",
         "2021-01-12", "2021-01-01…2021-01-12"),
    ])
    func periodsThatPointBack(body: String, published: String, expected: String) throws {
        let record = try #require(only(Extractor().extract(report(body, published: published)), .penaltyCases))
        #expect("\(record.period.start.map { "\($0)" } ?? "nil")…\(record.period.end.map { "\($0)" } ?? "nil")" == expected)
    }

    /// An interview's answer that gives only the amount takes the metric its question asks for.
    @Test(arguments: [
        ("PV: 6 tháng đầu năm, số thu ngân sách của đơn vị đạt bao nhiêu?\nÔng Nguyễn Văn A: Đạt 2.850 tỷ đồng, tăng 6% so với "
            + "cùng kỳ.", "vi"),
        ("Q: How much revenue has the department collected in the first half of the year?\nA: About VND 2.85 trillion, up 6 "
            + "percent year-on-year.", "en"),
    ])
    func anAnswerTakesTheQuestionsMetric(body: String, language: String) throws {
        let revenue = try #require(only(Extractor().extract(report(body, published: "2024-07-05", language: language,
                                                                  title: "Cục trưởng Cục Hải quan Hà Tĩnh trả lời phỏng vấn")), .revenue))
        #expect(revenue.value == 2_850_000_000_000 && revenue.office == "vn.ha-tinh" && revenue.changePct == 6)
    }

    /// "U.S. dollars" is the dollar (a unit read across the sentence break after "U.S." ends in its sentence, and
    /// the rules after it stay inside it); "Tháng cuối năm" is December.
    @Test func dollarsWithPeriodsAndTheLastMonth() {
        let trade = Extractor().extract(report(
            "In the first half of 2024, the Lang Son Customs Department recorded trade of 1.6 billion U.S. dollars. Its revenue was "
                + "VND 3.2 trillion.", published: "2024-07-05", language: "en"))
        #expect(trade.map { "\($0.metric.rawValue) \($0.unit.rawValue) \($0.value)" }
                == ["trade_value USD 1600000000.0", "revenue VND 3200000000000.0"])
        let december = Extractor().extract(report("Tháng cuối năm, Cục Hải quan Thanh Hóa thu 600 tỉ đồng.", published: "2021-01-06"))
        #expect(december.map(\.period) == [period("2020-12-01", "2020-12-31")])
    }

    /// The province's budget target (over its area, set by its council, or its own aim) is not the customs
    /// department's; the customs part of it is.
    @Test(arguments: [
        ("Năm 2020, dự toán thu ngân sách trên địa bàn tỉnh là 95.000 tỉ đồng.", [] as [Double]),
        ("Năm 2020, HĐND tỉnh giao dự toán thu ngân sách 95.000 tỉ đồng.", []),
        ("Năm 2020, tỉnh phấn đấu thu ngân sách 100.000 tỉ đồng.", []),
        ("Năm 2020, dự toán thu ngân sách trên địa bàn tỉnh là 95.000 tỉ đồng, trong đó Cục Hải quan Bà Rịa - Vũng Tàu được giao "
            + "24.500 tỉ đồng.", [24_500_000_000_000]),
    ])
    func theProvincesBudgetTarget(body: String, targets: [Double]) {
        let records = Extractor().extract(report(body, published: "2020-01-06", title: "Bà Rịa - Vũng Tàu thu ngân sách"))
        #expect(records.filter { $0.metric == .revenueTarget }.map(\.value) == targets)
    }
}
