import CustomsModel
import Testing

@testable import CustomsExtraction

// One test per rule of `../shared/spec/metrics.md` that the seed and corpus tests do not pin down
// on their own: office spellings and levels, attribution, periods, qualifiers, basis, what is not
// a record, and the typos seen in the wild. Every sentence is written for these tests.

/// The one record of `metric` (and `value`, when given) in `records`, or a test issue naming what was found.
func only(_ records: [MetricRecord], _ metric: Metric, value: Double? = nil,
                  sourceLocation: SourceLocation = #_sourceLocation) -> MetricRecord? {
    let hits = records.filter { $0.metric == metric && (value == nil || $0.value == value) }
    guard hits.count == 1 else {
        let found = records.map { "\($0.office) \($0.metric) \($0.value)" }.joined(separator: "; ")
        let wanted = value.map { "of \($0)" } ?? ""
        Issue.record("expected one \(metric) \(wanted), got \(hits.count): \(found)", sourceLocation: sourceLocation)
        return nil
    }
    return hits[0]
}

func day(_ text: String) -> CalendarDate? { CalendarDate(iso: text) }
func period(_ start: String, _ end: String) -> Period { Period(start: day(start), end: day(end)) }

@Suite("Offices: levels and the press's spellings")
struct OfficeSpellingTests {
    @Test(arguments: [
        ("Năm 2023, Cục Hải quan TP Hồ Chí Minh thu ngân sách đạt 118.500 tỷ đồng.", "vn.ho-chi-minh"),
        ("Năm 2023, Cục Hải quan TP. Hồ Chí Minh thu ngân sách đạt 118.500 tỷ đồng.", "vn.ho-chi-minh"),
        ("Năm 2023, Cục Hải quan thành phố Hà Nội thu ngân sách đạt 118.500 tỷ đồng.", "vn.ha-noi"),
        ("Năm 2023, Cục Hải quan tỉnh Quảng Ninh thu ngân sách đạt 118.500 tỷ đồng.", "vn.quang-ninh"),
        ("Năm 2023, Cục HQ Bình Dương thu ngân sách đạt 118.500 tỷ đồng.", "vn.binh-duong"),
        ("Năm 2023, Hải quan Đà Nẵng thu ngân sách đạt 118.500 tỷ đồng.", "vn.da-nang"),
        ("Năm 2023, HQ Lạng Sơn thu ngân sách đạt 118.500 tỷ đồng.", "vn.lang-son"),
        ("In 2023, HCMC Customs collected VND 118.5 trillion.", "vn.ho-chi-minh"),
        ("Năm 2023, Cục Hải quan Bà Rịa - Vũng Tàu thu ngân sách đạt 118.500 tỷ đồng.", "vn.ba-ria-vung-tau"),
        ("Năm 2023, Cục Hải quan Gia Lai - Kon Tum thu ngân sách đạt 118.500 tỷ đồng.", "vn.gia-lai-kon-tum"),
        ("Nam 2023, Cuc Hai quan Lang Son thu ngan sach dat 118.500 ty dong.", "vn.lang-son"),
        ("Năm 2023, toàn ngành Hải quan thu ngân sách đạt 118.500 tỷ đồng.", "vn"),
        ("Năm 2023, Tổng cục Hải quan thu ngân sách đạt 118.500 tỷ đồng.", "vn"),
    ])
    func departmentAndNationalSpellings(body: String, office: String) {
        checkRevenueOffice(body, office)
    }

    @Test(arguments: [
        ("In 2023, the Lao Cai Department of Customs collected VND 118.5 trillion.", "vn.lao-cai"),
        ("In 2023, the Customs Department of Lao Cai collected VND 118.5 trillion.", "vn.lao-cai"),
        ("In 2023, the Department of Customs of Lao Cai province collected VND 118.5 trillion.", "vn.lao-cai"),
        ("In 2023, the Department of Customs in Da Nang city collected VND 118.5 trillion.", "vn.da-nang"),
        ("In 2023, the Lao Cai Customs Department collected VND 118.5 trillion.", "vn.lao-cai"),
        // The English press's descriptions of a province, and "customs (office / agency) of".
        ("In 2023, the Customs Department of northern Lao Cai province collected VND 118.5 trillion.", "vn.lao-cai"),
        ("In 2023, the customs office of the northern border province of Lao Cai collected VND 118.5 trillion.", "vn.lao-cai"),
        ("In 2023, the customs agency of the Mekong Delta province of An Giang collected VND 118.5 trillion.", "vn.an-giang"),
        ("In 2023, Customs of Quang Ninh Province collected VND 118.5 trillion.", "vn.quang-ninh"),
        ("In 2023, the customs department of the central city of Da Nang collected VND 118.5 trillion.", "vn.da-nang"),
        ("In 2023, customs forces in Lao Cai collected VND 118.5 trillion.", "vn.lao-cai"),
        ("In 2023, the customs authorities of Lao Cai collected VND 118.5 trillion.", "vn.lao-cai"),
        ("In 2023, the General Department of Vietnam Customs collected VND 118.5 trillion.", "vn"),
        // An airport's customs is its gate's office, named as the Vietnamese names it.
        ("In 2023, Noi Bai International Airport Customs Branch collected VND 118.5 trillion.", "vn.ha-noi.cua-khau-san-bay-quoc-te-noi-bai"),
        ("In 2023, Tan Son Nhat Airport Customs collected VND 118.5 trillion.", "vn.ho-chi-minh.cua-khau-san-bay-tan-son-nhat"),
    ])
    func englishDepartmentSpellings(body: String, office: String) {
        checkRevenueOffice(body, office)
    }

    private func checkRevenueOffice(_ body: String, _ office: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let records = Extractor().extract(report(body))
        guard let record = only(records, .revenue, sourceLocation: sourceLocation) else { return }
        #expect(record.office == office, "\(body)", sourceLocation: sourceLocation)
        #expect(record.value == 118_500_000_000_000, sourceLocation: sourceLocation)
        #expect(record.period == .year(2023), sourceLocation: sourceLocation)
    }

    @Test func everyDepartmentOfTheRegistryIsFoundByItsName() {
        let ex = Extractor()
        var missed: [String] = []
        for entry in OfficeRegistry.provinces where entry.customsDepartment {
            let body = "Năm 2022, Cục Hải quan \(entry.name) thu ngân sách đạt 1.234 tỷ đồng."
            let records = ex.extract(report(body))
            if records.count != 1 || records[0].office != entry.officeID { missed.append("\(entry.name) → \(records.map(\.office))") }
        }
        #expect(missed.isEmpty, "\(missed)")
        #expect(OfficeRegistry.provinces.filter(\.before2025).count == 63)
        #expect(OfficeRegistry.provinces.filter(\.after2025).count == 34)
    }

    @Test func branchWithAbbreviationsTakesTheDepartmentOfTheReport() throws {
        let body = """
        Cục Hải quan Lạng Sơn: kết quả 6 tháng đầu năm 2024.
        Trong 6 tháng đầu năm 2024, Chi cục HQ CK Tân Thanh làm thủ tục cho 12.400 tờ khai.
        """
        let record = try #require(only(Extractor().extract(report(body)), .declarations))
        #expect(record.office == "vn.lang-son.cua-khau-tan-thanh")
        #expect(record.period == period("2024-01-01", "2024-06-30"))
    }

    @Test func branchNamesItsDepartmentInParentheses() throws {
        let body = "Năm 2019, Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị (Cục Hải quan Lạng Sơn) thu ngân sách 2.100 tỷ đồng."
        let record = try #require(only(Extractor().extract(report(body)), .revenue))
        #expect(record.office == "vn.lang-son.cua-khau-quoc-te-huu-nghi")
    }

    @Test(arguments: [("XII", "vn.kv12"), ("3", "vn.kv3"), ("XX", "vn.kv20"), ("IV", "vn.kv4")])
    func regionalBranchesInRomanAndArabic(number: String, office: String) throws {
        let body = "Trong tháng 5/2025, Chi cục Hải quan khu vực \(number) thu ngân sách được 2.050 tỷ đồng."
        let record = try #require(only(Extractor().extract(report(body)), .revenue))
        #expect(record.office == office)
        #expect(record.period == period("2025-05-01", "2025-05-31"))
    }

    @Test func theOrganisationOfAnUndatedReportIsTheOneOfItsYears() throws {
        // With no publication date, the years named decide: a plan's horizon ("tầm nhìn đến năm
        // 2045") in a report of 2023 is no sign of the 2025 organisation; 2025 next to 2024 is.
        let old = try #require(only(Extractor().extract(report(
            "Năm 2023, Chi cục Hải quan cửa khẩu Hữu Nghị thu ngân sách 2.000 tỷ đồng. "
                + "Tỉnh Lạng Sơn đặt mục tiêu phát triển khu kinh tế cửa khẩu đến năm 2030, tầm nhìn đến năm 2045.",
            title: "Hải quan Lạng Sơn")), .revenue))
        #expect(old.office == "vn.lang-son.cua-khau-huu-nghi")
        let new = try #require(only(Extractor().extract(report(
            "Năm 2025, Hải quan cửa khẩu Hữu Nghị thu ngân sách 2.000 tỷ đồng, tăng 5% so với năm 2024.")), .revenue))
        #expect(new.office == "vn.kv6.cua-khau-huu-nghi")
    }

    @Test func unitOfARegion() throws {
        let body = "Trong quý III/2025, Hải quan cửa khẩu quốc tế Hữu Nghị thuộc Chi cục Hải quan khu vực VI đã làm thủ tục cho 9.870 tờ khai."
        let record = try #require(only(Extractor().extract(report(body)), .declarations))
        #expect(record.office == "vn.kv6.cua-khau-quoc-te-huu-nghi")
        #expect(record.period == period("2025-07-01", "2025-09-30"))
    }

    @Test func attributionToTheNearestNamedOfficeThenTheMainOffice() throws {
        let body = """
        Năm 2021, Cục Hải quan Nghệ An thu ngân sách đạt 2.480 tỷ đồng.
        Kim ngạch xuất nhập khẩu đạt 3,2 tỷ USD.
        Cùng kỳ, Cục Hải quan Hà Tĩnh thu ngân sách 15.600 tỷ đồng.
        Lượng tờ khai đạt 21.300 tờ khai.
        """
        let records = Extractor().extract(report(body, title: "Hải quan Nghệ An vượt thu năm 2021"))
        #expect(only(records, .revenue, value: 2_480_000_000_000)?.office == "vn.nghe-an")
        #expect(only(records, .tradeValue)?.office == "vn.nghe-an")
        #expect(only(records, .revenue, value: 15_600_000_000_000)?.office == "vn.ha-tinh")
        #expect(only(records, .declarations)?.office == "vn.ha-tinh")
        // With no office in the text, the title's office.
        let untitled = Extractor().extract(report("Năm 2021 kim ngạch xuất khẩu đạt 1,7 tỷ USD.", title: "Hải quan Nghệ An: tổng kết năm 2021"))
        #expect(only(untitled, .tradeValue)?.office == "vn.nghe-an")
    }

    @Test func listsOfUnitsAndTheWholeSector() {
        // Provinces with their figures in parentheses, as rankings of units give them.
        let ranking = Extractor().extract(report(
            "Năm 2023, các đơn vị dẫn đầu về số thu gồm: TP Hồ Chí Minh (118.000 tỷ đồng), Hải Phòng (62.000 tỷ đồng), "
                + "Quảng Ninh (12.000 tỷ đồng). Đây là số liệu của Tổng cục Hải quan."))
        #expect(ranking.map(\.office) == ["vn.ho-chi-minh", "vn.hai-phong", "vn.quang-ninh"])
        // Branches listed by their gate alone after the first: the gate's branch, named as the first one is.
        let branches = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Lạng Sơn thu 7.100 tỷ đồng, trong đó Chi cục Hải quan cửa khẩu Hữu Nghị thu "
                + "3.200 tỷ đồng, Tân Thanh thu 1.900 tỷ đồng."))
        #expect(branches.map(\.office) == ["vn.lang-son", "vn.lang-son.cua-khau-huu-nghi", "vn.lang-son.cua-khau-tan-thanh"])
        // "toàn ngành" after an office in the same sentence is the whole sector, not that office.
        let sector = Extractor().extract(report(
            "Năm 2023, Hải quan Hà Nội thu 30.000 tỷ đồng, trong khi toàn ngành thu 378.000 tỷ đồng."))
        #expect(only(sector, .revenue, value: 378_000_000_000_000)?.office == "vn")
        #expect(only(sector, .revenue, value: 30_000_000_000_000)?.office == "vn.ha-noi")
        let country = Extractor().extract(report(
            "Năm 2023, Hải quan Hà Nội thu 30.000 tỷ đồng, trong khi cả nước thu 378.000 tỷ đồng."))
        #expect(only(country, .revenue, value: 378_000_000_000_000)?.office == "vn")
        // A ranking against the country names no office of its own.
        let ranked = Extractor().extract(report("Năm 2023, Cục Hải quan Bình Dương thu 25.000 tỷ đồng, đứng thứ 4 cả nước, tăng 5%."))
        #expect(only(ranked, .revenue)?.office == "vn.binh-duong")
        #expect(only(ranked, .revenue)?.changePct == 5)
    }

    @Test func departmentsOfTheGeneralDepartmentByTheirName() {
        for parent in ["(Tổng cục Hải quan)", "thuộc Tổng cục Hải quan", "trực thuộc Tổng cục Hải quan"] {
            let text = "Năm 2023, Cục Điều tra chống buôn lậu \(parent) đã phát hiện, bắt giữ 265 vụ vi phạm; khởi tố 12 vụ án."
            let records = Extractor().extract(report(text))
            #expect(records.map(\.office) == ["vn.dieu-tra-chong-buon-lau", "vn.dieu-tra-chong-buon-lau"], "\(text)")
        }
        // Without its parent named, "Cục …" followed by an unknown name is no office.
        let bare = Extractor().extract(report("Năm 2023, Tổng cục Hải quan cho biết Cục Điều tra chống buôn lậu bắt giữ 265 vụ vi phạm."))
        #expect(bare.map(\.office) == ["vn"])
    }

    @Test func aProvincesCustomsUnderItsRegionAfter2025() {
        let listed = Extractor().extract(report(
            "9 tháng năm 2025, Chi cục Hải quan khu vực XI thu ngân sách 12.300 tỷ đồng. Trong đó, Hải quan Hà Tĩnh thu "
                + "8.100 tỷ đồng, Hải quan Nghệ An thu 4.200 tỷ đồng.", published: "2025-10-02"))
        #expect(listed.map(\.office) == ["vn.kv11", "vn.kv11.ha-tinh", "vn.kv11.nghe-an"])
        for parent in ["(thuộc Chi cục Hải quan khu vực XII)", "thuộc Chi cục Hải quan khu vực XII", "(Chi cục Hải quan khu vực XII)"] {
            let named = Extractor().extract(report("9 tháng năm 2025, Hải quan Quảng Ngãi \(parent) thu 15.200 tỷ đồng.", published: "2025-10-02"))
            #expect(named.map(\.office) == ["vn.kv12.quang-ngai"], "\(parent)")
        }
        // Before the regions, the same words name the department.
        let before = Extractor().extract(report(
            "9 tháng năm 2024, Chi cục Hải quan cửa khẩu Cầu Treo thu 300 tỷ đồng; Hải quan Hà Tĩnh thu 8.100 tỷ đồng.", published: "2024-10-02"))
        #expect(before.last?.office == "vn.ha-tinh")
        // A branch belongs to the department named "(thuộc …)".
        let branch = Extractor().extract(report(
            "Năm 2024, Chi cục Hải quan Cầu Treo (thuộc Cục Hải quan Hà Tĩnh) thu 300 tỷ đồng.", published: "2025-01-05"))
        #expect(branch.map(\.office) == ["vn.ha-tinh.cau-treo"])
    }

    @Test func aLineIntroducingAListNamesItsOffice() {
        let body = "Chi cục Hải quan cửa khẩu quốc tế Lào Cai làm thủ tục cho 48.200 lượt người xuất nhập cảnh trong tháng 1/2024.\n"
            + "Kết quả 2 tháng đầu năm 2024 của Cục Hải quan Lào Cai:\n- Thu ngân sách: 380 tỷ đồng.\n- Tờ khai: 21.500 tờ khai."
        let records = Extractor().extract(report(body, published: "2024-02-20"))
        #expect(records.map(\.office) == ["vn.lao-cai.cua-khau-quoc-te-lao-cai", "vn.lao-cai", "vn.lao-cai"])
        // Another office's figure named with "của" in a sentence does not speak for the next one.
        let other = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Hà Nội thu 5.000 tỷ đồng, nhiều hơn số thu của Cục Hải quan Lào Cai. Số tờ khai đạt 80.000 tờ khai.",
            published: "2024-02-20"))
        #expect(other.map(\.office) == ["vn.ha-noi", "vn.ha-noi"])
    }

    @Test func theNextItemsOfAListOfDepartments() {
        let records = Extractor().extract(report(
            "Năm 2023, toàn ngành Hải quan thu ngân sách đạt 383.200 tỷ đồng. Một số đơn vị có số thu lớn như: Cục Hải quan "
                + "TP Hồ Chí Minh đạt 98.000 tỷ đồng, Hải Phòng đạt 65.000 tỷ đồng và Quảng Ninh với 12.000 tỷ đồng."))
        #expect(records.map(\.office) == ["vn", "vn.ho-chi-minh", "vn.hai-phong", "vn.quang-ninh"])
        let semicolons = Extractor().extract(report(
            "Năm 2023, Cục Hải quan TP Hồ Chí Minh thu ngân sách đạt 98.000 tỷ đồng; Hải Phòng đạt 65.000 tỷ đồng; "
                + "Quảng Ninh đạt 12.000 tỷ đồng."))
        #expect(semicolons.map(\.office) == ["vn.ho-chi-minh", "vn.hai-phong", "vn.quang-ninh"])
        let ranking = Extractor().extract(report(
            "Năm 2023, toàn ngành Hải quan thu ngân sách đạt 383.200 tỷ đồng. Có 3 đơn vị thu trên 20.000 tỷ đồng là "
                + "TP Hồ Chí Minh với 98.000 tỷ đồng, Hải Phòng với 65.000 tỷ đồng và Bà Rịa - Vũng Tàu với 21.000 tỷ đồng."))
        #expect(ranking.map(\.office) == ["vn", "vn.ho-chi-minh", "vn.hai-phong", "vn.ba-ria-vung-tau"])
        #expect(ranking.map(\.value) == [383_200e9, 98_000e9, 65_000e9, 21_000e9])
    }

    @Test func theUnitIsTheOfficeNamedLast() throws {
        // Three sentences after the office's name, "đơn vị" still names it (not the report's first office).
        let body = "Cán bộ Hải quan khu vực IX kiểm tra hàng hóa nhập khẩu.\n\nNăm 2024, Hải quan khu vực VI thu ngân sách "
            + "8.000 tỷ đồng. Đây là mức thu cao nhất từ trước đến nay. Công tác cải cách thủ tục được đẩy mạnh. "
            + "Hoạt động xuất nhập khẩu sôi động. Năm 2024, đơn vị làm thủ tục cho 80.000 tờ khai."
        let records = Extractor().extract(report(body, published: "2025-01-10"))
        #expect(try #require(only(records, .declarations)).office == "vn.kv6")
        // "các đơn vị" are several offices: no anaphor.
        let several = Extractor().extract(report(
            "Cán bộ Hải quan khu vực IX kiểm tra hàng hóa.\n\nNăm 2024, Hải quan khu vực VI thu ngân sách 8.000 tỷ đồng. "
                + "Đây là mức thu cao nhất. Công tác cải cách được đẩy mạnh. Hoạt động sôi động. "
                + "Năm 2024, các đơn vị làm thủ tục cho 80.000 tờ khai.", published: "2025-01-10"))
        #expect(try #require(only(several, .declarations)).office == "vn.kv9")
    }

    @Test func aBreakdownByUnitDoesNotNameTheSubjectOfTheSentencesAfterIt() throws {
        // The gates listed after "Trong đó" (or side by side) are parts: the next figures are the region's.
        for breakdown in ["Trong đó, Hải quan cửa khẩu cảng Hòn Gai thu 900 tỷ đồng; Hải quan cửa khẩu Móng Cái thu 300 tỷ đồng.",
                          "Hải quan cửa khẩu cảng Hòn Gai thu 900 tỷ đồng, Hải quan cửa khẩu Móng Cái thu 300 tỷ đồng."] {
            let records = Extractor().extract(report(
                "Năm 2025, Chi cục Hải quan khu vực VIII thu ngân sách 2.400 tỷ đồng. " + breakdown
                    + " Kim ngạch xuất nhập khẩu qua địa bàn đạt 4,1 tỷ USD. Đơn vị tiếp nhận 48.210 tờ khai.", published: "2026-01-08"))
            #expect(try #require(only(records, .tradeValue)).office == "vn.kv8", "\(breakdown)")
            #expect(try #require(only(records, .declarations)).office == "vn.kv8", "\(breakdown)")
            #expect(records.filter { $0.metric == .revenue }.map(\.office).filter { $0.hasPrefix("vn.kv8.") }.count == 2)
        }
        // One office named alone is the subject of what follows.
        let single = Extractor().extract(report(
            "Năm 2025, Chi cục Hải quan khu vực VIII thu ngân sách 2.400 tỷ đồng. Hải quan cửa khẩu Móng Cái thu 300 tỷ đồng. "
                + "Đơn vị tiếp nhận 48.210 tờ khai.", published: "2026-01-08"))
        #expect(try #require(only(single, .declarations)).office.hasPrefix("vn.kv8."))
    }

    @Test func abbreviatedRegionsAndNumberedBranches() throws {
        for name in ["Chi cục Hải quan KV II", "Chi cục HQKV II", "Chi cục HQ KV 2"] {
            let record = try #require(only(Extractor().extract(report(
                "9 tháng năm 2025, \(name) thu ngân sách đạt 100.000 tỷ đồng.", published: "2025-10-20", title: "Tin tức")), .revenue))
            #expect(record.office == "vn.kv2", "\(name)")
        }
        let numbered = try #require(only(Extractor().extract(report(
            "Tháng 8/2024, Chi cục Hải quan cửa khẩu quốc tế đường bộ số II Kim Thành làm thủ tục cho 8.650 tờ khai.",
            title: "Hải quan Lào Cai")), .declarations))
        #expect(numbered.office == "vn.lao-cai.cua-khau-quoc-te-duong-bo-so-ii-kim-thanh")
        // Before the regions, "KV1" numbers a branch's area ("khu vực 1") and "KCX" is "khu chế xuất".
        for (name, id) in [("Chi cục HQ CK cảng Sài Gòn KV1 (Cục HQ TP.HCM)", "vn.ho-chi-minh.cua-khau-cang-sai-gon-khu-vuc-1"),
                           ("Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1", "vn.ho-chi-minh.cua-khau-cang-sai-gon-khu-vuc-1"),
                           ("Chi cục HQ KCX Tân Thuận (Cục HQ TP.HCM)", "vn.ho-chi-minh.khu-che-xuat-tan-thuan")] {
            let branch = try #require(only(Extractor().extract(report(
                "Năm 2024, \(name) thu ngân sách đạt 25.000 tỷ đồng.", title: "Hải quan TP Hồ Chí Minh")), .revenue))
            #expect(branch.office == id, "\(name)")
        }
    }

    @Test func unitsOfARegionNamedHảiQuanAndTheirName() {
        let records = Extractor().extract(report(
            "Tháng 8/2025, Chi cục Hải quan khu vực I thu ngân sách 3.200 tỷ đồng. Trong đó, Hải quan Gia Thụy thu 250 tỷ đồng, "
                + "Hải quan Bắc Hà Nội thu 410 tỷ đồng.", published: "2025-09-08"))
        #expect(records.map(\.office) == ["vn.kv1", "vn.kv1.gia-thuy", "vn.kv1.bac-ha-noi"])
        // Before the regions, a name that is no place names no office; nor does another country's customs.
        let before = Extractor().extract(report(
            "6 tháng đầu năm 2024, Cục Hải quan Hà Nội thu 18.245 tỷ đồng. Hải quan Gia Thụy thu 2.140 tỷ đồng.", published: "2024-07-08"))
        #expect(!before.contains { $0.office.hasSuffix(".gia-thuy") })
        let foreign = Extractor().extract(report(
            "Tháng 8/2025, Chi cục Hải quan khu vực I thu ngân sách 3.200 tỷ đồng. Hải quan Mỹ thu 410 tỷ đồng.", published: "2025-09-08"))
        #expect(!foreign.contains { $0.office.hasSuffix(".my") })
    }

    @Test func theTitlesOfficeIsTheParentOfABranchTheBodyNamesAlone() throws {
        let branch = try #require(only(Extractor().extract(report(
            "Tháng 8/2024, Chi cục Hải quan cửa khẩu Phò Peo làm thủ tục cho 865 tờ khai.",
            title: "Cục Hải quan Cao Bằng: hoạt động xuất nhập khẩu sôi động")), .declarations))
        #expect(branch.office == "vn.cao-bang.cua-khau-pho-peo")
        let unit = try #require(only(Extractor().extract(report(
            "Trong tháng 5/2025, Hải quan cửa khẩu quốc tế Bờ Y làm thủ tục cho 1.000 lượt hành khách xuất nhập cảnh.",
            published: "2025-06-15", title: "Chi cục Hải quan khu vực XIV: hoạt động qua cửa khẩu tăng")), .travellers))
        #expect(unit.office == "vn.kv14.cua-khau-quoc-te-bo-y")
    }

    @Test func anOfficeNamedAfterTrongĐóWithoutAFigureIsTheSubjectAfterIt() throws {
        let records = Extractor().extract(report(
            "Cục Hải quan Quảng Ninh thu 900 tỷ đồng trong tháng 9/2024. Trong đó, Chi cục Hải quan cửa khẩu Móng Cái là đơn vị "
                + "có số thu lớn. Đơn vị thu được 105 tỷ đồng."))
        #expect(records.map(\.office) == ["vn.quang-ninh", "vn.quang-ninh.cua-khau-mong-cai"])
    }

    @Test func aCustomsReportThatNamesNoOfficeIsAboutTheCustomsAsAWhole() {
        let vietnamese = Extractor().extract(report("Năm 2024, số thu ngân sách của Hải quan đạt 400.000 tỷ đồng."))
        #expect(only(vietnamese, .revenue)?.office == "vn")
        let english = Extractor().extract(report(
            "In the first 11 months of 2024, Customs revenue reached 390 trillion VND, 93% of the estimate.", language: "en"))
        #expect(only(english, .revenue)?.office == "vn")
        #expect(only(english, .revenue)?.period == period("2024-01-01", "2024-11-30"))
    }

    @Test func tradeThroughAProvinceGoesToItsDepartment() throws {
        let body = "Theo số liệu của Tổng cục Hải quan, năm 2022 kim ngạch xuất nhập khẩu qua địa bàn tỉnh Tây Ninh đạt 9,4 tỷ USD."
        let record = try #require(only(Extractor().extract(report(body)), .tradeValue))
        #expect(record.office == "vn.tay-ninh" && record.flow == .total && record.value == 9_400_000_000)
        // English: "through" or "via" the province's border gates.
        for word in ["through", "via"] {
            let english = try #require(only(Extractor().extract(report(
                "In 2024, import-export turnover \(word) Lang Son border gates reached US$5.8bn, customs data showed.",
                language: "en")), .tradeValue))
            #expect(english.office == "vn.lang-son", "\(word)")
        }
    }

    @Test func aReportThatNeverNamesCustomsHasNoCustomsFigures() {
        let body = "Năm 2022, kim ngạch xuất nhập khẩu qua địa bàn tỉnh Tây Ninh đạt 9,4 tỷ USD."
        #expect(Extractor().extract(report(body)).isEmpty)
        // A title or a URL that names customs makes a customs report of it.
        let byURL = Extractor().extract(RawReport(reportID: "u", url: "https://example.vn/hai-quan-thu-ngan-sach-thang-4-1234/",
                                                  language: "vi", body: "Trong tháng 4/2024, số thu của toàn ngành ước đạt 19 nghìn tỷ đồng."))
        #expect(only(byURL, .revenue)?.office == "vn")
        // The amount of a change is no figure: "giảm so với tháng 3 khoảng 3.822 tỷ đồng".
        let change = Extractor().extract(report(
            "Trong tháng 4/2024, số thu của toàn ngành Hải quan đạt 19 nghìn tỷ đồng, giảm so với tháng 3 khoảng 3.822 tỷ đồng."))
        #expect(change.map(\.value) == [19_000_000_000_000])
        // The abbreviation "HQ" names customs as well as "hải quan" does.
        let abbreviated = Extractor().extract(report("Năm 2022, Cục HQ Tây Ninh cho biết kim ngạch xuất nhập khẩu đạt 9,4 tỷ USD."))
        #expect(only(abbreviated, .tradeValue)?.office == "vn.tay-ninh")
    }
}

@Suite("Periods")
struct PeriodTests {
    @Test(arguments: [
        ("Năm 2020, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2020-01-01", "2020-12-31"),
        ("Trong 6 tháng đầu năm 2021, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2021-01-01", "2021-06-30"),
        ("Sau 10 tháng năm 2021, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2021-01-01", "2021-10-31"),
        ("Trong quý I/2022, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2022-01-01", "2022-03-31"),
        ("Trong quý IV năm 2022, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2022-10-01", "2022-12-31"),
        ("Trong tháng 9/2021, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2021-09-01", "2021-09-30"),
        ("Trong tháng 2, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", "2024-03-05", "2024-02-01", "2024-02-29"),
        ("Lũy kế đến 20/4, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", "2022-05-01", "2022-01-01", "2022-04-20"),
        ("Từ đầu năm đến ngày 30/6/2023, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2023-01-01", "2023-06-30"),
        ("Từ tháng 1 đến hết tháng 5/2023, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2023-01-01", "2023-05-31"),
        ("Sáu tháng đầu năm 2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-06-30"),
        ("Năm tháng đầu năm 2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-05-31"),
        ("Mười một tháng năm 2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-11-30"),
        ("Năm 2024, sau hai tháng triển khai, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-12-31"),
        ("Tính đến hết tháng 11/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-11-30"),
        ("Hết tháng 6/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-06-30"),
        ("Tính đến hết quý II/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-06-30"),
        ("Hết quý III/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-09-30"),
        ("Hết ngày 15/9/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-09-15"),
        ("Cục Hải quan Cà Mau đã làm hết sức để thu ngân sách năm 2024 đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-12-31"),
        ("Quý đầu năm, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", "2024-04-05", "2024-01-01", "2024-03-31"),
        // Months from one to another after "tháng".
        ("Tháng 1-2/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-02-29"),
        ("Tháng 7 - 9 năm 2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-07-01", "2024-09-30"),
        // (A year after the hyphen is the month's year, December's too.)
        ("Tháng 12-2017, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2017-12-01", "2017-12-31"),
        ("Tháng 11-2017, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2017-11-01", "2017-11-30"),
        // A count of quarters: the first or last N of the year ("3 quý đầu năm" is not the first quarter).
        ("3 quý đầu năm 2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-09-30"),
        ("Ba quý đầu năm 2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-09-30"),
        ("Hai quý cuối năm 2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-07-01", "2024-12-31"),
        ("Năm ngoái, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", "2024-02-10", "2023-01-01", "2023-12-31"),
        ("Trong tháng trước, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", "2024-01-10", "2023-12-01", "2023-12-31"),
        ("Từ 1/1 đến 15/10/2020, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng, tăng 9% so với cùng kỳ năm ngoái.",
         "2020-10-20", "2020-01-01", "2020-10-15"),
        // The statistics' half-months and the first days of a month.
        ("Trong kỳ 1 tháng 3/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-03-01", "2024-03-15"),
        ("Trong kỳ II tháng 2/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-02-16", "2024-02-29"),
        ("Nửa cuối tháng 5/2023, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2023-05-16", "2023-05-31"),
        ("Trong 15 ngày đầu tháng 3/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-03-01", "2024-03-15"),
        ("Tính đến hết kỳ 1 tháng 3/2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-03-15"),
        ("Tháng đầu năm 2024, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", nil, "2024-01-01", "2024-01-31"),
        // "Từ đầu năm" with no end is the year so far, as "từ đầu năm đến nay".
        ("Từ đầu năm, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.", "2024-11-10", "2024-01-01", "2024-11-10"),
    ] as [(String, String?, String, String)])
    func periodForms(body: String, published: String?, start: String, end: String) throws {
        let record = try #require(only(Extractor().extract(report(body, published: published)), .revenue))
        #expect(record.period == period(start, end), "\(body)")
    }

    /// A year so far with no end, after a month or quarter over by publication: it stops where that
    /// ends (the monthly report: "Tháng 7/2024 thu …; lũy kế từ đầu năm thu …"), not at publication.
    @Test func aYearSoFarAfterAMonthEndsWithIt() throws {
        for (body, end) in [
            ("Tháng 7/2024, Cục Hải quan An Giang thu ngân sách 42,5 tỷ đồng; lũy kế từ đầu năm thu 285 tỷ đồng.", "2024-07-31"),
            ("Quý I/2024, Cục Hải quan An Giang thu ngân sách 120 tỷ đồng. Từ đầu năm, kim ngạch đạt 310 triệu USD.", "2024-03-31"),
            // Nothing named before it: to publication, as before.
            ("Lũy kế từ đầu năm, Cục Hải quan An Giang thu ngân sách 285 tỷ đồng.", "2024-08-02"),
        ] {
            let records = Extractor().extract(report(body, published: "2024-08-02"))
            let last = try #require(records.last, "\(body)")
            #expect(last.period == period("2024-01-01", end), "\(body)")
        }
        // The year named is not over by publication: to publication.
        let thisYear = Extractor().extract(report(
            "Năm 2024, Cục Hải quan An Giang phấn đấu thu 500 tỷ đồng. Từ đầu năm, đơn vị đã thu 285 tỷ đồng.", published: "2024-08-02"))
        #expect(thisYear.last?.period == period("2024-01-01", "2024-08-02"))
    }

    @Test(arguments: [
        ("From January to September 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-01-01", "2024-09-30"),
        ("From January 2024 to September 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-01-01", "2024-09-30"),
        ("From January to September 15, 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-01-01", "2024-09-15"),
        ("Hai Phong Customs Department collected VND 45.7 trillion in January-September 2024.", "2024-01-01", "2024-09-30"),
        ("In the January-September period of 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-01-01", "2024-09-30"),
        ("Between March and May 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-03-01", "2024-05-31"),
        ("In Q3/2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-07-01", "2024-09-30"),
        ("In Q1 2025, Hai Phong Customs Department collected VND 45.7 trillion.", "2025-01-01", "2025-03-31"),
        ("In the first half of 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-01-01", "2024-06-30"),
        ("In 11 months of 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-01-01", "2024-11-30"),
        ("In the second half of 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-07-01", "2024-12-31"),
        ("In the second quarter of 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-04-01", "2024-06-30"),
        ("In the first three quarters of 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-01-01", "2024-09-30"),
        ("In the last two quarters of 2024, Hai Phong Customs Department collected VND 45.7 trillion.", "2024-07-01", "2024-12-31"),
        ("Between January and October this year, Hai Phong Customs Department collected VND 45.7 trillion.", "2025-01-01", "2025-10-31"),
        ("In the year to October, Hai Phong Customs Department collected VND 45.7 trillion.", "2025-01-01", "2025-10-31"),
        ("In the year to date, Hai Phong Customs Department collected VND 45.7 trillion.", "2025-01-01", "2025-04-10"),
        ("As of mid-December 2024, Hai Phong Customs Department had collected VND 45.7 trillion.", "2024-01-01", "2024-12-15"),
        // The month before publication (2025-04-10).
        ("Last month, Hai Phong Customs Department collected VND 45.7 trillion.", "2025-03-01", "2025-03-31"),
        // The year to publication (2025-04-10).
        ("Hai Phong Customs Department has so far this year collected VND 45.7 trillion.", "2025-01-01", "2025-04-10"),
        ("Hai Phong Customs Department has collected VND 45.7 trillion this year so far.", "2025-01-01", "2025-04-10"),
    ])
    func englishPeriodForms(body: String, start: String, end: String) throws {
        let record = try #require(only(Extractor().extract(report(body, published: "2025-04-10", language: "en")), .revenue))
        #expect(record.period == period(start, end), "\(body)")
        #expect(record.value == 45_700_000_000_000)
    }

    @Test(arguments: [
        // The lunar new year: the first days from Tết (mùng 1), as Vietnam's calendar has it.
        ("Trong 3 ngày đầu tiên của năm mới Canh Dần, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2010-02", "2010-02-14", "2010-02-16"),
        ("5 ngày đầu Tết Nguyên đán Giáp Thìn 2024, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2024-02-20", "2024-02-10", "2024-02-14"),
        ("Trong 7 ngày đầu xuân Ất Tỵ, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2025-02-05", "2025-01-29", "2025-02-04"),
        // "Tỵ" folds like "Tý": the stem tells them apart (Quý Tỵ is 2013, Tết on 10 February).
        ("Trong 3 ngày đầu năm mới Quý Tỵ, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2013-02-15", "2013-02-10", "2013-02-12"),
        // Days of Tết by their number: "mùng 4 Tết", "từ mùng 1 đến mùng 5 Tết".
        ("Trong ngày mùng 4 Tết Giáp Thìn, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2024-02-15", "2024-02-13", "2024-02-13"),
        ("Từ mùng 1 đến mùng 5 Tết, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2024-02-15", "2024-02-10", "2024-02-14"),
        // No stem and branch: the year of publication. 2007: Vietnam's Tết is a day before China's.
        ("Trong 3 ngày đầu năm mới, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2007-02-22", "2007-02-17", "2007-02-19"),
        // The official Tết holiday, chosen each year (2025: 9 days, 25/1 to 2/2; 2024: 7 days, 8/2 to 14/2).
        ("Trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2025-02-03", "2025-01-25", "2025-02-02"),
        ("Trong kỳ nghỉ Tết Nguyên đán Giáp Thìn, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2024-02-16", "2024-02-08", "2024-02-14"),
        ("Trong dịp nghỉ Tết, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.",
         "2024-02-16", "2024-02-08", "2024-02-14"),
        // Told in the last quarter, with no year: the coming Tết.
        ("Trong dịp Tết Nguyên đán, Chi cục Hải quan Nội Bài dự kiến làm thủ tục cho 9.545 lượt hành khách.",
         "2023-12-20", "2024-02-08", "2024-02-14"),
    ] as [(String, String, String, String)])
    func lunarNewYearDaysAndTetHolidays(body: String, published: String, start: String, end: String) throws {
        let record = try #require(only(Extractor().extract(report(body, published: published)), .travellers))
        #expect(record.period == period(start, end), "\(body)")
    }

    /// The year of an unnamed Tết comes from the context as any period's; the report's own window of
    /// the holiday, where it gives one, is what its figures cover.
    @Test func aTetHolidayTakesTheYearAndTheWindowOfItsReport() throws {
        let context = Extractor().extract(report(
            "Năm 2023, Chi cục Hải quan Cầu Treo làm thủ tục cho 2.500 lượt khách. Trong dịp nghỉ Tết, đơn vị làm thủ tục cho 900 lượt khách.",
            published: "2025-02-20"))
        #expect(only(context, .travellers, value: 900)?.period == period("2023-01-20", "2023-01-26"))
        let window = Extractor().extract(report(
            "Trong kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026, Chi cục Hải quan Cầu Treo làm thủ tục cho 2.500 lượt khách. "
                + "Số liệu từ ngày 14 đến 20/2 cho thấy kim ngạch đạt 33,5 triệu USD.", published: "2026-02-23"))
        #expect(window.map(\.period) == [period("2026-02-14", "2026-02-20"), period("2026-02-14", "2026-02-20")])
        // Named again without its year after another year's figure: the holiday named before.
        let again = Extractor().extract(report(
            "Trong kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026, Chi cục Hải quan Cầu Treo làm thủ tục cho 2.100 lượt phương tiện. "
                + "Năm 2025, đơn vị thu 500 tỷ đồng. Trong kỳ nghỉ Tết Nguyên đán, đơn vị làm thủ tục cho 9.000 lượt khách.",
            published: "2026-02-25"))
        #expect(only(again, .travellers)?.period == period("2026-02-14", "2026-02-22"))
    }

    /// A count of days that is not that year's holiday names no period of it (2024's was 7 days).
    @Test func aTetHolidayOfAnotherLengthIsNotTheOfficialOne() throws {
        let record = try #require(only(Extractor().extract(report(
            "Trong 9 ngày nghỉ Tết, Chi cục Hải quan Nội Bài làm thủ tục cho 9.545 lượt hành khách.", published: "2024-02-16")), .travellers))
        #expect(record.period != period("2024-02-08", "2024-02-14"))
    }

    @Test func anOutlookForTheWholeYearDatesOnlyItsSentence() throws {
        let records = Extractor().extract(report(
            "Tính đến 30/11/2025, Hải quan khu vực VI thu ngân sách 12.144,9 tỷ đồng. Với đà này, đơn vị dự kiến cả năm đạt "
                + "13.500 - 14.000 tỷ đồng. Đơn vị đã làm thủ tục cho 80.000 tờ khai.", published: "2025-12-05"))
        let outlook = try #require(only(records, .revenue, value: 13_500_000_000_000))
        #expect(outlook.period == .year(2025))
        #expect(outlook.basis == .forecast)
        #expect(outlook.valueMax == 14_000_000_000_000)
        // The next sentence keeps the period carried before the outlook.
        #expect(try #require(only(records, .declarations)).period == period("2025-01-01", "2025-11-30"))
        let english = Extractor().extract(report(
            "By November 30, 2025, the Customs Branch of Region VI had collected VND 12,144.9 billion in state budget revenue. "
                + "Revenue has risen by 77% over the same period of 2024. With this momentum, the unit expects to end the year "
                + "at 13,500-14,000 billion VND.", published: "2025-12", language: "en"))
        let englishOutlook = try #require(only(english, .revenue, value: 13_500_000_000_000))
        #expect(englishOutlook.period == .year(2025))
        #expect(englishOutlook.office == "vn.kv6")
    }

    @Test func lunarNewYearTable() throws {
        // Tết as published in Vietnam (UTC+7); the Chinese New Year differs in 2007 and 2030.
        let known = [(1990, 1, 27), (2007, 2, 17), (2010, 2, 14), (2020, 1, 25), (2024, 2, 10), (2025, 1, 29),
                     (2026, 2, 17), (2030, 2, 2), (2060, 2, 2)]
        for (y, m, d) in known { #expect(LunarNewYear.firstDay(of: y) == CalendarDate(year: y, month: m, day: d)) }
        #expect(LunarNewYear.firstDay(of: 1989) == nil)
        #expect(LunarNewYear.firstDay(of: 2061) == nil)
        // Every Tết falls between 21 January and 20 February.
        for y in 1990...2060 {
            let t = try #require(LunarNewYear.firstDay(of: y))
            #expect(t >= CalendarDate(year: y, month: 1, day: 21)! && t <= CalendarDate(year: y, month: 2, day: 20)!)
        }
        // Canh Dần (6, 2) near 2010; Giáp Tý (0, 0) is 1984 or 2044; a stem and a branch of different parity name no year.
        #expect(LunarNewYear.year(stem: 6, branch: 2, near: 2010) == 2010)
        #expect(LunarNewYear.year(stem: 0, branch: 0, near: 2000) == 1984)
        #expect(LunarNewYear.year(stem: 0, branch: 0, near: 2043) == 2044)
        #expect(LunarNewYear.year(stem: 0, branch: 1, near: 2000) == nil)
    }

    @Test func anAsideAboutAnotherYearDoesNotDateTheFigureAfterIt() throws {
        let aside = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Lạng Sơn (năm 2022: 4.000 tỷ đồng) thu ngân sách 5.000 tỷ đồng."))
        #expect(only(aside, .revenue, value: 5_000_000_000_000)?.period == .year(2023))
        #expect(only(aside, .revenue, value: 4_000_000_000_000)?.period == .year(2022))
        // The base of a comparison in its own parenthesis: a record of the year compared with,
        // once the figure it is the base of is known; otherwise no record (never the main year's).
        let base = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Lạng Sơn thu ngân sách 5.000 tỷ đồng (cùng kỳ năm 2022: 4.000 tỷ đồng)."))
        #expect(only(base, .revenue, value: 4_000_000_000_000)?.period == .year(2022))
        let before = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Lạng Sơn (cùng kỳ năm 2022: 4.000 tỷ đồng) thu ngân sách 5.000 tỷ đồng."))
        #expect(before.map(\.value) == [5_000_000_000_000])
        // "cùng kỳ" without a year is the same period of the year before.
        let unnamed = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Lạng Sơn thu ngân sách 5.000 tỷ đồng (cùng kỳ: 4.000 tỷ đồng)."))
        #expect(unnamed.map(\.value) == [5_000_000_000_000, 4_000_000_000_000])
        #expect(only(unnamed, .revenue, value: 4_000_000_000_000)?.period == .year(2022))
        // A parenthesis holding only a period still dates what follows.
        let refined = try #require(only(Extractor().extract(report(
            "Năm 2023 (tính đến 15/12), Cục Hải quan Lạng Sơn thu ngân sách 5.000 tỷ đồng.", published: "2023-12-20")), .revenue))
        #expect(refined.period == period("2023-01-01", "2023-12-15"))
    }

    @Test func aDurationIsNoPeriod() throws {
        // "sau 2 tháng triển khai" counts months of work, not the months of a year.
        let body = "Năm 2022, sau 2 tháng triển khai, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng."
        let record = try #require(only(Extractor().extract(report(body)), .revenue))
        #expect(record.period == .year(2022))
        let across = try #require(only(Extractor().extract(report(
            "Từ tháng 11/2022 đến tháng 2/2023, Cục Hải quan Cà Mau thu ngân sách đạt 512 tỷ đồng.")), .revenue))
        #expect(across.period == period("2022-11-01", "2023-02-28"))
    }

    @Test func aPeriodCarriesOverToTheFollowingSentences() {
        let body = "Trong quý II/2024, Cục Hải quan Cần Thơ thu ngân sách 410 tỷ đồng. Kim ngạch xuất khẩu đạt 650 triệu USD. Cả năm 2023, đơn vị thu 1.520 tỷ đồng."
        let records = Extractor().extract(report(body))
        let q2 = period("2024-04-01", "2024-06-30")
        #expect(only(records, .revenue, value: 410_000_000_000)?.period == q2)
        #expect(only(records, .tradeValue)?.period == q2)
        #expect(only(records, .revenue, value: 1_520_000_000_000)?.period == .year(2023))
    }

    @Test func theBaseOfAComparisonDoesNotCarryOver() {
        // "the same period last year" is what the change compares with; the next sentence stays in the first half.
        let body = "In the first half of 2024, Dong Nai Customs Department handled import-export turnover of USD 12.4 billion, "
            + "up 9.5% over the same period last year. Exports were USD 7.1 billion."
        let records = Extractor().extract(report(body, published: "2024-07-05", language: "en"))
        let half = period("2024-01-01", "2024-06-30")
        #expect(only(records, .tradeValue, value: 12_400_000_000)?.period == half)
        #expect(only(records, .tradeValue, value: 7_100_000_000)?.period == half)
    }

    @Test func yearsInGeneralAreNoPeriod() {
        // "nhiều / những năm qua" (over the past years) names no period: the figure before it keeps
        // the report's own ("năm 2023"), not last year. "Nhưng năm qua" (but last year) is one.
        for plural in ["nhiều", "những", "những".decomposedStringWithCanonicalMapping] {
            let body = "Năm 2023, Chi cục Hải quan Cầu Treo làm thủ tục cho 2.500 lượt khách. "
                + "Trong \(plural) năm qua, đơn vị luôn trực Tết. Đơn vị còn làm thủ tục cho 900 lượt khách."
            let records = Extractor().extract(report(body, published: "2025-02-20"))
            #expect(only(records, .travellers, value: 900)?.period == .year(2023), "\(plural)")
        }
        let but = Extractor().extract(report(
            "Năm 2023, Chi cục Hải quan Cầu Treo làm thủ tục cho 2.500 lượt khách. Nhưng năm qua, đơn vị làm thủ tục cho 900 lượt khách.",
            published: "2025-02-20"))
        #expect(only(but, .travellers, value: 900)?.period == .year(2024))
    }

    @Test func aTargetTakesTheYearItIsFor() throws {
        let body = "Cục Hải quan Thanh Hóa được giao chỉ tiêu năm 2021 là 4.350 tỷ đồng."
        let record = try #require(only(Extractor().extract(report(body, published: "2021-02-10")), .revenueTarget))
        #expect(record.period == .year(2021) && record.targetKind == .estimate && record.value == 4_350_000_000_000)
    }

    @Test func aPeriodTheComparisonNamesIsNotTheFiguresOwn() throws {
        // "so với 10 tháng năm 2023" only tells that the figure's ten months are of 2024.
        let months = try #require(only(Extractor().extract(report(
            "Trong 10 tháng, trị giá xuất nhập khẩu của cả nước đạt 647 tỷ USD, tăng 15% so với 10 tháng năm 2023.",
            published: "2024-11-05", title: "Tổng cục Hải quan")), .tradeValue))
        #expect(months.period == period("2024-01-01", "2024-10-31") && months.changePct == 15)
        // Nor does a half-month compared with carry to the next sentence.
        let halves = Extractor().extract(report(
            "Kỳ 1 tháng 11/2024, trị giá xuất nhập khẩu đạt 37,1 tỷ USD, giảm 3,2% so với kỳ 2 tháng 10/2024. "
                + "Trong đó, xuất khẩu đạt 18,9 tỷ USD, tăng 1,5% so với kỳ 2 tháng trước; nhập khẩu đạt 18,2 tỷ USD.",
            published: "2024-11-20", title: "Tổng cục Hải quan"))
        #expect(halves.map(\.period) == Array(repeating: period("2024-11-01", "2024-11-15"), count: 3))
        #expect(halves.map(\.changePrevPeriodPct) == [-3.2, 1.5, nil])
        // Spans from January of two years: the figure's is the later year, and the change year on year.
        for text in ["As of November 15, trade reached $715 billion, up 15% from the first ten months of 2023.",
                     "Tính đến hết ngày 15/11, trị giá xuất nhập khẩu đạt 715 tỷ USD, tăng 15% so với 10 tháng năm 2023."] {
            let ytd = try #require(only(Extractor().extract(report(text, published: "2024-11-20", title: "Customs")), .tradeValue))
            #expect(ytd.period == period("2024-01-01", "2024-11-15") && ytd.changePct == 15, "\(text)")
        }
    }

    @Test func holidaysComparedAndTheSameMonthsNamedBefore() throws {
        // "so với Tết năm 2023", "so với dịp lễ năm ngoái": the holiday a year before, not the figures' year.
        let tet = Extractor().extract(report(
            "Từ ngày 8/2 đến ngày 14/2/2024, Chi cục Hải quan cửa khẩu Mộc Bài làm thủ tục cho 52.318 lượt khách, tăng 35,2% so với "
                + "Tết Quý Mão 2023. Trong đó, xuất cảnh là 27.105 lượt."))
        #expect(tet.map(\.period) == [period("2024-02-08", "2024-02-14"), period("2024-02-08", "2024-02-14")])
        #expect(tet.first?.changePct == 35.2)
        let holiday = Extractor().extract(report(
            "Từ ngày 29/4 đến hết ngày 3/5, Chi cục Hải quan cửa khẩu Móng Cái làm thủ tục cho 20.846 lượt khách, gấp 4 lần so với "
                + "dịp lễ năm ngoái. Trong đó nhập cảnh 10.100 lượt.", published: "2023-05-04"))
        #expect(holiday.map(\.period) == [period("2023-04-29", "2023-05-03"), period("2023-04-29", "2023-05-03")])
        // "Trong 10 tháng" after a sentence about another year: the ten months named before, with their year.
        let months = Extractor().extract(report(
            "10 tháng năm 2023, Cục Hải quan Hải Phòng thu ngân sách 68.240 tỷ đồng. Năm 2022, đơn vị thu 79.500 tỷ đồng. "
                + "Trong 10 tháng, đơn vị tiếp nhận 1,52 triệu tờ khai."))
        #expect(try #require(only(months, .declarations)).period == period("2023-01-01", "2023-10-31"))
    }

    @Test func theYearATargetIsForDatesOnlyItsSentence() throws {
        let records = Extractor().extract(report(
            "Tháng 1/2024, Cục Hải quan Cà Mau thu 48 tỷ đồng, bằng 7,5% dự toán năm 2024. Số tờ khai đạt 900 tờ khai."))
        #expect(try #require(only(records, .declarations)).period == period("2024-01-01", "2024-01-31"))
    }
}

@Suite("Values, qualifiers, basis and comparisons")
struct ValueTests {
    static let prefix = "Năm 2022, Cục Hải quan Quảng Trị"

    @Test(arguments: [
        ("thu ngân sách khoảng 120 tỷ đồng.", 120e9, Qualifier.about, nil),
        ("thu ngân sách xấp xỉ 120 tỷ đồng.", 120e9, .about, nil),
        ("thu ngân sách hơn 120 tỷ đồng.", 120e9, .over, nil),
        ("thu ngân sách trên 120 tỷ đồng.", 120e9, .over, nil),
        ("thu ngân sách chưa đến 120 tỷ đồng.", 120e9, .under, nil),
        ("thu ngân sách từ 120 đến 135 tỷ đồng.", 120e9, .range, 135e9),
        ("thu ngân sách 1,5 nghìn tỷ đồng.", 1.5e12, .exact, nil),
        ("thu ngân sách 1,5 ngàn tỷ đồng.", 1.5e12, .exact, nil),
        ("thu ngân sách 120 tỉ đồng.", 120e9, .exact, nil),
        ("thu ngân sách 120 tỷ 500 triệu đồng.", 120.5e9, .exact, nil),
    ] as [(String, Double, Qualifier, Double?)])
    func qualifiersScalesAndRanges(tail: String, value: Double, qualifier: Qualifier, valueMax: Double?) throws {
        let body = "\(Self.prefix) \(tail)"
        let record = try #require(only(Extractor().extract(report(body)), .revenue))
        #expect(record.value == value && record.qualifier == qualifier && record.valueMax == valueMax, "\(body)")
    }

    @Test func forecastsAreBasisForecast() throws {
        let body = "Cục Hải quan Quảng Trị dự kiến thu ngân sách tháng 12/2022 đạt 95 tỷ đồng."
        let record = try #require(only(Extractor().extract(report(body, published: "2022-12-05")), .revenue))
        #expect(record.basis == .forecast && record.period == period("2022-12-01", "2022-12-31"))
    }

    @Test func anEstimateOfAPeriodEndingAfterPublicationIsAForecast() throws {
        let body = "Số thu ngân sách tháng 3/2024 của Cục Hải quan Quảng Trị ước đạt 102 tỷ đồng."
        let early = try #require(only(Extractor().extract(report(body, published: "2024-03-25")), .revenue))
        #expect(early.basis == .forecast && early.qualifier == .about)
        // Published once the month is over, or in that month with no day known: an estimate of what was done.
        for published in ["2024-04-02", "2024-03", nil] {
            let late = try #require(only(Extractor().extract(report(body, published: published)), .revenue))
            #expect(late.basis == .actual && late.qualifier == .about, "\(published ?? "no date")")
        }
    }

    @Test func anEstimateOpeningTheSentenceIsAForecastOfAYearNotOver() throws {
        let body = "Trong năm 2023, Cục Hải quan TP Đà Nẵng làm thủ tục cho 2.450 chuyến tàu biển. "
            + "Ước tính cả năm 2023, số thu ngân sách đạt khoảng 2.300 tỷ đồng, vượt 4,5% dự toán."
        let early = try #require(only(Extractor().extract(report(body, published: "2023-12-22")), .revenue))
        #expect(early.basis == .forecast && early.qualifier == .about && early.period == period("2023-01-01", "2023-12-31"))
        let late = try #require(only(Extractor().extract(report(body, published: "2024-01-05")), .revenue))
        #expect(late.basis == .actual && late.qualifier == .about)
        // Not said of the sentence: the count before it stays what was done.
        let vessels = try #require(only(Extractor().extract(report(body, published: "2023-12-22")), .vehicles))
        #expect(vessels.basis == .actual)
    }

    @Test func exceedingATargetReadsAsAttainment() {
        let below100 = Extractor().extract(report("\(Self.prefix) thu ngân sách 860 tỷ đồng, vượt 7,5% dự toán."))
        #expect(only(below100, .revenue)?.vsTargets == [TargetAttainment(kind: .estimate, pct: 107.5)])
        let above100 = Extractor().extract(report("\(Self.prefix) thu ngân sách 860 tỷ đồng, vượt 112% chỉ tiêu phấn đấu."))
        #expect(only(above100, .revenue)?.vsTargets == [TargetAttainment(kind: .stretch, pct: 112)])
    }

    @Test func theAmountRightAfterTheTargetItExceedsIsTheTarget() {
        // "vượt chỉ tiêu 72.000 tỷ đồng" names the target's amount, as "vượt dự toán 18.000 tỷ đồng" does.
        let records = Extractor().extract(report(
            "Năm 2013, dự kiến Cục Hải quan TP Hồ Chí Minh sẽ thu vượt chỉ tiêu 72.000 tỷ đồng.", published: "2013-11-06"))
        #expect(records.map(\.metric) == [.revenueTarget])
        #expect(records.first?.value == 72_000_000_000_000 && records.first?.targetKind == .estimate)
    }

    @Test(arguments: [
        ("tăng 120,6% so với cùng kỳ", 120.6), ("giảm 3,4% so với năm 2021", -3.4), ("giảm nhẹ 0,5% so với năm 2021", -0.5),
        // Ratios become changes: "gấp N lần", "tăng gấp đôi", and "tăng N lần", the press's "increase N times".
        ("gấp 2,5 lần cùng kỳ", 150), ("tăng gấp đôi so với năm 2021", 100), ("tăng hơn 3 lần so với cùng kỳ", 200),
        // "đạt X% so với cùng kỳ" and, with no change word, "tương đương X% so với cùng kỳ" are ratios, as "bằng" is.
        ("đạt 102% so với cùng kỳ", 2), ("tương đương 108% so với cùng kỳ năm trước", 8),
        ("cao hơn 8% so với năm 2021", 8), ("thấp hơn 8% so với năm 2021", -8), ("vượt 8% so với cùng kỳ", 8),
    ] as [(String, Double)])
    func changesAreSignedAndRatiosBecomeChanges(tail: String, change: Double) {
        let records = Extractor().extract(report("\(Self.prefix) thu ngân sách 860 tỷ đồng, \(tail)."))
        #expect(only(records, .revenue)?.changePct == change, "\(tail)")
    }

    @Test func changesThatAreNotYearOnYear() {
        let timesPrevious = Extractor().extract(report("\(Self.prefix) thu ngân sách 860 tỷ đồng, tăng 1,5 lần so với tháng trước."))
        #expect(only(timesPrevious, .revenue)?.changePct == nil)
        #expect(only(timesPrevious, .revenue)?.changePrevPeriodPct == 50)
        // "đạt X% dự toán" is attainment.
        let target = Extractor().extract(report("\(Self.prefix) thu ngân sách 860 tỷ đồng, đạt 102% dự toán."))
        #expect(only(target, .revenue)?.changePct == nil)
        #expect(only(target, .revenue)?.vsTargets == [TargetAttainment(kind: .estimate, pct: 102)])
        // "cao hơn cùng kỳ 60 tỷ đồng" is the amount of the change, not a second figure.
        let amount = Extractor().extract(report("\(Self.prefix) thu ngân sách 860 tỷ đồng, cao hơn cùng kỳ 60 tỷ đồng."))
        #expect(amount.map(\.value) == [860_000_000_000])
    }

    @Test func respectivelyGivesTheListedFlowsInOrder() {
        let trade = Extractor().extract(report(
            "Theo Tổng cục Hải quan, 9 tháng năm 2023 kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 259,67 tỷ USD và 237,99 tỷ USD."))
        #expect(trade.map(\.flow) == [.export, .import])
        #expect(trade.map(\.value) == [259_670_000_000, 237_990_000_000])
        let changes = Extractor().extract(report(
            "Theo Tổng cục Hải quan, 9 tháng năm 2023 kim ngạch xuất khẩu và nhập khẩu ước lần lượt đạt 259,67 tỷ USD và "
                + "237,99 tỷ USD, giảm 8,2% và 13,8% so với cùng kỳ."))
        #expect(changes.map(\.changePct) == [-8.2, -13.8])
        #expect(changes.map(\.qualifier) == [.about, .about])
        let people = Extractor().extract(report(
            "Năm 2023, lượng khách nhập cảnh và xuất cảnh qua Cục Hải quan Lào Cai lần lượt là 620.000 lượt và 615.000 lượt."))
        #expect(people.map(\.flow) == [.entry, .exit])
        let english = Extractor().extract(report(
            "In the first nine months of 2023, exports and imports handled by Vietnam Customs reached USD 259.67 billion and USD 237.99 billion respectively.",
            language: "en"))
        #expect(english.map(\.flow) == [.export, .import])
        // A total is no list of flows.
        let total = Extractor().extract(report(
            "Năm 2023, kim ngạch xuất nhập khẩu qua Cục Hải quan Lào Cai và Cục Hải quan Lạng Sơn lần lượt đạt 3,1 tỷ USD và 5,3 tỷ USD."))
        #expect(total.map(\.flow) == [.total, .total])
    }


    @Test func respectivelyGivesListedOfficesAndSharedUnits() {
        let offices = Extractor().extract(report(
            "6 tháng đầu năm 2024, Cục Hải quan Lạng Sơn, Cục Hải quan Quảng Ninh và Cục Hải quan Lào Cai thu ngân sách lần lượt "
                + "đạt 3.512 tỷ đồng, 6.210 tỷ đồng và 1.012 tỷ đồng."))
        #expect(offices.map(\.office) == ["vn.lang-son", "vn.quang-ninh", "vn.lao-cai"])
        // A scale and unit written once for both numbers; "tương ứng" as "respectively".
        for text in ["5 tháng đầu năm 2024, tại Cục Hải quan Đắk Lắk, kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 820 và 95 triệu USD.",
                     "5 tháng đầu năm 2024, tại Cục Hải quan Đắk Lắk, kim ngạch xuất khẩu và nhập khẩu đạt tương ứng 820 triệu USD và 95 triệu USD."] {
            let trade = Extractor().extract(report(text))
            #expect(trade.map(\.flow) == [.export, .import], "\(text)")
            #expect(trade.map(\.value) == [820_000_000, 95_000_000], "\(text)")
        }
        // "tương ứng" restating a change is still no list.
        let change = Extractor().extract(report("5 tháng đầu năm 2024, Cục Hải quan Đắk Lắk thu 500 tỷ đồng, tăng 60 tỷ đồng, tương ứng 13%."))
        #expect(change.map(\.value) == [500_000_000_000])
        #expect(change.first?.changePct == 13)
    }

    @Test func respectivelyGivesListedMetricsAndHàngXuấtIsExports() {
        let metrics = Extractor().extract(report(
            "5 tháng đầu năm 2024, tại Cục Hải quan Đắk Lắk, số thu và kim ngạch lần lượt đạt 120 tỷ đồng và 915 triệu USD."))
        #expect(metrics.map(\.metric) == [.revenue, .tradeValue])
        let goods = Extractor().extract(report(
            "5 tháng đầu năm 2024, tại Cục Hải quan Đắk Lắk, kim ngạch đạt 915 triệu USD, trong đó hàng xuất 820 triệu USD, "
                + "hàng nhập 95 triệu USD."))
        #expect(goods.map(\.flow) == [.total, .export, .import])
    }

    @Test func listsOfDirectionsAndTheirVariants() {
        for text in ["Tháng 10/2024, kim ngạch xuất khẩu, nhập khẩu qua Cục Hải quan Lạng Sơn tương ứng là 2,3 tỷ USD và 2,2 tỷ USD.",
                     "Tháng 10/2024, kim ngạch xuất và nhập khẩu qua Cục Hải quan Lạng Sơn lần lượt đạt 2,3 tỷ USD và 2,2 tỷ USD."] {
            let trade = Extractor().extract(report(text))
            #expect(trade.map(\.flow) == [.export, .import], "\(text)")
            #expect(trade.map(\.value) == [2_300_000_000, 2_200_000_000], "\(text)")
        }
        let both = Extractor().extract(report(
            "Tháng 10/2024, Chi cục Hải quan cửa khẩu Hữu Nghị làm thủ tục cho 95.000 lượt khách xuất cảnh và nhập cảnh."))
        #expect(both.map(\.flow) == [.total])
        let shared = Extractor().extract(report(
            "Tháng 10/2024, lượt khách xuất cảnh và nhập cảnh qua Chi cục Hải quan cửa khẩu Hữu Nghị lần lượt là 48.000 và 47.000 lượt."))
        #expect(shared.map(\.flow) == [.exit, .entry])
        #expect(shared.map(\.value) == [48_000, 47_000])
    }

    @Test func respectivelyGivesFiguresOfDifferentMetricsTheirChangesInOrder() {
        let gate = Extractor().extract(report(
            "Tính đến hết tháng 10/2024, Chi cục Hải quan cửa khẩu Lao Bảo đã làm thủ tục cho 450.000 lượt người và "
                + "60.000 lượt phương tiện xuất nhập cảnh, tăng lần lượt 20% và 15% so với cùng kỳ."))
        #expect(gate.map(\.metric) == [.travellers, .vehicles])
        #expect(gate.map(\.changePct) == [20, 15])
        let mixed = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Hà Tĩnh có 500 doanh nghiệp và 35.000 tờ khai, lần lượt tăng 10% và giảm 3% so với năm 2022."))
        #expect(mixed.map(\.metric) == [.enterprises, .declarations])
        #expect(mixed.map(\.changePct) == [10, -3])
        let english = Extractor().extract(report(
            "In the first ten months of 2024, Lao Bao Customs Branch handled 450,000 passengers and 60,000 vehicles, "
                + "up 20% and 15% respectively year on year.", language: "en"))
        #expect(english.map(\.changePct) == [20, 15])
    }
    @Test func respectivelyListedChangesBeforeTheFigures() {
        for text in ["Năm 2022, xuất khẩu và nhập khẩu qua Cục Hải quan TP Hà Nội tăng lần lượt 12% và 15% so với cùng kỳ, "
                        + "đạt 14,3 tỷ USD và 21,5 tỷ USD.",
                     "Năm 2022, xuất khẩu và nhập khẩu qua Cục Hải quan TP Hà Nội lần lượt tăng 12% và giảm 15% so với năm 2021, "
                        + "với trị giá 14,3 tỷ USD và 21,5 tỷ USD."] {
            let trade = Extractor().extract(report(text))
            #expect(trade.map(\.flow) == [.export, .import], "\(text)")
            #expect(trade.map(\.changePct) == [12, text.contains("giảm") ? -15 : 15], "\(text)")
        }
        let metrics = Extractor().extract(report(
            "Năm 2022, số thu ngân sách và kim ngạch của Cục Hải quan TP Hà Nội giảm lần lượt 3% và 4% so với cùng kỳ, "
                + "đạt 3.100 tỷ đồng và 34 tỷ USD."))
        #expect(metrics.map(\.metric) == [.revenue, .tradeValue])
        #expect(metrics.map(\.changePct) == [-3, -4])
        // Against the month before: no year-on-year change.
        let month = Extractor().extract(report(
            "Tháng 11/2022, xuất khẩu và nhập khẩu qua Cục Hải quan TP Hà Nội tăng lần lượt 12% và 15% so với tháng trước, "
                + "đạt 1,3 tỷ USD và 2,1 tỷ USD."))
        #expect(month.map(\.flow) == [.export, .import])
        #expect(month.map(\.changePct) == [nil, nil])
        // Attainments are no changes.
        let targets = Extractor().extract(report(
            "Năm 2022, số thu ngân sách và kim ngạch của Cục Hải quan TP Hà Nội đạt lần lượt 103% và 98% kế hoạch, "
                + "với 3.100 tỷ đồng và 34 tỷ USD."))
        #expect(targets.map(\.changePct).allSatisfy { $0 == nil })
    }

    @Test func oneDaySetApartWithRiêng() throws {
        let body = "Trong kỳ nghỉ lễ 30/4 - 1/5, Chi cục Hải quan cửa khẩu quốc tế Lào Cai làm thủ tục cho 21.300 lượt "
            + "hành khách xuất nhập cảnh. Riêng ngày 30/4, có 5.120 lượt khách qua cửa khẩu."
        let records = Extractor().extract(report(body, published: "2024-05-02"))
        #expect(records.map(\.value) == [21_300, 5_120])
        #expect(records.map(\.period) == [period("2024-04-30", "2024-05-01"), period("2024-04-30", "2024-04-30")])
        // The date of the news is no period of its figures.
        let news = Extractor().extract(report(
            "Ngày 5/1/2024, Cục Hải quan Lạng Sơn cho biết năm 2023 đơn vị thu ngân sách 7.100 tỷ đồng.", published: "2024-01-06"))
        #expect(news.map(\.period) == [period("2023-01-01", "2023-12-31")])
    }

    @Test func aComparisonWithAnotherOfficeIsNoChange() {
        for tail in ["gấp 5 lần số thu của Cục Hải quan Lào Cai", "tăng 20% so với Cục Hải quan Lào Cai",
                     "bằng 250% số thu của Cục Hải quan Lào Cai"] {
            let records = Extractor().extract(report("Năm 2023, Cục Hải quan Hà Nội thu 5.000 tỷ đồng, \(tail)."))
            #expect(records.map(\.changePct) == [nil], "\(tail)")
        }
        // A change of its own, with an office named in the next clause, stays.
        let own = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Hà Nội thu 5.000 tỷ đồng, tăng 20%, Chi cục Hải quan Gia Thụy thu 900 tỷ đồng."))
        #expect(own.map(\.changePct) == [20, nil])
        let ratio = Extractor().extract(report("Năm 2023, Cục Hải quan Hà Nội thu 5.000 tỷ đồng, gấp 2 lần so với cùng kỳ."))
        #expect(ratio.map(\.changePct) == [100])
    }

    @Test func theSameMonthAYearBeforeInWords() throws {
        for text in ["Tháng 11/2024, số thu ngân sách toàn ngành hải quan đạt 36.500 tỷ đồng, tăng 1,5% so với cùng tháng năm trước.",
                     "Tháng 11/2024, số thu ngân sách toàn ngành hải quan đạt 36.500 tỷ đồng, tăng 1,5% so với tháng 11 năm ngoái."] {
            let record = try #require(only(Extractor().extract(report(text)), .revenue))
            #expect(record.changePct == 1.5 && record.changePrevPeriodPct == nil, "\(text)")
        }
    }

    @Test func theSameMonthsOfAnEarlierYearAreYearOnYear() throws {
        // A month or quarter with its year, the months of the figure's period: the same period a year before.
        let quarter = try #require(only(Extractor().extract(report(
            "Quý I/2024, Cục Hải quan Cần Thơ đạt kim ngạch 612 triệu USD, giảm 3,1% so với quý I/2023.")), .tradeValue))
        #expect(quarter.changePct == -3.1 && quarter.changePrevPeriodPct == nil)
        // The figure's month without a year is then in the year after the compared one.
        let month = try #require(only(Extractor().extract(report(
            "Tháng 4, Cục Hải quan Cần Thơ thu 80 tỷ đồng, tăng 5% so với tháng 4/2023.", published: "2025-02-01")), .revenue))
        #expect(month.changePct == 5 && month.period == period("2024-04-01", "2024-04-30"))
        // Another month, or the same one of the same year, is the period before.
        for text in ["Tháng 4/2024, Cục Hải quan Cần Thơ thu 80 tỷ đồng, tăng 5% so với tháng 3/2024.",
                     "Tháng 4, Cục Hải quan Cần Thơ thu 80 tỷ đồng, tăng 5% so với tháng 3/2024."] {
            let previous = try #require(only(Extractor().extract(report(text)), .revenue))
            #expect(previous.changePrevPeriodPct == 5 && previous.changePct == nil, "\(text)")
            #expect(previous.period == period("2024-04-01", "2024-04-30"), "\(text)")
        }
    }

    @Test func aYearsTotalRaisedByAnEstimateAndAPartAccountedFor() throws {
        let raised = Extractor().extract(report(
            "11 tháng năm 2015, Cục Hải quan Đồng Nai thu 13.245 tỷ đồng. Ước thu tháng 12/2015 đạt khoảng 1.300 tỷ đồng, nâng tổng "
                + "số thu cả năm lên 14.545 tỷ đồng.", published: "2015-12-10"))
        let year = try #require(only(raised, .revenue, value: 14_545_000_000_000))
        #expect(year.basis == .forecast && year.period == period("2015-01-01", "2015-12-31"))
        let part = Extractor().extract(report(
            "Tháng 10/2024, kim ngạch qua Cục Hải quan Lạng Sơn đạt 4,5 tỷ USD, trong đó xuất khẩu chiếm 2,3 tỷ USD, tăng 6% so với cùng kỳ."))
        #expect(part.map(\.flow) == [.total, .export])
        #expect(part.map(\.changePct) == [nil, 6])
    }

    @Test func anOutlookToTheEndOfTheYearQualifierIdiomsAndTradeInĐồng() throws {
        let outlook = Extractor().extract(report(
            "Từ ngày 1/1 đến ngày 20/11/2024, Cục Hải quan Bình Phước thu ngân sách đạt 1.165 tỷ đồng. Dự kiến đến hết năm, "
                + "đơn vị thu khoảng 1.250 tỷ đồng. Số tờ khai là 5.000 tờ khai.", published: "2024-11-25"))
        let forecast = try #require(only(outlook, .revenue, value: 1_250_000_000_000))
        #expect(forecast.basis == .forecast && forecast.period == period("2024-01-01", "2024-12-31"))
        #expect(try #require(only(outlook, .declarations)).period == period("2024-01-01", "2024-11-20"))
        for (phrase, qualifier) in [("trên dưới", Qualifier.about), ("không dưới", .over)] {
            let record = try #require(only(Extractor().extract(report(
                "Năm 2024, Cục Hải quan Bình Phước thu ngân sách \(phrase) 500 tỷ đồng.")), .revenue))
            #expect(record.qualifier == qualifier, "\(phrase)")
        }
        let trade = try #require(only(Extractor().extract(report(
            "Năm 2024, trị giá hàng hóa xuất nhập khẩu qua Cục Hải quan Bình Phước đạt 52.000 tỷ đồng.")), .tradeValue))
        #expect(trade.unit == .vnd && trade.value == 52_000_000_000_000 && trade.flow == .total)
    }

    @Test func aFigureOfTheSamePeriodAYearBeforeHasThatPeriod() {
        for text in ["Quý I/2024, Cục Hải quan Lào Cai thu 100 tỷ đồng, trong khi cùng kỳ năm 2023 chỉ thu 87 tỷ đồng.",
                     "Quý I/2024, Cục Hải quan Lào Cai thu 100 tỷ đồng, trong khi cùng kỳ năm ngoái thu 87 tỷ đồng.",
                     "Quý I/2024, Cục Hải quan Lào Cai thu 100 tỷ đồng (cùng kỳ năm trước thu 87 tỷ đồng)."] {
            let records = Extractor().extract(report(text))
            #expect(records.map(\.value) == [100_000_000_000, 87_000_000_000], "\(text)")
            #expect(records.map(\.period) == [period("2024-01-01", "2024-03-31"), period("2023-01-01", "2023-03-31")], "\(text)")
        }
        // The same, in a sentence of its own opened by the comparison.
        for opening in ["Cùng kỳ năm 2023", "Cùng kỳ năm trước"] {
            let next = Extractor().extract(report(
                "10 tháng năm 2024, Cục Hải quan Lạng Sơn thu 6.500 tỷ đồng. \(opening), đơn vị thu 5.800 tỷ đồng."))
            #expect(next.map(\.period) == [period("2024-01-01", "2024-10-31"), period("2023-01-01", "2023-10-31")], "\(opening)")
        }
        // A comparison of the clause before "và" does not date the next figure.
        let joined = Extractor().extract(report(
            "Tháng 8/2014, kim ngạch xuất khẩu qua Cục Hải quan Long An là 2.791.500 USD, tăng 77,1% so với cùng kỳ năm 2013 "
                + "và kim ngạch nhập khẩu là 2.237.600 USD."))
        #expect(joined.map(\.period) == [period("2014-08-01", "2014-08-31"), period("2014-08-01", "2014-08-31")])
    }

    @Test func aChangeWrittenBeforeTheFigureItLeadsInto() throws {
        for (text, change) in [
            ("Vietnam's customs revenue in 2023 fell 11% to VND 370 trillion, the General Department of Customs said.", -11.0),
            ("In 2023, revenue collected by the General Department of Customs rose 5.2% year-on-year to VND 370 trillion.", 5.2),
            ("In 2023, revenue collected by the General Department of Customs increased by 5.2 percent to VND 370 trillion.", 5.2),
            ("In 2023, revenue collected by the General Department of Customs jumped 20% from a year earlier to VND 370 trillion.", 20),
        ] {
            let record = try #require(only(Extractor().extract(report(text, language: "en")), .revenue))
            #expect(record.changePct == change, "\(text)")
            #expect(record.value == 370_000_000_000_000, "\(text)")
        }
        let vietnamese = try #require(only(Extractor().extract(report(
            "Năm 2023, số thu của Cục Hải quan Lạng Sơn tăng 15%, lên mức 4.000 tỷ đồng.")), .revenue))
        #expect(vietnamese.changePct == 15)
        // Down to a level: "xuống (còn)", "còn".
        for text in ["Năm 2023, số thu của Cục Hải quan Lạng Sơn giảm 15% xuống còn 4.000 tỷ đồng.",
                     "Năm 2023, số thu của Cục Hải quan Lạng Sơn giảm 15%, còn 4.000 tỷ đồng."] {
            let down = try #require(only(Extractor().extract(report(text)), .revenue))
            #expect(down.changePct == -15, "\(text)")
        }
        // A count whose noun is the subject of the change: the level after "to / lên" needs no unit.
        for (text, language) in [("In 2023, at Lao Cai Customs Department the number of customs declarations rose 12 per cent to 138,000.", "en"),
                                 ("Năm 2023, tại Cục Hải quan Lào Cai số tờ khai tăng 12% lên 138.000.", "vi")] {
            let count = try #require(only(Extractor().extract(report(text, language: language)), .declarations), "\(text)")
            #expect(count.value == 138_000 && count.changePct == 12 && count.office == "vn.lao-cai", "\(text)")
        }
        // Not a count noun: no figure ("its staff rose 5% to 320").
        #expect(Extractor().extract(report("In 2023, the staff of Lao Cai Customs Department rose 5% to 320.", language: "en")).isEmpty)
        // An English absolute change is no figure; the percent restating it is the change.
        let absolute = Extractor().extract(report(
            "In the first ten months, Lang Son Customs Department collected VND6.5 trillion, an increase of VND1.2 trillion, or 22.6%, "
                + "over the same period last year.", language: "en"))
        #expect(absolute.map(\.value) == [6_500_000_000_000])
        #expect(absolute.first?.changePct == 22.6)
        // The change leading into the next figure is that figure's, not the one before's.
        let two = Extractor().extract(report(
            "In 2023, customs revenue fell 11% to VND 370 trillion, while trade rose 5% to $680 billion, the General Department "
                + "of Customs said.", language: "en"))
        #expect(two.map(\.changePct) == [-11, 5])
        // English verbs of change after the figure.
        let after = try #require(only(Extractor().extract(report(
            "In 2023, Lang Son Customs Department's revenue reached VND 4 trillion, which slipped 8% from 2022.", language: "en")), .revenue))
        #expect(after.changePct == -8)
    }

    @Test func aComparisonOpeningTheSentenceOfTheChange() throws {
        for (text, language) in [("Tháng 10/2024, Cục Hải quan Lạng Sơn thu 650 tỷ đồng. So với tháng 9, số thu tăng 5%.", "vi"),
                                 ("In October 2024, Lang Son Customs Department collected VND 650 billion. Compared with September, "
                                     + "revenue rose 5%.", "en")] {
            let record = try #require(only(Extractor().extract(report(text, language: language)), .revenue))
            #expect(record.changePrevPeriodPct == 5 && record.changePct == nil, "\(text)")
        }
        let yoy = try #require(only(Extractor().extract(report(
            "Tháng 10/2024, Cục Hải quan Lạng Sơn thu 650 tỷ đồng. So với cùng kỳ, số thu tăng 5%.")), .revenue))
        #expect(yoy.changePct == 5)
    }

    @Test func changesSharingAVerbRatiosInTimesAndChangesAfterParts() throws {
        // One verb for two comparisons: the second keeps the direction.
        for (text, language) in [
            ("Tháng 11/2024, số thu ngân sách toàn ngành hải quan đạt 36.500 tỷ đồng, tăng 4,1% so với tháng trước và 10,2% so với cùng kỳ.", "vi"),
            ("In November, the General Department of Customs collected VND 36.5 trillion, up 4.1% month-on-month and 10.2% year-on-year.", "en"),
        ] {
            let record = try #require(only(Extractor().extract(report(text, language: language)), .revenue))
            #expect(record.changePct == 10.2 && record.changePrevPeriodPct == 4.1, "\(text)")
        }
        // Ratios in times: "bằng 1,2 lần", "1.5 times higher than".
        let times = try #require(only(Extractor().extract(report(
            "Quý I/2024, Cục Hải quan Lào Cai thu 100 tỷ đồng, bằng 1,2 lần cùng kỳ năm 2023.")), .revenue))
        #expect(times.changePct == 20)
        let higher = try #require(only(Extractor().extract(report(
            "In Q1 2024, Lao Cai Customs Department collected VND 100 billion, 1.5 times higher than the same period last year.",
            language: "en")), .revenue))
        #expect(higher.changePct == 50)
        // The change before "đạt": the level's, not the figure's before the semicolon.
        let reached = Extractor().extract(report(
            "Quý I/2024, Cục Hải quan Bắc Ninh tiếp nhận 180.000 tờ khai; kim ngạch xuất khẩu tăng 20% so với cùng kỳ, đạt 6 tỷ USD."))
        #expect(reached.map(\.changePct) == [nil, 20])
        // After parts in parentheses: the total's; inside them, each part's own.
        let after = Extractor().extract(report(
            "7 tháng năm 2024, kim ngạch xuất nhập khẩu qua Cục Hải quan Bình Định đạt 1,2 tỷ USD (xuất khẩu 700 triệu USD, "
                + "nhập khẩu 500 triệu USD), tăng 9% so với cùng kỳ."))
        #expect(after.map(\.changePct) == [9, nil, nil])
        let inside = Extractor().extract(report(
            "7 tháng năm 2024, Cục Hải quan Bình Định đạt kim ngạch 1,2 tỷ USD (xuất khẩu 700 triệu USD, tăng 5%; "
                + "nhập khẩu 500 triệu USD, giảm 3%)."))
        #expect(inside.map(\.changePct) == [nil, 5, -3])
    }

    @Test func eachDirectionOfAListJoinedByVà() {
        let records = Extractor().extract(report(
            "Tháng 9/2024, có 125.300 lượt khách xuất nhập cảnh qua Chi cục Hải quan cửa khẩu Móng Cái, trong đó xuất cảnh "
                + "63.100 lượt và nhập cảnh 62.200 lượt."))
        #expect(records.map(\.flow) == [.total, .exit, .entry])
        let declarations = Extractor().extract(report(
            "Tháng 9/2024, Cục Hải quan Quảng Ninh tiếp nhận 5.000 tờ khai xuất khẩu và 4.000 tờ khai nhập khẩu."))
        #expect(declarations.map(\.flow) == [.export, .import])
    }

    @Test func partsInTheUnitOfTheirTotal() {
        // Counts by direction, without their unit, in parentheses or after "trong đó".
        for text in ["Quý I/2024, Cục Hải quan Cần Thơ tiếp nhận 11.240 tờ khai (nhập khẩu 4.105, xuất khẩu 7.135).",
                     "Quý I/2024, Cục Hải quan Cần Thơ tiếp nhận 11.240 tờ khai, trong đó tờ khai nhập khẩu là 4.105, tờ khai xuất khẩu là 7.135."] {
            let records = Extractor().extract(report(text))
            #expect(records.map(\.flow) == [.total, .import, .export], "\(text)")
            #expect(records.map(\.value) == [11_240, 4_105, 7_135], "\(text)")
        }
        let people = Extractor().extract(report(
            "Quý I/2024, Chi cục Hải quan cửa khẩu Tịnh Biên làm thủ tục cho 45.120 lượt người (xuất cảnh 22.000, nhập cảnh 23.120)."))
        #expect(people.map(\.flow) == [.total, .exit, .entry])
        #expect(people.map(\.value) == [45_120, 22_000, 23_120])
        // Amounts without their currency, with or without the scale word of the total.
        for text in ["Quý I/2024, Cục Hải quan Cần Thơ đạt kim ngạch 4,1 tỷ USD, trong đó xuất khẩu 2,3 tỷ, nhập khẩu 1,8 tỷ.",
                     "Quý I/2024, Cục Hải quan Cần Thơ đạt kim ngạch 4.100 triệu USD (xuất khẩu 2.300, nhập khẩu 1.800)."] {
            let trade = Extractor().extract(report(text))
            #expect(trade.map(\.flow) == [.total, .export, .import], "\(text)")
            #expect(trade.map(\.value) == [4_100_000_000, 2_300_000_000, 1_800_000_000], "\(text)")
            #expect(trade.allSatisfy { $0.unit == .usd }, "\(text)")
        }
    }

    @Test func declarationsWithTheirPartsAndTheCounterWordTo() {
        let records = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Đồng Nai tiếp nhận 120.000 tờ khai, trong đó tờ khai nhập khẩu 70.000 tờ, tờ khai xuất khẩu 50.000 tờ."))
        #expect(records.map(\.metric) == [.declarations, .declarations, .declarations])
        #expect(records.map(\.flow) == [.total, .import, .export])
        #expect(records.map(\.value) == [120_000, 70_000, 50_000])
    }

    @Test func goodsOfViolationsByNameAfterAnyFigure() {
        for second in ["thu nộp ngân sách nhà nước 2,5 tỷ đồng", "khởi tố 2 vụ án"] {
            let text = "Năm 2023, Cục Hải quan tỉnh Quảng Ninh đã xử lý 120 vụ vi phạm, \(second). "
                + "Trị giá hàng hóa vi phạm ước tính khoảng 15 tỷ đồng."
            let records = Extractor().extract(report(text))
            #expect(records.last?.metric == .violationValue && records.last?.value == 15_000_000_000, "\(records.map(\.metric))")
        }
        // A bare "trị giá" after fines names nothing.
        let bare = Extractor().extract(report(
            "Năm 2023, Cục Hải quan tỉnh Quảng Ninh xử lý 120 vụ vi phạm, thu nộp ngân sách nhà nước 2,5 tỷ đồng. Trị giá 15 tỷ đồng."))
        #expect(!bare.contains { $0.metric == .violationValue })
    }

    @Test func theLevelAChangeStartedFromIsNoFigureOfThePeriod() {
        for from in ["3,2 tỷ USD năm 2022", "3,2 tỷ USD", "3,2 tỷ USD của năm 2022"] {
            let records = Extractor().extract(report(
                "Năm 2023, kim ngạch xuất nhập khẩu qua Cục Hải quan Lào Cai tăng từ \(from) lên 4,1 tỷ USD. "
                    + "Số thu ngân sách đạt 1.200 tỷ đồng.", published: "2024-01-10"))
            #expect(records.map(\.value) == [4_100_000_000, 1_200_000_000_000], "\(from)")
            // The year of the starting level dates neither the level reached nor the next sentence.
            #expect(records.map(\.period) == [period("2023-01-01", "2023-12-31"), period("2023-01-01", "2023-12-31")], "\(from)")
        }
        let counts = Extractor().extract(report(
            "Năm 2023, số tờ khai tại Cục Hải quan Lào Cai giảm từ 120.000 xuống còn 95.000 tờ khai.", published: "2024-01-10"))
        #expect(counts.map(\.value) == [95_000])
        let english = Extractor().extract(report(
            "In 2023, trade through Lao Cai Customs rose from USD 3.2 billion to USD 4.1 billion.", language: "en"))
        #expect(english.map(\.value) == [4_100_000_000])
        // A range stays a range.
        let range = Extractor().extract(report("Năm 2023, Cục Hải quan Lào Cai thu từ 3.000 đến 3.200 tỷ đồng.", published: "2024-01-10"))
        #expect(range.first?.qualifier == .range)
    }

    @Test func sumsPaidInFromPenaltiesAreFines() {
        let prosecuted = Extractor().extract(report(
            "Năm 2022, toàn ngành Hải quan phát hiện 7.120 vụ việc vi phạm, khởi tố 37 vụ án hình sự, thu nộp ngân sách nhà nước 160 tỷ đồng."))
        #expect(prosecuted.map(\.metric) == [.violations, .prosecutions, .fines])
        let fromPenalties = Extractor().extract(report(
            "Quý I năm 2023, Cục Hải quan Tây Ninh đạt số thu 392 tỷ đồng. "
                + "Số tiền thu được từ xử phạt vi phạm hành chính là 1,2 tỷ đồng."))
        #expect(fromPenalties.map(\.metric) == [.revenue, .fines])
        // Revenue named after a count of prosecutions in another sentence stays revenue.
        let revenue = Extractor().extract(report(
            "Năm 2022, Cục Hải quan Tây Ninh khởi tố 3 vụ án. Cục Hải quan Tây Ninh thu ngân sách đạt 1.600 tỷ đồng."))
        #expect(revenue.map(\.metric) == [.prosecutions, .revenue])
    }

    @Test func thingsCountedByAThresholdAndNewEnterprisesAreNoFigures() {
        let records = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Hà Nam Ninh làm thủ tục cho gần 1.100 doanh nghiệp với 98.500 tờ khai. "
                + "Số doanh nghiệp mới tham gia hoạt động xuất nhập khẩu là 145 doanh nghiệp. "
                + "Có 25 doanh nghiệp có số thuế nộp trên 10 tỷ đồng; 3 chi cục có số thu từ 1.000 tỷ đồng trở lên."))
        #expect(records.map(\.value) == [1_100, 98_500], "\(records.map(\.value))")
        // A count with a figure of its own after "có" stays.
        let own = Extractor().extract(report("Năm 2023, Cục Hải quan Hà Nam Ninh có 1.100 doanh nghiệp làm thủ tục, thu 3.200 tỷ đồng."))
        #expect(own.map(\.value) == [1_100, 3_200_000_000_000])
    }

    @Test func countsAreWholeWhicheverFormatTheReportUses() {
        let vietnamese = Extractor().extract(report("Năm 2023, Cục Hải quan Lạng Sơn đã làm thủ tục cho 58,000 tờ khai của 2,300 doanh nghiệp."))
        #expect(vietnamese.map(\.value) == [58_000, 2_300])
        let english = Extractor().extract(report(
            "In 2023, Quang Ninh Customs detected and handled 1.150 violations with goods worth VND 250 billion.", language: "en"))
        #expect(english.map(\.metric) == [.violations, .violationValue])
        #expect(english.map(\.value) == [1_150, 250_000_000_000])
        // "the value of (the) seized goods" names the goods' value, as "worth" and "valued at" do.
        let seized = Extractor().extract(report(
            "In 2023, Ca Mau Customs detected 96 violations, with the value of seized goods estimated at VND 31 billion.", language: "en"))
        #expect(seized.map(\.metric) == [.violations, .violationValue])
        #expect(seized.last?.value == 31_000_000_000 && seized.last?.qualifier == .about)
        let estimated = Extractor().extract(report(
            "In 2023, Ca Mau Customs handled 96 violations, with an estimated value of VND 31 billion.", language: "en"))
        #expect(estimated.map(\.metric) == [.violations, .violationValue])
        // Where no violation is in view, "worth" a sum of dollars is the value of goods traded.
        let exports = Extractor().extract(report("In 2023, exports through Lang Son Customs were worth USD 3 billion.", language: "en"))
        #expect(exports.map(\.metric) == [.tradeValue] && exports.first?.flow == .export)
        let declared = Extractor().extract(report(
            "In 2023, Lang Son Customs processed 50,000 declarations worth USD 5 billion.", language: "en"))
        #expect(declared.map(\.metric) == [.declarations, .tradeValue])
        let smuggled = Extractor().extract(report(
            "In 2023, Lang Son Customs detected 40 smuggling cases involving goods worth USD 2 million.", language: "en"))
        #expect(!smuggled.contains { $0.metric == .tradeValue }, "\(smuggled.map(\.metric))")
        // A scaled count keeps its decimals: "1,2 triệu tờ khai".
        let scaled = Extractor().extract(report("Năm 2023, Cục Hải quan TP Hồ Chí Minh làm thủ tục cho 1,250 triệu tờ khai."))
        #expect(scaled.map(\.value) == [1_250_000])
    }

    @Test(arguments: [
        ("In Jan-Oct", "2024-01-01", "2024-10-31"), ("In the Jan-Oct period", "2024-01-01", "2024-10-31"),
        ("In H1", "2024-01-01", "2024-06-30"), ("In H2 2023", "2023-07-01", "2023-12-31"),
        ("In the 10-month period", "2024-01-01", "2024-10-31"), ("In the first half of November", "2024-11-01", "2024-11-15"),
        ("In the first 15 days of November", "2024-11-01", "2024-11-15"), ("In the second half of October", "2024-10-16", "2024-10-31"),
        ("Since the beginning of the year", "2024-01-01", "2024-11-20"), ("In Sept", "2024-09-01", "2024-09-30"),
    ])
    func englishPeriodsOfTheWireCopy(phrase: String, start: String, end: String) throws {
        let record = try #require(only(Extractor().extract(report(
            "\(phrase), total trade value was $647.87 billion, the General Department of Customs said.",
            published: "2024-11-20", language: "en")), .tradeValue))
        #expect(record.period == period(start, end))
    }

    @Test func englishAbbreviatedScales() {
        let records = Extractor().extract(report(
            "Quang Ninh Customs Department reported that the province's import-export turnover in 2023 hit USD 6.9bn, "
                + "while customs revenue reached VND 7.5tn, or 103% of the target.", language: "en"))
        #expect(records.map(\.metric) == [.tradeValue, .revenue])
        #expect(records.map(\.value) == [6_900_000_000, 7_500_000_000_000])
        #expect(records.last?.vsTargets == [TargetAttainment(kind: .estimate, pct: 103)])
    }

    @Test func englishOfficesFlowsTargetsAndOtherBodies() throws {
        for (name, office) in [("Hai Phong City Customs Department", "vn.hai-phong"), ("Can Tho City Customs Department", "vn.can-tho"),
                               ("Ho Chi Minh City's customs department", "vn.ho-chi-minh"), ("Lang Son's customs agency", "vn.lang-son")] {
            let record = try #require(only(Extractor().extract(report(
                "In the first 10 months, \(name) collected VND60 trillion.", published: "2024-11-20", language: "en",
                title: "Customs news")), .revenue))
            #expect(record.office == office, "\(name)")
        }
        let passengers = Extractor().extract(report(
            "In November, Lang Son Customs Department handled 120,000 passengers, including 60,000 departures and 60,000 arrivals.",
            language: "en"))
        #expect(passengers.map(\.flow) == [.total, .exit, .entry])
        let vehicles = Extractor().extract(report(
            "In November, 35,000 vehicles exited and 34,000 vehicles entered through Lang Son border gates, the customs said.", language: "en"))
        #expect(vehicles.map(\.flow) == [.exit, .entry])
        for (tail, attainments) in [
            ("or 102% of the estimate and 95% of the stretch target",
             [TargetAttainment(kind: .estimate, pct: 102), TargetAttainment(kind: .stretch, pct: 95)]),
            ("equal to 91.2% of the yearly plan", [TargetAttainment(kind: .estimate, pct: 91.2)]),
            ("or 95% of the full-year target", [TargetAttainment(kind: .estimate, pct: 95)]),
            ("7.5% above the annual target", [TargetAttainment(kind: .estimate, pct: 107.5)]),
        ] {
            let record = try #require(only(Extractor().extract(report(
                "In 2024, the General Department of Customs collected VND 380 trillion, \(tail).", language: "en")), .revenue))
            #expect(record.vsTargets == attainments, "\(tail)")
        }
        for body in ["In the first 11 months, the provincial tax department collected VND7 trillion.",
                     "In the first 11 months, the General Department of Taxation collected VND1,500 trillion."] {
            #expect(Extractor().extract(report(body, language: "en", title: "Lang Son customs")).isEmpty, "\(body)")
        }
    }

    @Test func englishReports() throws {
        let body = "In 2022, Quang Tri Customs collected VND 1.2 trillion for the state budget, up 8.5% year on year."
        let record = try #require(only(Extractor().extract(report(body, language: "en")), .revenue))
        #expect(record.office == "vn.quang-tri" && record.value == 1.2e12 && record.changePct == 8.5)
        // "or 82% of its estimate": attainment, the possessive between.
        let attained = try #require(only(Extractor().extract(report(
            "In the first nine months of 2025, the Customs Branch of Region XVI collected VND 30.2 trillion, or 82% of its estimate.",
            published: "2025-10-05", language: "en")), .revenue))
        #expect(attained.vsTargets.map(\.pct) == [82])
        #expect(attained.office == "vn.kv16")
    }

    @Test(arguments: [
        ("8.5% higher than in 2021", 8.5), ("8.5 percent less than the previous year", -8.5),
        ("108.5% of the same period last year", 8.5), ("a drop of 8.5% against 2021", -8.5),
    ])
    func englishChangesAfterThePercent(phrase: String, change: Double) throws {
        let body = "In 2022, Quang Tri Customs collected VND 1.2 trillion for the state budget, \(phrase)."
        let record = try #require(only(Extractor().extract(report(body, language: "en")), .revenue))
        #expect(record.changePct == change, "\(phrase)")
    }

    @Test func đôIsTheDollarAndDoIsBecause() {
        let dollars = Extractor().extract(report("Năm 2023, kim ngạch XNK qua Cục Hải quan Bắc Ninh đạt 850 triệu đô, tăng 5%."))
        #expect(only(dollars, .tradeValue)?.value == 850_000_000)
        #expect(only(dollars, .tradeValue)?.unit == .usd)
        let capitals = Extractor().extract(report("Năm 2023, kim ngạch XNK qua Cục Hải quan Bắc Ninh đạt 2 TỶ ĐÔ."))
        #expect(only(capitals, .tradeValue)?.value == 2_000_000_000)
        // Written as one word.
        let oneWord = Extractor().extract(report("Năm 2023, kim ngạch XNK qua Cục Hải quan Bắc Ninh đạt 1,5 tỷ đôla."))
        #expect(only(oneWord, .tradeValue)?.value == 1_500_000_000)
        // "do" (because) folds to the same word: no currency.
        let because = Extractor().extract(report("Năm 2023, kim ngạch XNK qua Cục Hải quan Bắc Ninh đạt 2 tỷ do giá tăng."))
        #expect(because.isEmpty)
    }

    @Test func aTableRowIsALineOfText() throws {
        let markdown = "Quý I/2024, Cục Hải quan Bắc Ninh đạt các kết quả sau:\n\n| Chỉ tiêu | Quý I/2024 |\n|---|:---:|\n"
            + "| Thu ngân sách | 1.250 tỷ đồng |\n| Xuất khẩu | 8,2 tỷ USD |\n| Nhập khẩu | 7,1 tỷ USD |\n"
        let html = "<p>Quý I/2024, <b>Cục Hải quan Bắc Ninh</b> đạt các kết quả sau:</p><table><tr><td>Thu ngân sách</td>"
            + "<td>1.250 tỷ đồng</td></tr><tr><td>Xuất khẩu</td><td>8,2 tỷ USD</td></tr><tr><td>Nhập khẩu</td><td>7,1 tỷ USD</td></tr></table>"
        for (body, type) in [(markdown, ContentType.markdown), (html, .html)] {
            let records = Extractor().extract(report(body, published: "2024-04-05", type: type))
            #expect(records.map(\.metric) == [.revenue, .tradeValue, .tradeValue], "\(type)")
            #expect(records.map(\.flow) == [nil, .export, .import], "\(type)")
            // Evidence still points into the original body.
            let r = try #require(records.first)
            let utf8 = Array(body.utf8)
            #expect(String(decoding: utf8[r.evidence.start..<r.evidence.end], as: UTF8.self) == "1.250 tỷ đồng")
        }
        // Bars with no delimiter row are no table: they still part the items of a line.
        let links = Extractor().extract(report(
            "| Hải quan Lào Cai làm thủ tục cho 40.000 lượt ô tô nhập cảnh | | 4 doanh nghiệp tham gia chương trình |",
            published: "2024-04-05", type: .markdown))
        #expect(links.map(\.metric) == [.vehicles])
    }

    @Test func aUnitNamedByTheLabelBeforeABareNumber() throws {
        let body = "## Kết quả năm 2023 của Cục Hải quan Nghệ An\n\n| Chỉ tiêu | Năm 2023 |\n|---|---|\n"
            + "| Thu ngân sách (tỷ đồng) | 2.150 |\n| Kim ngạch xuất nhập khẩu (triệu USD) | 1.830 |\n\n"
            + "- Số tờ khai: 38.500.\n- Lượt phương tiện: 12.000.\n"
        let records = Extractor().extract(report(body, published: "2024-01-08", type: .markdown))
        #expect(records.map(\.metric) == [.revenue, .tradeValue, .declarations, .vehicles])
        #expect(records.map(\.value) == [2_150e9, 1_830e6, 38_500, 12_000])
        // The evidence covers the unit and the number.
        let first = try #require(records.first)
        let utf8 = Array(body.utf8)
        #expect(String(decoding: utf8[first.evidence.start..<first.evidence.end], as: UTF8.self) == "(tỷ đồng) | 2.150")
    }

    /// A count noun labelling a table's cell: "| Số tờ khai | 125.000 |", and an HTML row, whose cells
    /// read as one line ("Số tờ khai 125.000").
    @Test func aCountNamedByTheCellBeforeIt() {
        let markdown = Extractor().extract(report(
            "## Kết quả năm 2024 của Cục Hải quan Quảng Ninh\n\n| Chỉ tiêu | Năm 2024 |\n|---|---|\n| Số tờ khai | 125.000 |\n"
                + "| Lượt phương tiện | 45.000 |\n", published: "2025-01-05", type: .markdown))
        #expect(markdown.map(\.metric) == [.declarations, .vehicles])
        #expect(markdown.map(\.value) == [125_000, 45_000])
        let html = Extractor().extract(report(
            "<p>Năm 2024, Cục Hải quan Quảng Ninh đạt kết quả tốt.</p><table><tr><td>Số tờ khai</td><td>125.000</td></tr></table>",
            published: "2025-01-05", type: .html))
        #expect(html.map(\.metric) == [.declarations])
    }

    @Test(arguments: [
        ("Cục Hải quan TPHCM dự kiến thu từ 30.000 tỷ đồng đến 35.000 tỷ đồng trong quý I/2024.", "vi"),
        ("HCMC Customs expects to collect from VND 30 trillion to VND 35 trillion in the first quarter of 2024.", "en"),
        ("HCMC Customs expects to collect between VND 30 trillion and VND 35 trillion in the first quarter of 2024.", "en"),
    ])
    func aRangeWithTheUnitAtBothEnds(body: String, language: String) throws {
        let record = try #require(only(Extractor().extract(report(body, published: "2024-03-02", language: language)), .revenue))
        #expect(record.qualifier == .range)
        #expect(record.value == 30_000_000_000_000)
        #expect(record.valueMax == 35_000_000_000_000)
        #expect(record.basis == .forecast)
        #expect(record.office == "vn.ho-chi-minh")
        #expect(record.period == period("2024-01-01", "2024-03-31"))
    }

    /// A projection is no estimate: "expects to collect VND 120 trillion" is exact, as "dự kiến thu" is
    /// (spec §3: "about" for khoảng, gần, xấp xỉ, ước); "ước thu" is about.
    @Test(arguments: [
        ("HCMC Customs expects to collect VND 120 trillion in 2024.", "en", Qualifier.exact),
        ("HCMC Customs is expected to collect VND 120 trillion in 2024.", "en", .exact),
        ("Năm 2024, Cục Hải quan TP Hồ Chí Minh dự kiến thu 120.000 tỷ đồng.", "vi", .exact),
        ("Năm 2024, Cục Hải quan TP Hồ Chí Minh ước thu 120.000 tỷ đồng.", "vi", .about),
    ])
    func aProjectionIsExactAnEstimateIsAbout(body: String, language: String, qualifier: Qualifier) throws {
        let record = try #require(only(Extractor().extract(report(body, published: "2024-12-20", language: language)), .revenue))
        #expect(record.qualifier == qualifier)
        #expect(record.basis == .forecast)
        #expect(record.value == 120_000_000_000_000)
    }

    @Test func aChangeFromOneLevelToAnotherIsNoRange() {
        let records = Extractor().extract(report(
            "In 2024, HCMC Customs revenue rose from VND 30 trillion to VND 35 trillion.", published: "2025-01-10", language: "en"))
        #expect(!records.contains { $0.valueMax != nil }, "\(records.map { "\($0.value) \($0.valueMax as Any)" })")
    }

    @Test func aSentenceThatPointsBackTakesItsChangesToTheFigure() throws {
        let records = Extractor().extract(report(
            "Kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn từ ngày 1 đến hết 15/12/2021 chỉ đạt 121,65 triệu USD. "
                + "Con số này giảm 32,7% so với cùng kỳ năm 2020.", title: "Hải quan Lạng Sơn"))
        #expect(try #require(only(records, .tradeValue)).changePct == -32.7)
        let english = Extractor().extract(report(
            "In 2024, Lang Son Customs Department collected VND 12.5 trillion. This figure was up 8% year on year.",
            language: "en"))
        #expect(try #require(only(english, .revenue)).changePct == 8)
        // A sentence of changes of the same metric, a line of comment between.
        let topic = Extractor().extract(report(
            "By November 30, 2025, the Customs Branch of Region VI had collected VND 12,144.9 billion in state budget revenue. "
                + "This is the highest ever in the province.\n\nWith one month left, revenue has increased by 77% compared to "
                + "the same period in 2024.", published: "2025-12-05", language: "en"))
        #expect(try #require(only(topic, .revenue)).changePct == 77)
        // Without the pointer, a change alone in the next sentence is no one's.
        let alone = Extractor().extract(report(
            "Kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn năm 2021 đạt 1.200 triệu USD. Giá cước vận tải giảm 32,7% so với "
                + "cùng kỳ năm 2020.", title: "Hải quan Lạng Sơn"))
        #expect(try #require(only(alone, .tradeValue)).changePct == nil)
        // Nor is another metric's ("kim ngạch" after a revenue figure).
        let other = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Lạng Sơn thu ngân sách 12.500 tỷ đồng. Kim ngạch xuất nhập khẩu tăng 10% so với năm 2023."))
        #expect(try #require(only(other, .revenue)).changePct == nil)
    }

    @Test func aYearRightAfterARatioIsItsBase() throws {
        let records = Extractor().extract(report(
            "Năm 2023, kim ngạch xuất nhập khẩu qua Cục Hải quan Bắc Ninh đạt 42,3 tỷ USD, chỉ bằng 83% năm 2022."))
        #expect(try #require(only(records, .tradeValue)).changePct == -17)
    }

    @Test func aShortfallOrAnExcessOverTheTargetIsNoLevel() throws {
        let short = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Bắc Ninh thu ngân sách 11.210 tỷ đồng, hụt thu 790 tỷ đồng so với dự toán."))
        #expect(short.map(\.value) == [11_210_000_000_000])
        let excess = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Bắc Ninh thu ngân sách 11.210 tỷ đồng, vượt 210 tỷ đồng so với dự toán (11.000 tỷ đồng)."))
        #expect(excess.filter { $0.metric == .revenue }.map(\.value) == [11_210_000_000_000])
        #expect(try #require(only(excess, .revenueTarget)).value == 11_000_000_000_000)
        // "vượt" before an amount with no comparison is "more than".
        let over = Extractor().extract(report("Năm 2023, Cục Hải quan Bắc Ninh thu ngân sách vượt 11.000 tỷ đồng."))
        #expect(try #require(only(over, .revenue)).qualifier == .over)
    }

    @Test func parallelChangesShareTheirComparison() throws {
        // "giảm X% về số vụ, tăng Y% về giá trị so với tháng 3": both against March, the month before.
        let records = Extractor().extract(report(
            "Trong tháng 4/2011, Cục Hải quan Quảng Trị đã phát hiện 60 vụ vi phạm với trị giá hơn 2,3 tỷ đồng (giảm 10,45% "
                + "về số vụ, tăng 125,8% về giá trị so với tháng 3 năm 2011)."))
        let cases = try #require(only(records, .violations))
        #expect(cases.changePrevPeriodPct == -10.45 && cases.changePct == nil)
        let value = try #require(only(records, .violationValue))
        #expect(value.changePrevPeriodPct == 125.8 && value.changePct == nil)
    }

    @Test func aLineBreakBeforeALowerCaseWordIsAWrap() throws {
        let records = Extractor().extract(report(
            "Theo Tổng cục Hải quan, số thu từ 01/01-30/6/2016 đạt 123.733 tỷ đồng (theo số liệu nhanh từ Kho\nbạc Nhà nước), "
                + "bằng 47,3% dự toán, tăng 1,67% so với cùng kỳ năm 2015."))
        let revenue = try #require(only(records, .revenue))
        #expect(revenue.changePct == 1.67)
        #expect(revenue.vsTargets.map(\.pct) == [47.3])
    }

    @Test func theAmountAfterASlashIsTheTarget() throws {
        let records = Extractor().extract(report(
            "Về công tác thu ngân sách, tính đến ngày 30/9/2024, Cục Hải quan Quảng Ninh đã thu được 9.200 tỷ đồng/17.000 tỷ "
                + "đồng chỉ tiêu được giao, đạt 54%."))
        let revenue = try #require(only(records, .revenue))
        #expect(revenue.value == 9_200_000_000_000)
        #expect(revenue.vsTargets == [TargetAttainment(kind: .estimate, pct: 54, amount: 17_000_000_000_000)])
        let target = try #require(only(records, .revenueTarget))
        #expect(target.value == 17_000_000_000_000 && target.period == .year(2024))
        // A bare "đạt 50,8%" is the share of the target told before when the amounts agree with it.
        let told = Extractor().extract(report(
            "Chỉ tiêu thu ngân sách năm 2024 của Cục Hải quan Hải Phòng là 63.000 tỷ đồng; 6 tháng đầu năm đơn vị đã thu được "
                + "32.000 tỷ đồng, đạt 50,8%."))
        #expect(try #require(only(told, .revenue)).vsTargets == [TargetAttainment(kind: .estimate, pct: 50.8, amount: 63_000_000_000_000)])
        let disagreeing = Extractor().extract(report(
            "Chỉ tiêu thu ngân sách năm 2024 của Cục Hải quan Hải Phòng là 63.000 tỷ đồng; 6 tháng đầu năm đơn vị đã thu được "
                + "32.000 tỷ đồng, đạt 80%."))
        #expect(try #require(only(disagreeing, .revenue)).vsTargets.isEmpty)
        // The same with the unit written once: "đạt 9.200/17.000 tỷ đồng".
        let once = Extractor().extract(report(
            "Tính đến ngày 30/9/2024, Cục Hải quan Quảng Ninh đã thu ngân sách đạt 9.200/17.000 tỷ đồng, đạt 54% chỉ tiêu."))
        #expect(try #require(only(once, .revenue)).value == 9_200_000_000_000)
        #expect(try #require(only(once, .revenueTarget)).value == 17_000_000_000_000)
    }

    @Test func trênRightAfterACountIsOn() throws {
        let records = Extractor().extract(report(
            "Năm 2024, Chi cục Hải quan Nội Bài làm thủ tục nhập cảnh cho 9.545 lượt hành khách trên 97 chuyến bay."))
        #expect(try #require(only(records, .vehicles)).qualifier == .exact)
        let flights = Extractor().extract(report(
            "Năm 2024, Chi cục Hải quan Nội Bài làm thủ tục cho 9,5 triệu lượt hành khách xuất nhập cảnh trên 62.000 chuyến bay."))
        #expect(try #require(only(flights, .vehicles)).qualifier == .exact)
        let over = Extractor().extract(report("Năm 2024, Chi cục Hải quan Nội Bài làm thủ tục cho trên 97 chuyến bay."))
        #expect(try #require(only(over, .vehicles)).qualifier == .over)
    }

    @Test func directionsOpeningTheNextSentenceContinueItsCount() {
        let records = Extractor().extract(report(
            "Năm 2024, Chi cục Hải quan cửa khẩu quốc tế Mộc Bài làm thủ tục cho 85.320 lượt khách xuất nhập cảnh. "
                + "Trong đó, xuất cảnh 42.100 lượt, nhập cảnh 43.220 lượt."))
        #expect(records.map(\.metric) == [.travellers, .travellers, .travellers])
        #expect(records.map(\.flow) == [.total, .exit, .entry])
    }

    /// A gate in a province that the report's department is named after with another is that
    /// department's branch (spec §1: the department of a branch from the text); a department named
    /// after one province keeps a gate of another province out of its id.
    @Test func aGateUnderADepartmentOfSeveralProvinces() {
        let records = Extractor().extract(report(
            "Cục Hải quan Gia Lai - Kon Tum cho biết, năm 2024 kim ngạch qua cửa khẩu quốc tế Lệ Thanh đạt 85 triệu USD, "
                + "qua cửa khẩu quốc tế Bờ Y đạt 72 triệu USD."))
        #expect(records.map(\.office) == ["vn.gia-lai-kon-tum.cua-khau-quoc-te-le-thanh", "vn.gia-lai-kon-tum.cua-khau-quoc-te-bo-y"])
        let other = Extractor().extract(report("Cục Hải quan Gia Lai cho biết, năm 2024 kim ngạch qua cửa khẩu quốc tế Bờ Y đạt 72 triệu USD."))
        #expect(other.map(\.office) == ["vn.kon-tum.cua-khau-quoc-te-bo-y"])
    }

    /// English: the kind of case between the count and "cases"; "surpassing the estimate by 21%" as
    /// "exceeding" (attainment 121).
    @Test func englishCasesOfAKindAndSurpassing() throws {
        let cases = Extractor().extract(report(
            "In 2024, Quang Tri Customs Department detected 320 smuggling cases, with seized goods valued at VND 45 billion.", language: "en"))
        #expect(cases.map(\.metric) == [.violations, .violationValue])
        #expect(cases.first?.value == 320)
        let surpassing = try #require(only(Extractor().extract(report(
            "Lang Son Customs Department collected VND 7.3 trillion in 2024, surpassing the estimate by 21%.", language: "en")), .revenue))
        #expect(surpassing.vsTargets == [TargetAttainment(kind: .estimate, pct: 121)])
    }

    /// English multiples of the same period: "double …", "doubled", "twice that of", "threefold",
    /// "2.5-fold", "two-fold"; "double taxation" and "double-digit" are none.
    @Test func englishMultiplesAreChanges() throws {
        let cases: [(String, Double)] = [
            ("Trade through Lao Bao border gate in 2024 reached USD 350 million, double the same period of 2023, Quang Tri customs said.", 100),
            ("Quang Tri customs collected VND 420 billion in 2024, twice that of 2023.", 100),
            ("Quang Tri customs processed 12,000 declarations in 2024, up 2.5-fold year-on-year.", 150),
            ("Quang Tri customs processed 12,000 declarations in 2024, a two-fold increase over 2023.", 100),
            ("Quang Tri customs collected VND 420 billion in 2024, a threefold increase over the same period last year.", 200),
        ]
        for (body, change) in cases {
            let records = Extractor().extract(report(body, language: "en"))
            #expect(records.count == 1 && records.first?.changePct == change, "\(body) → \(records.map { "\($0.metric) \($0.changePct.map { String($0) } ?? "-")" })")
        }
        for body in ["Quang Tri customs collected VND 420 billion in 2024, ending double taxation of transit goods.",
                     "Quang Tri customs collected VND 420 billion in 2024, double-digit growth for a third year."] {
            let revenue = try #require(only(Extractor().extract(report(body, language: "en")), .revenue))
            #expect(revenue.changePct == nil, "\(body)")
        }
    }

    /// A change against the week or quarter before is no year-on-year change.
    @Test func changesAgainstTheWeekOrQuarterBeforeAreAgainstThePreviousPeriod() throws {
        let quarter = try #require(only(Extractor().extract(report(
            "Quý II/2024, Cục Hải quan Lạng Sơn thu ngân sách đạt 2.100 tỷ đồng, tăng 12% so với quý trước và tăng 25% so với cùng kỳ năm 2023.")),
            .revenue))
        #expect(quarter.changePrevPeriodPct == 12 && quarter.changePct == 25)
        let week = try #require(only(Extractor().extract(report(
            "Tháng 3/2024, Chi cục Hải quan cửa khẩu Hữu Nghị làm thủ tục cho 1.250 tờ khai, tăng 20% so với tuần trước.")), .declarations))
        #expect(week.changePct == nil && week.changePrevPeriodPct == 20)
        let english = try #require(only(Extractor().extract(report(
            "Lang Son customs collected VND 2.1 trillion in the second quarter of 2024, up 12% quarter-on-quarter.", language: "en")), .revenue))
        #expect(english.changePct == nil && english.changePrevPeriodPct == 12)
    }

    /// A count noun that is the subject of its clause names the bare number its verb reaches ("số tờ
    /// khai … đạt 12.000", "declarations reached 12,000"), and the change after it is that count's,
    /// not the figure's before it.
    @Test func aCountNounAsSubjectNamesTheNumberItReaches() throws {
        let cases: [(String, String, Metric, Double)] = [
            ("vi", "Năm 2024, số tờ khai tại Cục Hải quan Quảng Trị đạt 12.000, tăng 25% so với cùng kỳ.", .declarations, 12_000),
            ("vi", "Năm 2024, Cục Hải quan Quảng Trị thu ngân sách 420 tỷ đồng; số doanh nghiệp làm thủ tục là 850, tăng 25%.", .enterprises, 850),
            ("vi", "Năm 2024, lượng hành khách xuất nhập cảnh qua Cục Hải quan Quảng Trị đạt hơn 1,2 triệu, tăng 25%.", .travellers, 1_200_000),
            ("en", "In 2024, the number of declarations at Quang Tri customs hit 12,000, up 25% year-on-year.", .declarations, 12_000),
            ("en", "Quang Tri customs collected VND 420 billion in 2024, while declarations reached 12,000, up 25% year-on-year.", .declarations, 12_000),
            ("en", "Quang Tri customs collected VND 420 billion in 2024; enterprises doing customs procedures totalled 850, up 25% year-on-year.", .enterprises, 850),
        ]
        for (language, body, metric, value) in cases {
            let records = Extractor().extract(report(body, language: language))
            let count = try #require(only(records, metric), "\(body)")
            #expect(count.value == value && count.changePct == 25, "\(body)")
            #expect(records.filter { $0.metric == .revenue }.allSatisfy { $0.changePct == nil }, "\(body)")
        }
        // A count of its own before the verb, another figure's noun between: no label.
        let trade = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Quảng Trị làm thủ tục cho 1.250 doanh nghiệp, kim ngạch đạt 350."))
        #expect(trade.map(\.metric) == [.enterprises], "\(trade.map { "\($0.metric) \($0.value)" })")
    }

    /// "Các cửa khẩu <province>" are the province's gates, its area (`vn.<province>`); one gate named
    /// like a province stays a gate.
    @Test func theGatesOfAProvinceAreItsArea() {
        let area = Extractor().extract(report(
            "Năm 2024, kim ngạch xuất nhập khẩu qua các cửa khẩu Lạng Sơn đạt 4,1 tỷ USD; xuất khẩu 2,3 tỷ USD, nhập khẩu 1,8 tỷ USD.",
            title: "Hải quan Lạng Sơn"))
        #expect(area.map(\.office) == ["vn.lang-son", "vn.lang-son", "vn.lang-son"], "\(area.map(\.office))")
        let gate = Extractor().extract(report("Năm 2024, kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Lào Cai đạt 2,1 tỷ USD.",
                                              title: "Hải quan Lào Cai"))
        #expect(gate.map(\.office) == ["vn.lao-cai.cua-khau-quoc-te-lao-cai"])
    }

    /// English prosecutions and cases: "criminal cases", "drug-related cases", "initiated criminal
    /// proceedings against 12 cases".
    @Test func englishCriminalCasesAndProceedings() {
        let records = Extractor().extract(report(
            "In 2024, Lang Son customs detected 45 drug-related cases and prosecuted 5 criminal cases.", language: "en"))
        #expect(records.map(\.metric) == [.violations, .prosecutions], "\(records.map { "\($0.metric) \($0.value)" })")
        #expect(records.map(\.value) == [45, 5])
        let proceedings = Extractor().extract(report(
            "In 2024, Quang Ninh customs initiated criminal proceedings against 12 cases.", language: "en"))
        #expect(proceedings.map(\.metric) == [.prosecutions] && proceedings.map(\.value) == [12])
    }

    /// A sign written on a percent after a figure is its change ("(+5%)", "(-3,2% so với cùng kỳ)", a
    /// table row's "+8,2%"), not an attainment; a range ("5-7%") is no sign.
    @Test func aSignedPercentIsAChange() throws {
        let inline = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Hải Phòng thu ngân sách 70.000 tỷ đồng (+5%), kim ngạch 120,5 tỷ USD (-3,2% so với cùng kỳ)."))
        #expect(inline.map(\.changePct) == [5, -3.2] && inline.allSatisfy { $0.vsTargets.isEmpty },
                "\(inline.map { "\($0.metric) \($0.changePct.map { String($0) } ?? "-") \($0.vsTargets)" })")
        let english = try #require(only(Extractor().extract(report(
            "In 2024, Hai Phong customs collected VND 70 trillion (+5% year-on-year).", language: "en")), .revenue))
        #expect(english.changePct == 5)
        let range = try #require(only(Extractor().extract(report(
            "Năm 2024, Cục Hải quan Hải Phòng thu ngân sách 70.000 tỷ đồng, bằng 5-7% tổng thu cả nước.")), .revenue))
        #expect(range.changePct == nil)
    }

    /// A Markdown table whose rows name the metric and whose next column compares with a year before:
    /// each row's label names its count, and the signed percent after it is the change.
    @Test func aTableRowsLabelAndSignedChange() {
        let body = """
        Năm 2024, kết quả hoạt động của Cục Hải quan Hải Phòng như sau:

        | Chỉ tiêu | Năm 2024 | So với năm 2023 |
        |---|---|---|
        | Thu ngân sách (tỷ đồng) | 70.000 | +5% |
        | Kim ngạch XNK (triệu USD) | 120.500 | +8,2% |
        | Số tờ khai | 1.250.000 | -3% |
        | Doanh nghiệp làm thủ tục | 9.800 | +1% |
        """
        let records = Extractor().extract(report(body, type: .markdown))
        #expect(records.map(\.metric) == [.revenue, .tradeValue, .declarations, .enterprises], "\(records.map { "\($0.metric) \($0.value)" })")
        #expect(records.map(\.value) == [70_000e9, 120_500e6, 1_250_000, 9_800])
        #expect(records.map(\.changePct) == [5, 8.2, -3, 1])
        // A list item labelled the same way: "Số doanh nghiệp làm thủ tục: 1.320".
        let list = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Lào Cai đạt nhiều kết quả:\n\n* Số tờ khai: 85.000;\n* Số doanh nghiệp làm thủ tục: 1.320.\n",
            type: .markdown))
        #expect(list.map(\.metric) == [.declarations, .enterprises] && list.map(\.value) == [85_000, 1_320])
        // A number opening the text has no label before it (this read out of bounds once).
        #expect(Extractor().extract(report("125.000 +3% tờ khai hải quan")).isEmpty)
    }

    /// An aim strived for ("phấn đấu (đạt / hoàn thành) mục tiêu thu …") is a stretch target; an aim
    /// named alone stays the estimate.
    @Test func anAimStrivedForIsAStretchTarget() throws {
        for verb in ["phấn đấu đạt", "phấn đấu hoàn thành", "phấn đấu"] {
            let target = try #require(only(Extractor().extract(report(
                "Năm 2024, Cục Hải quan Đồng Nai \(verb) mục tiêu thu ngân sách 19.000 tỷ đồng.")), .revenueTarget))
            #expect(target.targetKind == .stretch, "\(verb)")
        }
        let aim = try #require(only(Extractor().extract(report(
            "Năm 2024, Cục Hải quan Đồng Nai được giao mục tiêu thu ngân sách 17.500 tỷ đồng.")), .revenueTarget))
        #expect(aim.targetKind == .estimate)
    }

    /// "Thu ngân sách 1.050 tỷ", "dự toán 1.200 tỷ", "415 ngàn tỷ": đồng left unsaid after a Vietnamese
    /// scale word where the clause collects for the state; trade without its currency stays out.
    @Test func đồngLeftUnsaidAfterTỷInACollectingClause() {
        let records = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Đà Nẵng được giao dự toán 1.200 tỷ và thu ngân sách đạt hơn 1.050 tỉ, tăng 8%; kim ngạch đạt 3,2 tỷ."))
        #expect(records.map(\.metric) == [.revenueTarget, .revenue], "\(records.map { "\($0.metric) \($0.value)" })")
        #expect(records.map(\.value) == [1_200e9, 1_050e9])
        #expect(records.last?.qualifier == .over && records.last?.changePct == 8)
        let national = Extractor().extract(report("Năm 2024, ngành Hải quan thu ngân sách 415 ngàn tỷ, vượt 12% dự toán."))
        #expect(national.map(\.value) == [415e12])
    }

    /// "(Tính) đến giữa / trung tuần tháng 10/2024": the year to the middle of that month; "giữa tháng
    /// 10" alone is no month's figure.
    @Test func theYearToTheMiddleOfAMonth() throws {
        for phrase in ["Tính đến giữa tháng 10/2024", "Từ đầu năm đến giữa tháng 10/2024", "Tính đến trung tuần tháng 10/2024"] {
            let revenue = try #require(only(Extractor().extract(report(
                "\(phrase), Cục Hải quan Nghệ An thu ngân sách 2.900 tỷ đồng.", published: "2024-10-20")), .revenue))
            #expect(revenue.period == period("2024-01-01", "2024-10-15"), "\(phrase)")
        }
    }

    /// English directions: before the noun ("60,000 export declarations", "520,000 outbound
    /// passengers"), and after a part's bare number ("60,000 for exports and 35,000 for imports",
    /// "520,000 outbound", "510,000 on entry").
    @Test func englishDirectionsBeforeTheNounAndAfterAPart() {
        let cases: [(String, Metric, [Flow?], [Double])] = [
            ("In 2024, Lang Son customs handled 60,000 export declarations and 35,000 import declarations.",
             .declarations, [.export, .import], [60_000, 35_000]),
            ("In 2024, Lang Son customs cleared 520,000 outbound passengers and 510,000 inbound passengers.",
             .travellers, [.exit, .entry], [520_000, 510_000]),
            ("In 2024, Lang Son customs handled 95,000 declarations, including 60,000 for exports and 35,000 for imports.",
             .declarations, [.total, .export, .import], [95_000, 60_000, 35_000]),
            ("In 2024, Cau Treo border gate customs cleared 1.03 million passengers, including 520,000 outbound and 510,000 inbound.",
             .travellers, [.total, .exit, .entry], [1_030_000, 520_000, 510_000]),
            ("In 2024, Lang Son customs cleared 520,000 passengers on exit and 510,000 on entry.",
             .travellers, [.exit, .entry], [520_000, 510_000]),
        ]
        for (body, metric, flows, values) in cases {
            let records = Extractor().extract(report(body, language: "en"))
            #expect(records.allSatisfy { $0.metric == metric } && records.map(\.flow) == flows && records.map(\.value) == values,
                    "\(body) → \(records.map { "\($0.metric) \($0.flow.map(\.rawValue) ?? "-") \($0.value)" })")
        }
    }

    /// A multiple of another office's figure, named by its province alone or as "đơn vị", is no
    /// change of the figure's own; one of an earlier year is, and a place where the figure was is no
    /// other office.
    @Test func aMultipleOfAnotherOfficeNamedByItsProvinceIsNoChange() throws {
        for (language, tail) in [("vi", "gấp đôi Hải Phòng"), ("vi", "cao gấp 2 lần so với Hải Phòng"),
                                 ("vi", "gấp 1,7 lần đơn vị đứng thứ hai"), ("en", "double that of Hai Phong")] {
            let body = language == "vi" ? "Năm 2024, Cục Hải quan TP Hồ Chí Minh thu 120.000 tỷ đồng, \(tail)."
                : "In 2024, HCM City customs collected VND 120 trillion, \(tail)."
            let revenue = try #require(only(Extractor().extract(report(body, language: language)), .revenue), "\(tail)")
            #expect(revenue.changePct == nil, "\(tail)")
        }
        let earlier = try #require(only(Extractor().extract(report(
            "Năm 2024, Cục Hải quan Lạng Sơn thu 7.000 tỷ đồng, gấp 3 lần năm 2020.")), .revenue))
        #expect(earlier.changePct == 200)
        let place = try #require(only(Extractor().extract(report(
            "In 2024, Hai Phong customs collected VND 70 trillion, up 5% in Hai Phong alone.", language: "en")), .revenue))
        #expect(place.changePct == 5)
    }

    /// A bare province opening a clause with its collecting is its customs department, as national
    /// summaries name them; "tỉnh X thu ngân sách" opening one is the province's own budget.
    @Test func aBareProvinceCollectingIsItsDepartmentAProvinceNamedSoIsItsBudget() {
        for second in ["Riêng Hải Phòng thu 70.000 tỷ đồng.", "Trong đó, Hải Phòng thu 70.000 tỷ đồng.",
                       "Năm 2024, Hải Phòng thu ngân sách 70.000 tỷ đồng."] {
            let records = Extractor().extract(report("Năm 2024, ngành Hải quan thu 410.000 tỷ đồng. \(second)"))
            #expect(records.map(\.office) == ["vn", "vn.hai-phong"] && records.map(\.value) == [410e12, 70e12],
                    "\(second) → \(records.map { "\($0.office) \($0.value)" })")
        }
        let budget = Extractor().extract(report(
            "Năm 2024, tỉnh Quảng Ninh thu ngân sách 50.000 tỷ đồng, trong đó Cục Hải quan Quảng Ninh thu 9.800 tỷ đồng."))
        #expect(budget.map(\.office) == ["vn.quang-ninh"] && budget.map(\.value) == [9_800e9], "\(budget.map { "\($0.office) \($0.value)" })")
    }

    /// "(Trong) năm qua" in a December review is the year it closes (a comparison with "năm qua" still
    /// looks a year back; "năm ngoái" is always the year before); "(trong) tháng qua" is the month just
    /// past, or the publication's own month in its last days.
    @Test func theYearAndTheMonthJustPast() throws {
        func revenue(_ body: String, _ published: String) throws -> MetricRecord {
            try #require(only(Extractor().extract(report(body, published: published)), .revenue))
        }
        let december = try revenue("Trong năm qua, Cục Hải quan Lạng Sơn thu ngân sách 7.650 tỷ đồng, tăng 12% so với năm qua.", "2024-12-28")
        #expect(december.period == period("2024-01-01", "2024-12-31") && december.changePct == 12)
        #expect(try revenue("Trong năm qua, Cục Hải quan Lạng Sơn thu ngân sách 7.650 tỷ đồng.", "2025-01-10").period
                == period("2024-01-01", "2024-12-31"))
        #expect(try revenue("Năm ngoái, Cục Hải quan Lạng Sơn thu ngân sách 7.650 tỷ đồng.", "2024-12-28").period
                == period("2023-01-01", "2023-12-31"))
        #expect(try revenue("Trong tháng qua, Cục Hải quan Lạng Sơn thu ngân sách 650 tỷ đồng.", "2025-02-10").period
                == period("2025-01-01", "2025-01-31"))
        #expect(try revenue("Trong tháng qua, Cục Hải quan Lạng Sơn thu ngân sách 650 tỷ đồng.", "2025-01-29").period
                == period("2025-01-01", "2025-01-31"))
    }

    /// "Tổng trị giá hàng hóa" right after violations in their sentence is the goods' value; with a
    /// direction named, or in a sentence of its own, it stays trade.
    @Test func theTotalValueOfGoodsAfterViolationsIsTheirs() throws {
        let value = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Quảng Trị đã phát hiện 420 vụ buôn lậu, gian lận thương mại và vận chuyển trái phép hàng hóa qua biên giới, tổng trị giá hàng hóa ước tính 35 tỷ đồng."))
        #expect(value.map(\.metric) == [.violations, .violationValue])
        for second in ["Tổng trị giá xuất nhập khẩu qua địa bàn đạt 35 tỷ đồng.", "Tổng trị giá hàng hóa thông quan đạt 35 tỷ đồng."] {
            let trade = Extractor().extract(report("Năm 2024, Cục Hải quan Quảng Trị đã phát hiện 420 vụ vi phạm. \(second)"))
            #expect(trade.map(\.metric) == [.violations, .tradeValue], "\(second)")
        }
    }

    /// English "for the year" is the whole year of the context, as "the whole year" is.
    @Test func englishForTheYear() throws {
        let forecast = try #require(only(Extractor().extract(report(
            "Customs revenue for the year is forecast to hit VND 415 trillion, exceeding the target by 10%.",
            published: "2024-12-05", language: "en")), .revenue))
        #expect(forecast.period == period("2024-01-01", "2024-12-31") && forecast.basis == .forecast)
    }

    /// English wordings of the press: changes ("rising 26.5%", "falling", "a jump of", "12pc", "on-year";
    /// a direction before the next number is not the percent's before it), "close to", forecasts ("could
    /// reach", "is set to"), "exit and entry passengers", "discovered / uncovered" violations, "initiated
    /// 46 criminal cases", administrative penalties "in 215 cases" and the fines after them, and one
    /// commodity's exports ("Phone exports") left out.
    @Test func englishPressWordings() throws {
        func one(_ body: String, _ metric: Metric, published: String = "2025-01-10") throws -> MetricRecord {
            try #require(only(Extractor().extract(report(body, published: published, language: "en")), metric), "\(body)")
        }
        #expect(try one("Quang Ninh customs collected VND 11,720 billion in 2024, rising 26.5% year-on-year.", .revenue).changePct == 26.5)
        #expect(try one("Quang Ninh customs collected VND 11,720 billion in 2024, falling 6% from 2023.", .revenue).changePct == -6)
        let both = try one("Last year, the customs sector collected VND 373.2 trillion, exceeding the target by 13.1% but down 11.4% from 2022.",
                           .revenue, published: "2024-01-08")
        #expect(both.changePct == -11.4 && both.vsTargets == [TargetAttainment(kind: .estimate, pct: 113.1)])
        #expect(try one("From January 1 to November 15, 2024, Quang Nam Customs Department collected VND 5,140 billion, up 9% on-year.",
                        .revenue).changePct == 9)
        let close = try one("Quang Ninh customs collected close to VND 11,720 billion in 2024, up 12pc.", .revenue)
        #expect(close.qualifier == .about && close.changePct == 12)
        #expect(try one("Vietnam's import-export turnover in 2024 could reach US$800 billion, according to the General Department of Vietnam Customs.",
                        .tradeValue, published: "2024-12-05").basis == .forecast)
        #expect(try one("In the first 11 months, Lao Cai customs processed procedures for 1.1 million exit and entry passengers.",
                        .travellers, published: "2024-12-20").flow == .total)
        let cases = Extractor().extract(report(
            "In the first nine months of 2024, the customs sector uncovered 2,100 smuggling cases and initiated 46 criminal cases.", language: "en"))
        #expect(cases.map(\.metric) == [.violations, .prosecutions] && cases.map(\.value) == [2_100, 46])
        #expect(try one("In the first nine months, the customs sector discovered 12,450 violations.", .violations).value == 12_450)
        let penalties = Extractor().extract(report(
            "From January to June, Dong Nai customs imposed administrative penalties in 215 cases, collecting VND 3.4 billion in fines.",
            language: "en"))
        #expect(penalties.map(\.metric) == [.penaltyCases, .fines] && penalties.map(\.value) == [215, 3.4e9])
        #expect(Extractor().extract(report("Phone exports reached US$44.6 billion in the first ten months, according to customs data.",
                                           language: "en")).isEmpty)
    }

    /// Vietnamese wordings found by probing: "hàng xuất nhập khẩu" is both directions; coal ("nhập khẩu
    /// than") is one commodity, not English "than"; "từ đầu tháng 5" starts on the 1st of May; "ngày
    /// 31.3" is a date; a target with no year is the publication year's; "vượt mốc" is the office's
    /// own figure, over the mark; declarations checked after clearance or in a channel, and one
    /// regime's goods ("tạm nhập tái xuất"), are parts, not records.
    @Test func vietnameseWordingsFoundByProbing() throws {
        let both = Extractor().extract(report(
            "Tháng 5/2024, kim ngạch hàng xuất nhập khẩu qua Cục Hải quan tỉnh Lạng Sơn đạt 420 triệu USD; đơn vị tiếp nhận 9.500 tờ khai hàng xuất nhập khẩu."))
        #expect(both.map(\.flow) == [.total, .total])
        let coal = Extractor().extract(report(
            "9 tháng năm 2024, kim ngạch qua Cục Hải quan tỉnh Quảng Ninh đạt 6,2 tỷ USD. Kim ngạch nhập khẩu than đạt 1,2 tỷ USD."))
        #expect(coal.map(\.value) == [6.2e9])
        func revenue(_ body: String, _ published: String) throws -> MetricRecord {
            try #require(only(Extractor().extract(report(body, published: published)), .revenue), "\(body)")
        }
        #expect(try revenue("Từ đầu tháng 5/2024 đến ngày 31/5/2024, Cục Hải quan tỉnh Kiên Giang thu ngân sách 45 tỷ đồng.", "2024-06-10").period
                == period("2024-05-01", "2024-05-31"))
        #expect(try revenue("Tính đến ngày 31.3, Cục Hải quan tỉnh Quảng Ninh thu ngân sách 2.500 tỷ đồng.", "2024-04-02").period
                == period("2024-01-01", "2024-03-31"))
        let mark = try revenue("Năm 2024, Cục Hải quan tỉnh Quảng Ninh thu ngân sách vượt mốc 10.000 tỷ đồng.", "2024-12-20")
        #expect(mark.value == 10_000e9 && mark.qualifier == .over)
        #expect(Extractor().extract(report("Năm 2024, có 16 Cục Hải quan thu ngân sách vượt mốc 1.000 tỷ đồng.")).isEmpty)
        let target = try #require(only(Extractor().extract(report(
            "Cục Hải quan tỉnh Lạng Sơn đã về đích chỉ tiêu thu ngân sách được giao là 7.000 tỷ đồng.", published: "2024-12-18")), .revenueTarget))
        #expect(target.period == period("2024-01-01", "2024-12-31"))
        let checked = Extractor().extract(report(
            "Năm 2024, Cục Hải quan tỉnh Bình Dương tiếp nhận 1,9 triệu tờ khai. Đơn vị đã kiểm tra sau thông quan 420 tờ khai. Có 1.200 tờ khai luồng đỏ."))
        #expect(checked.map(\.value) == [1_900_000])
        let regime = Extractor().extract(report(
            "9 tháng năm 2024, kim ngạch xuất nhập khẩu qua Cục Hải quan tỉnh Lạng Sơn đạt 4,1 tỷ USD; hàng tạm nhập tái xuất đạt 300 triệu USD."))
        #expect(regime.map(\.value) == [4.1e9])
    }

    /// More English found by probing: "the first / second half of this year", "the last / final quarter
    /// of 2023", "since the start of 2024", "Customs Sub-department of Region 6", "US$12 billion in
    /// imports and US$15 billion in exports", amounts "each" (thresholds) and "each day" (rates), and
    /// trade told in đồng with its dollars in parentheses (spec §2: dollars where both are given).
    @Test func moreEnglishFoundByProbing() throws {
        func one(_ body: String, _ metric: Metric = .revenue, published: String = "2024-11-12") throws -> MetricRecord {
            try #require(only(Extractor().extract(report(body, published: published, language: "en")), metric), "\(body)")
        }
        #expect(try one("In the first half of this year, Dong Thap customs collected VND 500 billion.", published: "2024-07-20").period
                == period("2024-01-01", "2024-06-30"))
        #expect(try one("In the second half of this year, Dong Thap customs collected VND 600 billion.", published: "2024-12-20").period
                == period("2024-07-01", "2024-12-31"))
        #expect(try one("In the final quarter of 2023, Hanoi customs collected VND 9 trillion.").period == period("2023-10-01", "2023-12-31"))
        #expect(try one("Since the start of 2024, Hanoi customs has collected VND 35 trillion.").period == period("2024-01-01", "2024-11-12"))
        #expect(try one("Customs Sub-department of Region 6 collected VND 3,010 billion in the first quarter of 2025.", published: "2025-04-10")
                .office == "vn.kv6")
        let flows = Extractor().extract(report(
            "In the first nine months of 2024, Binh Duong customs recorded US$12 billion in imports and US$15 billion in exports.", language: "en"))
        #expect(flows.map(\.flow) == [.import, .export])
        #expect(Extractor().extract(report("By the end of November, 16 out of 35 customs departments had collected over VND1 trillion each.",
                                           published: "2024-12-05", language: "en")).isEmpty)
        #expect(Extractor().extract(report("Each day in November, some 1,200 trucks passed through border gates in Lang Son, customs said.",
                                           published: "2024-12-05", language: "en")).isEmpty)
        let dollars = try one("Import-export turnover through Quang Ninh customs reached VND 280 trillion (about US$11.2 billion) in 2024.",
                              .tradeValue, published: "2025-01-10")
        #expect(dollars.value == 11.2e9 && dollars.unit == .usd && dollars.qualifier == .about)
        let vietnamese = try #require(only(Extractor().extract(report(
            "Năm 2024, kim ngạch xuất nhập khẩu qua Cục Hải quan Quảng Ninh đạt 280.000 tỷ đồng (khoảng 11,2 tỷ USD).")), .tradeValue))
        #expect(vietnamese.value == 11.2e9 && vietnamese.unit == .usd)
    }

    /// Targets and amounts found by probing: an English target amount before its noun ("92.5% of the VND
    /// 2,000 billion target", "the VND 7 trillion target assigned"), "striving to collect"; amounts in
    /// three parts; "bln" / "bil"; a city's finance department; enterprises counted by the tax they pay.
    @Test func targetsAndAmountsFoundByProbing() throws {
        let attained = Extractor().extract(report(
            "In the year to date, its revenue reached VND 1,850 billion, 92.5% of the VND 2,000 billion target set for 2024, Hai Duong customs said.",
            published: "2024-11-12", language: "en"))
        #expect(attained.map(\.metric) == [.revenue, .revenueTarget] && attained.map(\.value) == [1_850e9, 2_000e9])
        #expect(attained.first?.vsTargets == [TargetAttainment(kind: .estimate, pct: 92.5, amount: 2_000e9)])
        let targets = Extractor().extract(report(
            "Lang Son customs is striving to collect VND 9 trillion this year, higher than the VND 7 trillion target assigned by the Ministry of Finance.",
            published: "2024-10-28", language: "en"))
        #expect(targets.map(\.targetKind) == [.stretch, .estimate] && targets.map(\.value) == [9e12, 7e12])
        #expect(targets.allSatisfy { $0.period == period("2024-01-01", "2024-12-31") })
        let parts = try #require(only(Extractor().extract(report(
            "Từ đầu năm đến ngày 15/9/2024, Cục Hải quan tỉnh Lạng Sơn thu ngân sách 3 tỷ 120 triệu 500 nghìn đồng.")), .revenue))
        #expect(parts.value == 3_120_500_000)
        let short = Extractor().extract(report(
            "Import-export turnover through Quang Ninh customs reached 11.2 bln USD in 2024, and exports hit US$5.1bil.", language: "en"))
        #expect(short.map(\.value) == [11.2e9, 5.1e9])
        let finance = Extractor().extract(report(
            "The Hanoi Department of Finance said the city's budget revenue reached VND 400 trillion in the first nine months, while Hanoi customs collected VND 30 trillion.",
            published: "2024-10-05", language: "en"))
        #expect(finance.map(\.value) == [30e12])
        #expect(Extractor().extract(report("9 tháng năm 2024, Cục Hải quan tỉnh Bắc Ninh có 5 doanh nghiệp nộp thuế trên 1.000 tỷ đồng.")).isEmpty)
    }

    /// "với (số thu) N" after a change or an attainment leads into the figure, as "đạt" does; an amount
    /// said to be "của <office>" is that office's.
    @Test func withItsRevenueAndTheOfficeAFigureIsOf() throws {
        let change = try #require(only(Extractor().extract(report(
            "7 tháng năm 2024, Cục Hải quan TP Hà Nội tăng 8% so với cùng kỳ với số thu 19.900 tỷ đồng.")), .revenue))
        #expect(change.changePct == 8)
        let attained = try #require(only(Extractor().extract(report(
            "7 tháng năm 2024, Cục Hải quan TP Hà Nội đã đạt 62% dự toán với số thu 19.900 tỷ đồng.")), .revenue))
        #expect(attained.vsTargets == [TargetAttainment(kind: .estimate, pct: 62)])
        let other = Extractor().extract(report(
            "Năm 2024, Cục Hải quan tỉnh Quảng Ninh thu ngân sách 10.200 tỷ đồng, cao hơn số thu 8.000 tỷ đồng của Cục Hải quan tỉnh Lạng Sơn."))
        #expect(other.map(\.office) == ["vn.quang-ninh", "vn.lang-son"] && other.map(\.value) == [10_200e9, 8_000e9])
    }

    /// English parts and bases: "of which 26,120 were export declarations", "150,000 were exiting and
    /// 130,000 were entering", "1.1 million arrivals and 1.0 million departures", "Outbound travellers
    /// numbered 760,000", and a sentence opening "In the same period of 2023, …" dated to that year.
    @Test func englishPartsAndBasesFoundByProbing() throws {
        let declarations = Extractor().extract(report(
            "In 2024, An Giang customs processed 45,217 import and export declarations, of which 26,120 were export declarations and 19,097 import declarations.",
            language: "en"))
        #expect(declarations.map(\.flow) == [.total, .export, .import] && declarations.map(\.value) == [45_217, 26_120, 19_097])
        let vehicles = Extractor().extract(report(
            "This year, Huu Nghi International Border Gate customs handled 280,000 vehicle trips, of which 150,000 were exiting and 130,000 were entering.",
            published: "2024-12-28", language: "en"))
        #expect(vehicles.map(\.flow) == [.total, .exit, .entry] && vehicles.allSatisfy { $0.metric == .vehicles })
        let people = Extractor().extract(report(
            "In the first 11 months, Lao Cai customs handled 1.1 million arrivals and 1.0 million departures.", published: "2024-12-20", language: "en"))
        #expect(people.map(\.flow) == [.entry, .exit] && people.map(\.value) == [1_100_000, 1_000_000])
        let outbound = Extractor().extract(report(
            "In 2024, Lao Cai customs handled 1.5 million passengers. Outbound travellers numbered 760,000.", language: "en"))
        #expect(outbound.map(\.flow) == [.total, .exit] && outbound.map(\.value) == [1_500_000, 760_000])
        let base = Extractor().extract(report(
            "In 2024, Hanoi customs collected VND 38.5 trillion. In the same period of 2023, its revenue was VND 35 trillion.",
            published: "2025-01-05", language: "en"))
        #expect(base.map(\.period) == [period("2024-01-01", "2024-12-31"), period("2023-01-01", "2023-12-31")])
    }

    /// An office named right before its share of a total ("with Ho Chi Minh City customs accounting for
    /// VND 107 trillion", "Cục Hải quan TP Hồ Chí Minh chiếm 107.000 tỷ đồng") is that office's figure.
    @Test func anOfficesShareOfATotalIsItsFigure() {
        for (language, body) in [
            ("en", "Vietnam's customs sector collected VND 375 trillion in the first 11 months, with Ho Chi Minh City customs accounting for VND 107 trillion."),
            ("vi", "11 tháng năm 2024, ngành Hải quan thu 375.000 tỷ đồng, trong đó Cục Hải quan TP Hồ Chí Minh chiếm 107.000 tỷ đồng."),
        ] {
            let records = Extractor().extract(report(body, published: "2024-12-10", language: language))
            #expect(records.map(\.office) == ["vn", "vn.ho-chi-minh"] && records.map(\.value) == [375e12, 107e12], "\(body)")
        }
    }

    /// Provinces sharing one head ("Cục Hải quan Lạng Sơn, Quảng Ninh và Lào Cai …", "Lang Son, Quang
    /// Ninh and Lao Cai customs departments …") are departments each, paired with "lần lượt" /
    /// "respectively".
    @Test func provincesSharingOneHeadAreDepartmentsEach() {
        for (language, body) in [
            ("vi", "Năm 2024, Cục Hải quan Lạng Sơn, Quảng Ninh và Lào Cai thu ngân sách lần lượt đạt 8.000 tỷ đồng, 10.000 tỷ đồng và 2.000 tỷ đồng."),
            ("en", "Lang Son, Quang Ninh and Lao Cai customs departments collected VND 8 trillion, VND 10 trillion and VND 2 trillion, respectively, in 2024."),
        ] {
            let records = Extractor().extract(report(body, published: "2025-01-10", language: language))
            #expect(records.map(\.office) == ["vn.lang-son", "vn.quang-ninh", "vn.lao-cai"] && records.map(\.value) == [8e12, 10e12, 2e12],
                    "\(body) → \(records.map { "\($0.office) \($0.value)" })")
        }
    }

    /// A gate's office "under" / "thuộc" its department is the gate's branch, not the department.
    @Test(arguments: [
        ("en", "The Customs Sub-department of Huu Nghi International Border Gate under Lang Son Customs Department collected VND 1,200 billion in the first seven months of 2024.",
         "vn.lang-son.cua-khau-quoc-te-huu-nghi"),
        ("vi", "7 tháng năm 2024, Hải quan cửa khẩu Tân Thanh thuộc Cục Hải quan Lạng Sơn thu ngân sách 900 tỷ đồng.", "vn.lang-son.cua-khau-tan-thanh"),
    ])
    func aGatesOfficeUnderItsDepartmentIsTheBranch(language: String, body: String, office: String) {
        let records = Extractor().extract(report(body, published: "2024-08-15", language: language))
        #expect(records.map(\.office) == [office] && records.map(\.metric) == [.revenue])
    }

    /// "Trên địa bàn tỉnh Vĩnh Phúc, số thu đạt …" opening a sentence is a department's area (spec §1),
    /// while "thu ngân sách trên địa bàn tỉnh" is the province's whole budget.
    @Test func aNamedAreaOpeningASentenceIsNoProvinceBudget() {
        let area = Extractor().extract(report(
            "10 tháng năm 2024, Cục Hải quan TP Hà Nội thu ngân sách đạt 28.300 tỷ đồng. Trên địa bàn tỉnh Vĩnh Phúc, số thu đạt 5.900 tỷ đồng."))
        #expect(area.map(\.office) == ["vn.ha-noi", "vn.vinh-phuc"])
        let budget = Extractor().extract(report(
            "10 tháng năm 2024, Cục Hải quan Quảng Ninh thu ngân sách đạt 9.300 tỷ đồng. Tổng thu ngân sách trên địa bàn tỉnh đạt 45.000 tỷ đồng."))
        #expect(budget.map(\.value) == [9_300e9])
    }

    /// Found by probing whole reports: a branch named with a capitalised word that is also a function
    /// word ("Bát Xát", "Bà Rịa") keeps its name; the customs across the border ("phía bạn", "Hải quan
    /// Trung Quốc") is no office of ours, unless ours is named first; shrimp exports are one commodity's.
    @Test(arguments: [
        ("Năm 2019, Cục Hải quan Lào Cai thu ngân sách đạt 2.100 tỷ đồng. Chi cục Hải quan Bát Xát thu 50 tỷ đồng.",
         ["vn.lao-cai revenue", "vn.lao-cai.bat-xat revenue"]),
        ("Năm 2019, Cục Hải quan Lào Cai thu ngân sách đạt 2.100 tỷ đồng. Theo Cục Hải quan Hà Khẩu (Trung Quốc), phía bạn đã làm thủ tục cho 3 triệu lượt khách.",
         ["vn.lao-cai revenue"]),
        ("Năm 2023, Chi cục Hải quan cửa khẩu Hữu Nghị phối hợp với Hải quan Trung Quốc làm thủ tục cho 120.000 lượt xe.",
         ["vn.lang-son.cua-khau-huu-nghi vehicles"]),
        ("Năm 2023, Cục Hải quan Cà Mau thu ngân sách đạt 200 tỷ đồng. Kim ngạch xuất khẩu tôm đạt 500 triệu USD.", ["vn.ca-mau revenue"]),
    ])
    func branchNamesTheCustomsAcrossTheBorderAndShrimp(body: String, expected: [String]) {
        let records = Extractor().extract(report(body))
        #expect(records.map { "\($0.office) \($0.metric.rawValue)" } == expected)
    }

    /// A sentence of outlooks only does not re-date the review around it; a target's year still dates
    /// the figures after it.
    @Test func anOutlookSentenceDoesNotReDateTheReview() {
        let outlook = Extractor().extract(report(
            "Trong 9 tháng năm 2022, Cục Hải quan Đồng Nai thu ngân sách đạt 15.600 tỷ đồng.\n\nDự kiến cả năm 2022, đơn vị thu đạt 21.000 tỷ đồng.\n\nKim ngạch xuất nhập khẩu đạt 20 tỷ USD.",
            published: "2022-10-12"))
        #expect(outlook.map(\.period) == [period("2022-01-01", "2022-09-30"), period("2022-01-01", "2022-12-31"), period("2022-01-01", "2022-09-30")])
        let target = Extractor().extract(report(
            "Năm 2023, Cục Hải quan Đồng Nai thu 19.000 tỷ đồng. Năm 2024, đơn vị được giao dự toán 20.000 tỷ đồng. Đơn vị đã thu 10.400 tỷ đồng, đạt 52%.",
            published: "2024-07-08"))
        #expect(target.last?.period == period("2024-01-01", "2024-12-31"))
    }

    /// After 3/2025, "Hải quan <tỉnh>" in a report naming one region is a unit of that region, also for a
    /// province the registry places in no region.
    @Test func aProvincesCustomsUnderTheOneRegionNamed() {
        let records = Extractor().extract(report(
            "Trong 9 tháng năm 2025, Chi cục Hải quan khu vực XIII thu ngân sách đạt 6.100 tỷ đồng.\n\nHải quan Bà Rịa - Vũng Tàu thu 3.200 tỷ đồng; Hải quan Bình Thuận thu 450 tỷ đồng.",
            published: "2025-10-08"))
        #expect(records.map(\.office) == ["vn.kv13", "vn.kv13.ba-ria-vung-tau", "vn.kv13.binh-thuan"])
    }

    /// Tourists counted crossing the border are travellers; the tourism sector's count of them is not.
    @Test func touristsCrossingTheBorderAreTravellers() {
        for unit in ["lượt khách du lịch xuất nhập cảnh", "lượt du khách xuất nhập cảnh"] {
            let records = Extractor().extract(report("Năm 2024, Chi cục Hải quan cửa khẩu quốc tế Lao Bảo làm thủ tục cho 1,2 triệu \(unit)."))
            #expect(records.map(\.metric) == [.travellers] && records.map(\.flow) == [.total], "\(unit)")
        }
        let tourism = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Quảng Ninh thu ngân sách 10.200 tỷ đồng. Năm 2024, tỉnh Quảng Ninh đón 15 triệu lượt khách du lịch."))
        #expect(tourism.map(\.metric) == [.revenue])
    }

    /// Trains are the vehicles a railway gate counts ("đoàn tàu"); their wagons ("toa xe") are no vehicles.
    @Test func trainsAreVehiclesTheirWagonsAreNot() {
        let records = Extractor().extract(report(
            "Năm 2024, Chi cục Hải quan ga đường sắt quốc tế Đồng Đăng làm thủ tục cho 2.150 đoàn tàu liên vận quốc tế với 28.300 toa xe."))
        #expect(records.map(\.metric) == [.vehicles])
        #expect(records.map(\.value) == [2_150])
    }

    /// A gate whose registered name starts with a word the gate pattern passes over ("cầu", the
    /// bridge of "cửa khẩu cầu Bắc Luân"): its province still comes from the registry.
    @Test func aGateNamedCầuTreoIsInHàTĩnh() {
        for text in ["Năm 2024, qua cửa khẩu quốc tế Cầu Treo có 312.000 lượt người xuất nhập cảnh, theo cơ quan hải quan.",
                     "Năm 2024, qua cửa khẩu Cầu Treo có 312.000 lượt người xuất nhập cảnh, theo cơ quan hải quan."] {
            let records = Extractor().extract(report(text))
            #expect(records.map(\.office).allSatisfy { $0.hasPrefix("vn.ha-tinh.cua-khau-") } && records.count == 1, "\(text) → \(records.map(\.office))")
        }
    }

    @Test func aBareLượtTakesTheNounBeforeItNotTheNextClauses() {
        let records = Extractor().extract(report(
            "Năm 2023, số lượt phương tiện xuất nhập cảnh qua cửa khẩu quốc tế Lao Bảo là 120.000 lượt, lượt người "
                + "xuất nhập cảnh là 400.000 lượt.", title: "Hải quan Quảng Trị"))
        #expect(records.map(\.metric) == [.vehicles, .travellers])
    }

    @Test func aRateIsNoRecordButTheTotalBeforeItIs() {
        // The rate follows in the next sentence, after a comma, or in an aside: only the rate goes.
        for text in ["Tháng 9/2024, Cục Hải quan Quảng Ninh thu ngân sách 1.000 tỷ đồng. Bình quân mỗi ngày thu khoảng 33 tỷ đồng.",
                     "Tháng 9/2024, Cục Hải quan Quảng Ninh thu ngân sách 1.000 tỷ đồng, bình quân mỗi ngày thu hơn 33 tỷ đồng.",
                     "Tháng 9/2024, Cục Hải quan Quảng Ninh thu ngân sách 1.000 tỷ đồng (bình quân 33 tỷ đồng/ngày).",
                     "Tháng 9/2024, Cục Hải quan Quảng Ninh thu ngân sách 1.000 tỷ đồng, mỗi ngày có 350 xe qua cửa khẩu."] {
            #expect(Extractor().extract(report(text)).map(\.value) == [1_000_000_000_000], "\(text)")
        }
        // Right after the figure, the rate is the figure's.
        #expect(Extractor().extract(report("Tháng 9/2024, qua Chi cục Hải quan cửa khẩu Móng Cái có 350 xe mỗi ngày.")).isEmpty)
    }

    @Test func paragraphsOfOneSentenceCarryTheOfficeAsSentencesDo() throws {
        // One sentence per line: the office of the paragraph before last still names the unit.
        let body = "Theo Chi cục Hải quan cửa khẩu Móng Cái, năm 2022 kim ngạch đạt 1,2 tỷ USD.\n\n"
            + "Hàng hóa làm thủ tục thông quan nhanh.\n\nChi cục thu ngân sách 45,6 tỷ đồng."
        let records = Extractor().extract(report(body, title: "Hải quan Quảng Ninh"))
        #expect(try #require(only(records, .revenue)).office == "vn.quang-ninh.cua-khau-mong-cai")
        // A photo credit opening a paragraph does not make a caption of the paragraph before it.
        let credit = Extractor().extract(report(
            "Trong tháng 8/2014, kim ngạch qua Cục Hải quan Long An đạt 5.029.100 USD.\n\nẢnh minh họa - nguồn internet.\n\n"
                + "Trong đó kim ngạch xuất khẩu là 2.791.500 USD."))
        #expect(credit.map(\.period) == [period("2014-08-01", "2014-08-31"), period("2014-08-01", "2014-08-31")])
    }

    @Test func effortIsNoDebt() throws {
        // "nỗ lực" (effort) folds as "nợ" (debt) does; only the word written "nợ" blocks a figure.
        let effort = "Năm 2023, với sự nỗ lực của toàn đơn vị, Cục Hải quan Bình Định thu ngân sách đạt 1.012 tỷ đồng."
        let debt = "Năm 2023, Cục Hải quan Bình Định thu hồi nợ 12 tỷ đồng."
        for form in [effort, effort.decomposedStringWithCanonicalMapping] {
            #expect(Extractor().extract(report(form)).map(\.value) == [1_012_000_000_000])
        }
        for form in [debt, debt.decomposedStringWithCanonicalMapping, "Nam 2023, Cuc Hai quan Binh Dinh co so no 12 ty dong."] {
            #expect(Extractor().extract(report(form)).isEmpty, "\(form)")
        }
    }

    @Test func theBodyACaseIsHandedToDoesNotSpeakForTheRest() throws {
        // "chuyển cơ quan công an": the police receive the cases; the customs office still speaks.
        let records = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Quảng Ninh phát hiện 45 vụ việc vi phạm. Đơn vị đã khởi tố 2 vụ án hình sự, chuyển cơ quan "
                + "công an đề nghị khởi tố 3 vụ; xử phạt vi phạm hành chính 38 vụ, thu nộp ngân sách nhà nước hơn 1,1 tỷ đồng."))
        #expect(records.map(\.metric) == [.violations, .prosecutions, .penaltyCases, .fines])
        #expect(records.map(\.value) == [45, 2, 38, 1_100_000_000])
        // The police speaking for their own figure is still not a customs record.
        let police = Extractor().extract(report("Năm 2024, Cục Hải quan Quảng Ninh phát hiện 45 vụ vi phạm. Công an tỉnh đã khởi tố 9 vụ án."))
        #expect(police.map(\.value) == [45])
    }

    @Test func paidInAfterTheCasesIsFinesButTheBudgetIsRevenue() throws {
        let fines = Extractor().extract(report(
            "Từ ngày 15/8 đến 15/9/2024, lực lượng Hải quan phát hiện 1.540 vụ vi phạm; khởi tố 12 vụ án. "
                + "Thu nộp ngân sách nhà nước 105 tỷ đồng."))
        #expect(try #require(only(fines, .fines)).value == 105_000_000_000)
        let revenue = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Lạng Sơn phát hiện 154 vụ vi phạm. Thu ngân sách năm 2024 đạt 10.500 tỷ đồng."))
        #expect(try #require(only(revenue, .revenue)).value == 10_500_000_000_000)
    }

    @Test func aHeadlineFigureRestatedWithItsDirection() {
        // The headline's count has no direction and no period; the body's has both: one record.
        let records = Extractor().extract(report(
            "9.545 lượt hành khách qua Nội Bài\n\nNăm 2024, Chi cục Hải quan Nội Bài làm thủ tục nhập cảnh cho 9.545 lượt hành khách."))
        #expect(records.map(\.flow) == [.entry])
    }

    @Test func theSumOfThePenaltiesJustCountedIsFines() throws {
        for text in ["6 tháng đầu năm 2024, Cục Hải quan An Giang xử phạt vi phạm hành chính 60 vụ với tổng số tiền gần 900 triệu đồng.",
                     "6 tháng đầu năm 2024, Cục Hải quan An Giang xử phạt vi phạm hành chính 60 vụ, số tiền 900 triệu đồng."] {
            let records = Extractor().extract(report(text))
            #expect(records.map(\.metric) == [.penaltyCases, .fines], "\(text)")
            #expect(records.map(\.value) == [60, 900_000_000], "\(text)")
        }
    }

    @Test func aRefundOrADebtInTheNextClauseLeavesTheFigure() {
        for tail in ["; hoàn thuế 120 tỷ đồng.", ", nợ thuế 120 tỷ đồng.", "; thu hồi nợ đọng 45 tỷ đồng."] {
            let records = Extractor().extract(report("10 tháng năm 2024, Cục Hải quan Lạng Sơn thu ngân sách đạt 6.500 tỷ đồng" + tail))
            #expect(records.map(\.value) == [6_500_000_000_000], "\(tail)")
        }
    }

    @Test func aGapToTheTargetOrARefundIsNoFigure() throws {
        for text in ["Năm 2024, Cục Hải quan Đồng Nai thu ngân sách đạt 17.000 tỷ đồng, vượt dự toán 500 tỷ đồng.",
                     "Năm 2024, Cục Hải quan Đồng Nai thu ngân sách đạt 17.000 tỷ đồng, thấp hơn dự toán 500 tỷ đồng.",
                     "Năm 2024, Cục Hải quan Đồng Nai thu ngân sách đạt 17.000 tỷ đồng, còn thiếu 500 tỷ đồng so với chỉ tiêu.",
                     "Năm 2024, Cục Hải quan Đồng Nai thu ngân sách đạt 17.000 tỷ đồng, hoàn thuế 500 tỷ đồng."] {
            #expect(Extractor().extract(report(text)).map(\.value) == [17_000_000_000_000], "\(text)")
        }
        // A target named after "vượt" is still one.
        let target = Extractor().extract(report("Năm 2024, Cục Hải quan Đồng Nai thu 17.000 tỷ đồng, vượt chỉ tiêu phấn đấu 16.800 tỷ đồng."))
        #expect(try #require(only(target, .revenueTarget)).value == 16_800_000_000_000)
    }

    @Test func enterprisesInOtherRolesThanDoingProcedures() {
        for phrase in ["cưỡng chế 15 doanh nghiệp nợ thuế", "có 1.200 doanh nghiệp nợ thuế", "hỗ trợ 50 doanh nghiệp",
                       "tổ chức hội nghị với sự tham dự của 200 doanh nghiệp", "có 5 doanh nghiệp bị xử phạt do chậm nộp thuế"] {
            #expect(Extractor().extract(report("9 tháng năm 2024, Cục Hải quan Thái Nguyên \(phrase).")).isEmpty, "\(phrase)")
        }
        // Another clause's word does not reach the count.
        let kept = Extractor().extract(report(
            "9 tháng năm 2024, Cục Hải quan Thái Nguyên tích cực hỗ trợ doanh nghiệp, có 1.500 doanh nghiệp làm thủ tục."))
        #expect(kept.map(\.value) == [1_500])
    }

    @Test func theSumOfPenaltiesIsFines() throws {
        let body = "Tổng số tiền xử phạt vi phạm hành chính và thu nộp ngân sách năm 2023 của Cục Hải quan Quảng Trị là 2,3 tỷ đồng."
        let records = Extractor().extract(report(body))
        #expect(records.map(\.metric) == [.fines])
        #expect(records.first?.value == 2_300_000_000)
    }

    @Test func typosDoNotDerailTheSentence() {
        let noSpace = Extractor().extract(report("\(Self.prefix) thu ngân sách 860tỷ đồng, đạt 103,% dự toán."))
        #expect(only(noSpace, .revenue)?.value == 860e9)
        #expect(only(noSpace, .revenue)?.vsTargets.first?.pct == 103)
        let doubled = Extractor().extract(report("\(Self.prefix) có kim ngạch xuất khẩu đạt 245 triệu USD USD, tăng 4%."))
        #expect(only(doubled, .tradeValue)?.value == 245e6)
        #expect(only(doubled, .tradeValue)?.flow == .export)
    }
}

@Suite("Not records")
struct NotRecordTests {
    @Test func aSumOfTheOfficesCountedIsNoRecordButItsListIs() {
        let body = "Năm 2024, có 10 đơn vị thu trên 10.000 tỷ đồng, gồm: Cục Hải quan TP Hồ Chí Minh đạt 127.000 tỷ đồng; "
            + "Hải Phòng 76.000 tỷ đồng; Bà Rịa - Vũng Tàu 32.000 tỷ đồng."
        let records = Extractor().extract(report(body))
        #expect(records.map(\.office) == ["vn.ho-chi-minh", "vn.hai-phong", "vn.ba-ria-vung-tau"])
        #expect(records.map(\.value) == [127_000_000_000_000, 76_000_000_000_000, 32_000_000_000_000])
        // One office named after the count is the figure's.
        let among = Extractor().extract(report(
            "Quý 1/2023, trong số 12 chi cục trực thuộc, chỉ có Chi cục Hải quan Hiệp Phước (Cục Hải quan TP Hồ Chí Minh) thu tăng, đạt 7.688 tỷ đồng."))
        #expect(among.map(\.office) == ["vn.ho-chi-minh.hiep-phuoc"])
    }

    @Test func partsOpeningTheNextSentenceLikeTheirTotal() {
        // "Trong đó, …" opening the next sentence lists parts of the total, as it does inside one.
        let records = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Nghệ An thu nộp ngân sách 2.850 tỷ đồng. Trong đó, thu thuế xuất khẩu 150 tỷ đồng, "
                + "thuế nhập khẩu và thuế giá trị gia tăng hàng nhập khẩu 2.700 tỷ đồng."))
        #expect(records.map(\.value) == [2_850_000_000_000])
    }

    @Test func aPartThatNothingTellsApartFromItsTotal() {
        let body = "6 tháng đầu năm 2023, Cục Hải quan Khánh Hòa làm thủ tục cho 908.095 lượt khách xuất nhập cảnh, "
            + "trong đó qua đường hàng không 872.747 lượt khách; xuất cảnh 450.100 lượt khách."
        let records = Extractor().extract(report(body))
        #expect(records.filter { $0.metric == .travellers }.map(\.value) == [908_095, 450_100])
        #expect(records.first { $0.value == 450_100 }?.flow == .exit)
    }

    @Test func aFigureThroughAGateCitedFromAnotherBody() {
        // A gate is a place, not the office that speaks: after 3/2025 as before.
        let body = "Hải quan cửa khẩu Hữu Nghị tăng cường kiểm tra. 6 tháng đầu năm 2025, kim ngạch xuất nhập khẩu qua "
            + "cửa khẩu quốc tế Hữu Nghị đạt 5 tỷ USD, theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn."
        let records = Extractor().extract(report(body, published: "2025-07-10"))
        #expect(records.isEmpty, "\(records.map { "\($0.office) \($0.value)" })")
    }

    @Test func goodsAndCompaniesBlockOnlyTheirOwnFigures() {
        // Seized goods of a kind are still violations and their value.
        let seized = Extractor().extract(report(
            "Năm 2024, Chi cục Hải quan cửa khẩu Tân Thanh phát hiện 12 vụ vận chuyển trái phép điện thoại di động, "
                + "trị giá hàng vi phạm 2,5 tỷ đồng."))
        #expect(seized.map(\.metric) == [.violations, .violationValue])
        // The total stays when commodities follow it; a commodity's figure after it goes.
        let total = Extractor().extract(report(
            "Năm 2024, kim ngạch xuất khẩu của Cục Hải quan Bình Dương đạt 35 tỷ USD, chủ yếu là đồ gỗ và dệt may; "
                + "xuất khẩu gỗ và sản phẩm gỗ đạt 3 tỷ USD."))
        #expect(total.map(\.value) == [35_000_000_000])
        // Goods that a comma parts from the figure's metric word are not its subject.
        let office = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Đồng Nai, nơi có nhiều doanh nghiệp xuất khẩu đồ gỗ, dệt may, thu ngân sách đạt 20.000 tỷ đồng."))
        #expect(office.map(\.value) == [20_000_000_000_000])
        // Another figure's goods, a comma before this one.
        let english = Extractor().extract(report(
            "In 2024, trade through the border gates of Lao Cai Customs Department reached USD 11 million, of which "
                + "USD 2.4 million of imports, mostly fertilisers, and USD 8.8 million of exports.", language: "en"))
        #expect(english.map(\.value) == [11_000_000, 2_400_000, 8_800_000])
        // One company's share of the office's revenue.
        let company = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Hà Tĩnh thu 20.000 tỷ đồng, chủ yếu từ Công ty Formosa Hà Tĩnh với 18.000 tỷ đồng."))
        #expect(company.map(\.value) == [20_000_000_000_000])
        // "Sóng Thần đã" folds like "than đá" (coal): no commodity.
        let branch = Extractor().extract(report(
            "Năm 2024, Chi cục Hải quan Khu công nghiệp Sóng Thần đã thu ngân sách 1.300 tỷ đồng.", title: "Hải quan Bình Dương"))
        #expect(branch.map(\.value) == [1_300_000_000_000])
    }

    @Test func theStoriesAfterANewsPagesOwnHeadingsAreNotTheReports() {
        let body = "Ngày 17-2, Chi cục Hải quan Nội Bài cho biết, trong 3 ngày đầu năm mới Canh Dần, đơn vị đã làm thủ tục "
            + "nhập cảnh cho 9.545 lượt hành khách.\nNăm 2009, đơn vị thu ngân sách đạt 1.450 tỷ đồng, tăng 5%.\n"
            + "Công tác phục vụ hành khách được bảo đảm, không có vướng mắc phát sinh.\n\n"
            + "(0) Bình luận\nTin liên quan\nCục Hải quan Lạng Sơn thu 2.000 tỷ đồng\nHơn 5.000 lượt xe qua cửa khẩu Hữu Nghị\n"
        let records = Extractor().extract(report(body, published: "2010-02-18"))
        #expect(records.map(\.value) == [9_545, 1_450_000_000_000])
        // Inside a sentence, or as a line of its own near the top, such words cut nothing.
        let inSentence = Extractor().extract(report(
            "Tin liên quan\nNăm 2009, Cục Hải quan Lạng Sơn đạt kết quả nổi bật.\nĐơn vị thu ngân sách đạt 1.450 tỷ đồng.\n"
                + "Đơn vị đạt kết quả nổi bật\nvà làm thủ tục cho 50.000 tờ khai."))
        #expect(inSentence.map(\.value) == [1_450_000_000_000, 50_000])
        // A link to another story on a line of its own, anywhere ("Xem thêm: <its headline>"): that line only.
        let link = Extractor().extract(report(
            "<p>Năm 2024, Cục Hải quan Quảng Ninh thu ngân sách đạt 10.250 tỷ đồng.</p><p>Xem thêm: <a href=\"https://x.invalid\">"
                + "Hải quan Hải Phòng thu 60.000 tỷ đồng</a></p><p>Đơn vị làm thủ tục cho 125.000 tờ khai.</p>", type: .html))
        #expect(link.map(\.value) == [10_250_000_000_000, 125_000])
    }

    @Test func theProvincesBudgetAndTheLargestEnterprisesFigures() {
        for second in ["Tổng thu ngân sách của tỉnh Quảng Ngãi năm 2020 đạt 18.600 tỷ đồng.",
                       "Tổng thu ngân sách trên địa bàn tỉnh đạt 18.600 tỷ đồng.",
                       "Công ty Bình Sơn là doanh nghiệp có số nộp thuế lớn nhất, với 9.600 tỷ đồng."] {
            let records = Extractor().extract(report("Năm 2020, Cục Hải quan Quảng Ngãi thu ngân sách đạt 13.215 tỷ đồng. " + second))
            #expect(records.map(\.value) == [13_215_000_000_000], "\(second)")
        }
        // The phrase names the area of another metric's figure in the clause before: the revenue is the office's.
        for separator in ["; ", ", "] {
            let trade = Extractor().extract(report(
                "Năm 2020, kim ngạch qua các cửa khẩu trên địa bàn tỉnh Lào Cai đạt 2,1 tỷ USD\(separator)thu ngân sách đạt 1.120 tỷ đồng.",
                title: "Hải quan Lào Cai"))
            #expect(trade.map(\.value) == [2_100_000_000, 1_120_000_000_000], "\(separator)")
            let budget = Extractor().extract(report(
                "Năm 2020, kim ngạch qua các cửa khẩu đạt 2,1 tỷ USD\(separator)tổng thu ngân sách trên địa bàn tỉnh đạt 18.600 tỷ đồng.",
                title: "Hải quan Lào Cai"))
            #expect(budget.map(\.value) == [2_100_000_000], "\(separator)")
        }
        // An office's area within its report, and an office ranked first, stay.
        let area = Extractor().extract(report(
            "Năm 2021, Cục Hải quan Bình Định thu 589 tỷ đồng. Trong đó, địa bàn tỉnh Phú Yên thu được 57,5 tỷ đồng."))
        #expect(area.map(\.office) == ["vn.binh-dinh", "vn.phu-yen"])
        let first = Extractor().extract(report("Năm 2024, Cục Hải quan TP Hồ Chí Minh là đơn vị có số thu lớn nhất cả nước với 115.000 tỷ đồng."))
        #expect(first.map(\.value) == [115_000_000_000_000])
    }

    @Test func aBodyReportedToIsNoVoice() {
        let records = Extractor().extract(report(
            "6 tháng đầu năm 2016, Cục Hải quan Quảng Ninh thu ngân sách 3.125 tỷ đồng. Đơn vị đã báo cáo UBND tỉnh. "
                + "Kim ngạch xuất nhập khẩu đạt 2.735,79 triệu USD."))
        #expect(records.map(\.value) == [3_125_000_000_000, 2_735_790_000])
    }

    @Test func moreThingsThatAreNotFigures() {
        // Monthly rates, vehicles queueing, enterprises at a standstill, another story's headline after "Tin liên quan:".
        let rates = Extractor().extract(report(
            "11 tháng năm 2015, kim ngạch qua Cục Hải quan Đồng Nai đạt 28,7 tỷ USD. Mỗi tháng, kim ngạch dao động từ 2,5 đến 2,8 tỷ USD. "
                + "Số thu mỗi tháng khoảng 300 tỷ đồng. Hiện có 320 xe container đang chờ thông quan. Toàn tỉnh có 23 doanh nghiệp "
                + "phải tạm dừng hoạt động do dịch."))
        #expect(rates.map(\.value) == [28_700_000_000])
        let footer = Extractor().extract(report(
            "Từ ngày 29/4 đến hết ngày 3/5/2023, Chi cục Hải quan cửa khẩu Móng Cái làm thủ tục cho 20.846 lượt khách.\n\n"
                + "Tin liên quan:\n- Hải quan Lạng Sơn thu ngân sách đạt 1.200 tỷ đồng"))
        #expect(footer.map(\.value) == [20_846])
    }

    @Test func theDepartmentTheCountryAndANumberedOrPluralBranchName() throws {
        // "toàn Cục" after a branch's figure: the department again.
        let whole = Extractor().extract(report(
            "Năm 2021, Cục Hải quan TP Hồ Chí Minh thu ngân sách 125.633 tỷ đồng. Chi cục Hải quan cửa khẩu Sân bay quốc tế Tân Sơn "
                + "Nhất thu 12.800 tỷ đồng.\n\nVề chống buôn lậu, toàn Cục đã phát hiện, bắt giữ 1.115 vụ vi phạm."))
        #expect(try #require(only(whole, .violations)).office == "vn.ho-chi-minh")
        // "Chi cục" alone stays the branch.
        let branch = Extractor().extract(report(
            "Năm 2021, Chi cục Hải quan cửa khẩu Sân bay quốc tế Tân Sơn Nhất thu 12.800 tỷ đồng. Chi cục đã phát hiện 115 vụ vi phạm."))
        #expect(try #require(only(branch, .violations)).office == "vn.ho-chi-minh.cua-khau-san-bay-quoc-te-tan-son-nhat")
        // "kim ngạch … của cả nước": the country's figure.
        let country = Extractor().extract(report(
            "Năm 2017, Cục Hải quan Hải Phòng thu 55.200 tỷ đồng. Tổng kim ngạch xuất nhập khẩu của cả nước năm 2017 đạt 424,8 tỷ USD."))
        #expect(try #require(only(country, .tradeValue)).office == "vn")
        let plural = try #require(only(Extractor().extract(report(
            "6 tháng đầu năm 2024, Chi cục Hải quan Quản lý các KCN Bắc Giang thu ngân sách 690 tỷ đồng.")), .revenue))
        #expect(plural.office.hasSuffix(".quan-ly-cac-khu-cong-nghiep-bac-giang"))
    }

    @Test func aFigureOfAnotherBodyNamedAfterTheCustomsOffice() {
        let records = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Quảng Bình thu ngân sách 700 tỷ đồng; trong khi đó Cục Thuế tỉnh Quảng Bình thu 7.000 tỷ đồng."))
        #expect(records.map(\.value) == [700_000_000_000])
    }

    @Test func aNeighboursTradeIsAGateOfficesWholeTrade() throws {
        let gate = Extractor().extract(report(
            "Năm 2024, kim ngạch xuất nhập khẩu với Trung Quốc qua Chi cục Hải quan cửa khẩu Móng Cái đạt 3 tỷ USD.",
            title: "Hải quan Quảng Ninh"))
        #expect(try #require(only(gate, .tradeValue)).office == "vn.quang-ninh.cua-khau-mong-cai")
    }

    /// An attainment written before the amount it was reached with: "đạt 105% dự toán, tương đương
    /// 2.900 tỷ đồng" is revenue of 2,900 billion at 105 % of the estimate (not a target of 2,900
    /// billion, not a change); "…, vượt 140 tỷ đồng" is the excess, not a figure; with no comma the
    /// amount is the target's; "tương đương tăng" is a change.
    @Test(arguments: [
        "Năm 2024, Cục Hải quan Khánh Hòa thu ngân sách đạt 105% dự toán, tương đương 2.900 tỷ đồng.",
        "Năm 2024, Cục Hải quan Khánh Hòa thu ngân sách đạt 105% chỉ tiêu được giao, với 2.900 tỷ đồng.",
        "Năm 2024, Cục Hải quan Khánh Hòa đã hoàn thành 105% dự toán, với số thu 2.900 tỷ đồng.",
        "Năm 2024, Cục Hải quan Khánh Hòa đạt 105% dự toán pháp lệnh, tức là khoảng 2.900 tỷ đồng.",
    ])
    func anAttainmentBeforeTheAmountReached(body: String) throws {
        let records = Extractor().extract(report(body))
        let revenue = try #require(only(records, .revenue), "\(body) → \(records.map { "\($0.metric) \($0.value)" })")
        #expect(revenue.value == 2_900_000_000_000)
        #expect(revenue.vsTargets.map(\.pct) == [105])
        #expect(revenue.vsTargets.first?.amount == nil)
        #expect(!records.contains { $0.metric == .revenueTarget })
    }

    @Test func whatAnAttainmentBeforeAnAmountDoesNotMake() throws {
        let excess = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Khánh Hòa thu ngân sách 2.900 tỷ đồng, đạt 105% dự toán, vượt 140 tỷ đồng."))
        #expect(excess.map(\.value) == [2_900_000_000_000], "\(excess.map { "\($0.metric) \($0.value)" })")
        #expect(excess.first?.vsTargets.first?.amount == nil)
        let target = Extractor().extract(report("Năm 2024, Cục Hải quan Khánh Hòa thu ngân sách đạt 105% dự toán 2.760 tỷ đồng."))
        #expect(target.map(\.metric) == [.revenueTarget])
        let change = Extractor().extract(report(
            "Năm 2024, Cục Hải quan Khánh Hòa thu 2.900 tỷ đồng, đạt 105% dự toán, tương đương tăng 140 tỷ đồng."))
        #expect(change.map(\.value) == [2_900_000_000_000])
    }

    /// "tăng 6% so với tháng 9 (5.470 tỷ đồng)": the amount in parentheses is the figure of the month
    /// compared with (it was a second figure of the current month); a month after the figure's is
    /// of the year before unless the year is written; with a figure of several months there is no
    /// one month before it, and the amount is dropped.
    @Test(arguments: [
        ("Tháng 10/2024, Cục Hải quan Quảng Ninh thu 1.800 tỷ đồng, tăng 6% so với tháng 9 (1.700 tỷ đồng).", "2024-09-01", "2024-09-30"),
        ("Tháng 10/2024, Cục Hải quan Quảng Ninh thu 1.800 tỷ đồng, tăng 6% so với tháng trước (1.700 tỷ đồng).", "2024-09-01", "2024-09-30"),
        ("Tháng 1/2024, Cục Hải quan Quảng Ninh thu 1.800 tỷ đồng, tăng 6% so với tháng trước (1.700 tỷ đồng).", "2023-12-01", "2023-12-31"),
        ("Tháng 1/2024, Cục Hải quan Quảng Ninh thu 1.800 tỷ đồng, tăng 6% so với tháng 12 (1.700 tỷ đồng).", "2023-12-01", "2023-12-31"),
        ("Tháng 10/2024, Cục Hải quan Quảng Ninh thu 1.800 tỷ đồng, tăng 6% so với tháng 10/2022 (1.700 tỷ đồng).", "2022-10-01", "2022-10-31"),
    ])
    func theFigureOfTheMonthComparedWith(body: String, start: String, end: String) throws {
        let records = Extractor().extract(report(body))
        #expect(records.count == 2, "\(records.map { "\($0.value) \($0.period)" })")
        let base = try #require(records.first { $0.value == 1_700_000_000_000 })
        #expect(base.period == period(start, end))
        #expect(base.office == "vn.quang-ninh" && base.metric == .revenue)
        // The month's own figure keeps its month.
        let own = try #require(records.first { $0.value == 1_800_000_000_000 })
        #expect(own.period.start?.year == 2024 && own.period.start?.month == (body.hasPrefix("Tháng 1/") ? 1 : 10))
    }

    @Test func theMonthComparedWithKeepsTheFiguresFlow() throws {
        let records = Extractor().extract(report(
            "Tháng 10/2024, kim ngạch xuất khẩu qua Cục Hải quan Quảng Ninh đạt 2 tỷ USD, tăng 5% so với tháng 9 (1,9 tỷ USD)."))
        let base = try #require(records.first { $0.value == 1_900_000_000 })
        #expect(base.flow == .export && base.period == period("2024-09-01", "2024-09-30"))
    }

    @Test func aMonthComparedWithAFigureOfSeveralMonths() {
        let records = Extractor().extract(report(
            "10 tháng năm 2024, Cục Hải quan Quảng Ninh thu 15.800 tỷ đồng, tăng 6% so với tháng 9 (1.700 tỷ đồng)."))
        #expect(records.map(\.value) == [15_800_000_000_000])
    }

    /// Figures for which the body names no period take the one the title names (spec §4: from the
    /// surrounding text) before a period the body names only later; one named before the figure
    /// still wins, and a title naming two periods gives none (the body's first then applies).
    @Test func aFigureWithNoPeriodInTheBodyTakesTheTitles() throws {
        let title = "Hải quan Quảng Trị: kết quả công tác 9 tháng năm 2024"
        let body = "Số tờ khai đơn vị đã làm thủ tục là 12.400 tờ khai. Riêng quý III/2024, đơn vị thu 310 tỷ đồng."
        let records = Extractor().extract(report(body, published: "2024-10-05", title: title))
        #expect(try #require(only(records, .declarations)).period == period("2024-01-01", "2024-09-30"))
        #expect(try #require(only(records, .revenue)).period == period("2024-07-01", "2024-09-30"))
        let two = Extractor().extract(report(body, published: "2024-10-05", title: "Hải quan Quảng Trị: 9 tháng và quý III năm 2024"))
        #expect(try #require(only(two, .declarations)).period == period("2024-07-01", "2024-09-30"))
    }

    /// "xử phạt vi phạm hành chính với số tiền 2,1 tỷ đồng": the sum of the penalties the clause
    /// names is fines, also when the count before it was of violations, not of penalties.
    @Test func theSumOfPenaltiesNamedInTheClause() throws {
        let records = Extractor().extract(report(
            "Từ đầu năm đến nay, Cục Hải quan Tây Ninh đã phát hiện 64 vụ vi phạm, xử phạt vi phạm hành chính với số tiền 1,8 tỷ đồng.",
            published: "2024-11-05"))
        #expect(try #require(only(records, .fines)).value == 1_800_000_000)
        #expect(try #require(only(records, .violations)).value == 64)
    }

    /// The amount right after the penalty phrase ("xử phạt vi phạm hành chính 25 tỷ 460 triệu đồng",
    /// "… với 3,2 tỷ đồng") is the fines; a count there is the penalty cases.
    @Test func theAmountRightAfterThePenaltyPhrase() throws {
        for (text, value) in [("Năm 2024, Cục Hải quan Đồng Nai phát hiện 15 vụ vi phạm, xử phạt vi phạm hành chính 25 tỷ 460 triệu đồng.", 25_460_000_000.0),
                              ("Năm 2024, Cục Hải quan Đồng Nai xử phạt 60 vụ, xử phạt vi phạm hành chính với 3,2 tỷ đồng.", 3_200_000_000)] {
            let records = Extractor().extract(report(text))
            #expect(try #require(only(records, .fines), "\(text)").value == value)
        }
    }

    /// A month or quarter of "năm nay" is of the year published, of "năm ngoái / năm trước" of the
    /// year before (they were read as the whole year: "Quý I năm nay" → all of 2024).
    @Test(arguments: [
        ("Quý I năm nay, Cục Hải quan Nghệ An thu 650 tỷ đồng.", "2024-01-01", "2024-03-31"),
        ("Tháng 6 năm nay, Cục Hải quan Nghệ An thu 650 tỷ đồng.", "2024-06-01", "2024-06-30"),
        ("Quý IV năm ngoái, Cục Hải quan Nghệ An thu 650 tỷ đồng.", "2023-10-01", "2023-12-31"),
        ("Tháng 12 năm trước, Cục Hải quan Nghệ An thu 650 tỷ đồng.", "2023-12-01", "2023-12-31"),
    ])
    func aMonthOrQuarterOfThisYearOrLast(body: String, start: String, end: String) throws {
        let record = try #require(only(Extractor().extract(report(body, published: "2024-07-03")), .revenue))
        #expect(record.period == period(start, end), "\(body)")
    }

    @Test func aBranchNameThatHoldsACueWord() {
        // "đầu tư" (investment) would block a revenue figure; inside the branch's name it names the branch.
        let records = Extractor().extract(report(
            "Năm 2024, Chi cục Hải quan quản lý hàng đầu tư (Cục Hải quan TP Hồ Chí Minh) thu ngân sách 8.000 tỷ đồng."))
        #expect(records.map(\.office) == ["vn.ho-chi-minh.quan-ly-hang-dau-tu"])
    }

    @Test(arguments: [
        "Năm 2022, có 16/34 Cục Hải quan đạt số thu từ 1.000 tỷ đồng trở lên.",
        "Năm 2022, bình quân mỗi ngày Cục Hải quan Lào Cai làm thủ tục cho 1.200 tờ khai.",
        "Năm 2022, qua cửa khẩu Kim Thành có từ 1.100 - 1.350 xe/ngày.",
        "Năm 2022, Cục Thuế tỉnh Lào Cai thu ngân sách 3.100 tỷ đồng.",
        "Năm 2022, Cục Hải quan Lào Cai chuyển cơ quan công an khởi tố 3 vụ.",
        // Trade between two countries: a breakdown by partner, as one by commodity is.
        "Theo Tổng cục Hải quan, năm 2022 thương mại song phương Việt Nam - Úc đạt 15 tỷ USD.",
        "In 2022, Vietnam and Australia set a target of bilateral trade hitting $15 billion, the customs office said.",
        // One commodity's or one market's trade (spec §2: per-commodity figures are no records).
        "Năm 2024, xuất khẩu điện thoại các loại và linh kiện của cả nước đạt 53,9 tỷ USD, theo Tổng cục Hải quan.",
        "Theo Tổng cục Hải quan, năm 2024 hàng dệt may xuất khẩu đạt 37 tỷ USD.",
        "Năm 2024, kim ngạch xuất khẩu nông sản qua cửa khẩu Tân Thanh đạt 1,2 tỷ USD, Cục Hải quan Lạng Sơn cho biết.",
        "Năm 2024, số thu từ dầu thô nhập khẩu của Cục Hải quan Quảng Ngãi đạt 9.000 tỷ đồng.",
        "Theo Tổng cục Hải quan, năm 2024 xuất khẩu sang thị trường Hoa Kỳ đạt 119,5 tỷ USD.",
        "Theo Tổng cục Hải quan, năm 2024 nhập khẩu từ Hàn Quốc đạt 55,9 tỷ USD.",
        "In 2024, rice exports reached USD 5.7 billion, customs data showed.",
        "In 2024, exports to the US reached USD 119.5 billion, according to the General Department of Customs.",
        "Theo Cục Hải quan Bắc Ninh, năm 2024 Công ty Samsung Electronics Việt Nam xuất khẩu đạt 30 tỷ USD.",
        // Enterprises met, audited or ranked are not those doing procedures.
        "Năm 2024, Cục Hải quan Đồng Nai đã tổ chức đối thoại với 150 doanh nghiệp để tháo gỡ vướng mắc.",
        "Năm 2024, Cục Hải quan Đồng Nai đã kiểm tra sau thông quan tại 120 doanh nghiệp.",
        "Năm 2024, Cục Hải quan Đồng Nai có 25 doanh nghiệp được công nhận doanh nghiệp ưu tiên.",
        // More markets, a commodity group named with a comma, a sector of the economy; a neighbour in a national report.
        "Theo Tổng cục Hải quan, năm 2024 xuất khẩu sang Thái Lan đạt 7,3 tỷ USD.",
        "Theo Tổng cục Hải quan, năm 2024 nhập khẩu máy móc, thiết bị đạt 45 tỷ USD.",
        "Theo Tổng cục Hải quan, năm 2024 xuất khẩu của doanh nghiệp trong nước đạt 100 tỷ USD.",
        "Theo Tổng cục Hải quan, năm 2024 nhập khẩu từ Trung Quốc đạt 127,3 tỷ USD.",
        "In 2024, imports from China reached $130 billion, the General Department of Customs said.",
        "In 2024, Vietnam exported $5.3 billion worth of rice, the General Department of Customs said.",
        "Theo Tổng cục Hải quan, năm 2024 kim ngạch xuất nhập khẩu với Lào đạt 1,5 tỷ USD.",
        "Theo Tổng cục Hải quan, năm 2024 kim ngạch xuất nhập khẩu với Thái Lan đạt 22 tỷ USD.",
        "Năm 2024, để hoàn thành dự toán, Cục Hải quan Lạng Sơn còn phải thu thêm 500 tỷ đồng.",
        "Cục Hải quan Hậu Giang đặt mục tiêu 6 tháng cuối năm 2024 thu thêm 300 tỷ đồng để hoàn thành dự toán.",
        "Nhờ giá dầu tăng, năm 2024 Cục Hải quan Hậu Giang thu thêm được 40 tỷ đồng.",
    ])
    func sentencesThatStateNoCustomsFigure(body: String) {
        // In a customs report (its title names customs), so that none passes for want of customs.
        let records = Extractor().extract(report(body, title: "Tin hải quan"))
        #expect(records.isEmpty, "\(body) → \(records.map { "\($0.metric) \($0.value)" })")
    }
}
