import CustomsModel
import Foundation
import CustomsTesting
import Testing

@testable import CustomsExtraction

/// The project's seeded generator, so property and fuzz tests are deterministic.
typealias SeededRNG = SeededGenerator

func parseNumber(_ s: String, _ f: NumberFormat) -> Dec? {
    let bytes = Array(s.utf8)
    return bytes.withUnsafeBufferPointer { NumberParser.parse($0, 0, $0.count, format: f) }
}

func report(_ body: String, published: String? = nil, language: String = "vi", type: ContentType = .plain,
            title: String? = nil) -> RawReport {
    RawReport(reportID: "t", url: "https://example.org/t", title: title, publishedAt: published, language: language,
              contentType: type, body: body)
}

/// Renders `mantissa / 10^frac` with grouping and decimal marks of a format.
func render(_ mantissa: Int, frac: Int, _ format: NumberFormat) -> String {
    let group = format == .vietnamese ? "." : ","
    let dec = format == .vietnamese ? "," : "."
    let p = Int(pow(10.0, Double(frac)))
    let intPart = mantissa / p
    let fracPart = mantissa % p
    var digits = String(intPart)
    var grouped = ""
    while digits.count > 3 {
        grouped = group + String(digits.suffix(3)) + grouped
        digits = String(digits.dropLast(3))
    }
    grouped = digits + grouped
    if frac == 0 { return grouped }
    var f = String(fracPart)
    while f.count < frac { f = "0" + f }
    return grouped + dec + f
}

@Suite("Numbers")
struct NumberTests {
    @Test func vietnameseAndEnglishFormats() {
        #expect(parseNumber("4.290,3", .vietnamese) == Dec(m: 42903, frac: 1))
        #expect(parseNumber("81.845", .vietnamese) == Dec(m: 81845, frac: 0))
        #expect(parseNumber("2.735,79", .vietnamese) == Dec(m: 273579, frac: 2))
        #expect(parseNumber("12,144.9", .english) == Dec(m: 121449, frac: 1))
        #expect(parseNumber("12,144.9", .vietnamese) == Dec(m: 121449, frac: 1))  // both marks: the last is decimal
        #expect(parseNumber("19.53", .vietnamese) == Dec(m: 1953, frac: 2))       // not a thousands group
        #expect(parseNumber("241,240", .vietnamese) == Dec(m: 24124, frac: 2))    // Vietnamese decimal comma
        #expect(parseNumber("2,806", .english) == Dec(m: 2806, frac: 0))
        #expect(parseNumber("1.340.320", .vietnamese) == Dec(m: 1_340_320, frac: 0))
        #expect(parseNumber("87,0", .vietnamese) == Dec(m: 87, frac: 0))
        #expect(parseNumber("15.8.2017", .vietnamese) == nil)                     // a date
        #expect(parseNumber("1234567890123456789012", .vietnamese) == nil)        // too long
    }

    @Test func exactScaling() {
        #expect(Dec(m: 42903, frac: 1).scaled(9) == 4_290_300_000_000)
        #expect(Dec(m: 273579, frac: 2).scaled(6) == 2_735_790_000)
        #expect(Dec(m: 469381, frac: 1).scaled(6) == 46_938_100_000)
        #expect(Dec(m: 9, frac: 0).scaled(30) == nil)
    }

    @Test func propertyRenderAndParseBack() {
        var rng = SeededRNG(seed: 7)
        for _ in 0..<3000 {
            let frac = Int(rng.next() % 4)
            let mantissa = Int(rng.next() % 10_000_000_000)
            for format in [NumberFormat.vietnamese, .english] {
                let text = render(mantissa, frac: frac, format)
                guard let d = parseNumber(text, format) else {
                    Issue.record("could not parse \(text)")
                    continue
                }
                // Compare exact values: mantissa/10^frac.
                let expected = Dec(m: mantissa, frac: frac)
                #expect(d.scaled(6) == expected.scaled(6), "\(text) (\(format))")
            }
        }
    }

    @Test func propertyAmountsThroughTheExtractor() {
        var rng = SeededRNG(seed: 11)
        let scales: [(String, String, Int)] = [("triệu đồng", "million", 6), ("tỷ đồng", "billion", 9), ("nghìn tỷ đồng", "trillion", 12)]
        let ex = Extractor()
        for _ in 0..<300 {
            let frac = Int(rng.next() % 3)
            let mantissa = Int(rng.next() % 9_000_000) + 1000
            let (vi, en, exp) = scales[Int(rng.next() % 3)]
            let expected = Dec(m: mantissa, frac: frac).scaled(exp)!
            let viBody = "Năm 2021, Cục Hải quan Lạng Sơn thu ngân sách đạt \(render(mantissa, frac: frac, .vietnamese)) \(vi)."
            let recs = ex.extract(report(viBody))
            #expect(recs.count == 1 && recs.first?.value == expected, "\(viBody) → \(recs.map(\.value))")
            let enBody = "In 2021, Hai Phong Customs collected VND \(render(mantissa, frac: frac, .english)) \(en) for the state budget."
            let enRecs = ex.extract(report(enBody, language: "en"))
            #expect(enRecs.count == 1 && enRecs.first?.value == expected, "\(enBody) → \(enRecs.map(\.value))")
        }
        // A plain grouped amount needs no scale word; compound amounts add up.
        let r1 = ex.extract(report("Năm 2014, Cục Hải quan Long An cho biết kim ngạch xuất khẩu đạt 96.567.566 USD."))
        #expect(r1.first?.value == 96_567_566)
        let r2 = ex.extract(report("Năm 2019, toàn ngành Hải quan phát hiện 1.049 vụ vi phạm, trị giá hàng hóa ước 25 tỷ 460 triệu đồng."))
        #expect(r2.contains { $0.metric == .violationValue && $0.value == 25_460_000_000 && $0.qualifier == .about })
        // "1 nghìn 200 tỷ" is 1,200 tỷ: thousands of the scale that follows, not 1,000 and then 200 tỷ.
        let r3 = ex.extract(report("Năm 2024, Cục Hải quan Hải Phòng thu ngân sách được hơn 1 nghìn 200 tỷ đồng."))
        #expect(r3.map(\.value) == [1_200_000_000_000], "\(r3.map(\.value))")
        let r4 = ex.extract(report("Năm 2024, Cục Hải quan Hải Phòng thu ngân sách 2 ngàn 50 tỷ 300 triệu đồng."))
        #expect(r4.map(\.value) == [2_050_300_000_000], "\(r4.map(\.value))")
    }
}

@Suite("Seed figures")
struct SeedFigureTests {
    // Own sentences carrying the figures of the Lạng Sơn 2020 seed report.
    static let body = """
    Hải quan Lạng Sơn tổng kết năm 2020

    Năm 2020, Cục Hải quan Lạng Sơn đã giải quyết thủ tục cho 3.032 doanh nghiệp với tổng cộng 81.845 tờ khai; kim ngạch xuất nhập khẩu đạt 2.735,79 triệu USD, giảm 19,7% so với năm 2019.
    Đơn vị thu ngân sách nhà nước được 4.290,3 tỷ đồng, bằng 126% dự toán (3.400 tỷ đồng) và bằng 112,1% chỉ tiêu phấn đấu (3.800 tỷ đồng), tăng 15,8% so với cùng kỳ.
    Cán bộ hải quan đã kiểm tra hành lý của 693.187 lượt khách xuất nhập cảnh, giảm 70% so với cùng kỳ năm trước.
    Lực lượng chống buôn lậu đã phát hiện, bắt giữ 555 vụ vi phạm, trị giá hàng hóa khoảng 46.938,1 triệu đồng; xử phạt vi phạm hành chính 505 vụ, số tiền phạt 5.754,3 triệu đồng; khởi tố 1 vụ án.
    """

    @Test func everyFigure() throws {
        let recs = Extractor().extract(report(Self.body, title: "Hải quan Lạng Sơn tổng kết năm 2020"))
        let y2020 = Period.year(2020)
        func find(_ m: Metric, _ v: Double) -> MetricRecord? { recs.first { $0.metric == m && $0.value == v } }
        for r in recs { #expect(r.office == "vn.lang-son"); #expect(r.reportID == "t"); #expect(!r.recordID.isEmpty) }
        let ent = try #require(find(.enterprises, 3032))
        #expect(ent.period == y2020 && ent.flow == nil)
        let decl = try #require(find(.declarations, 81845))
        #expect(decl.flow == .total)
        let trade = try #require(find(.tradeValue, 2_735_790_000))
        #expect(trade.flow == .total && trade.unit == .usd && trade.changePct == -19.7 && trade.period == y2020)
        let rev = try #require(find(.revenue, 4_290_300_000_000))
        #expect(rev.changePct == 15.8 && rev.unit == .vnd)
        #expect(rev.vsTargets.map(\.kind) == [.estimate, .stretch])
        #expect(rev.vsTargets.map(\.pct) == [126, 112.1])
        #expect(rev.vsTargets.map(\.amount) == [3_400_000_000_000, 3_800_000_000_000])
        let est = try #require(find(.revenueTarget, 3_400_000_000_000))
        #expect(est.targetKind == .estimate && est.period == y2020)
        let stretch = try #require(find(.revenueTarget, 3_800_000_000_000))
        #expect(stretch.targetKind == .stretch)
        let trav = try #require(find(.travellers, 693_187))
        #expect(trav.flow == .total && trav.changePct == -70)
        #expect(find(.violations, 555) != nil)
        let vv = try #require(find(.violationValue, 46_938_100_000))
        #expect(vv.qualifier == .about)
        #expect(find(.penaltyCases, 505) != nil)
        #expect(find(.fines, 5_754_300_000) != nil)
        #expect(find(.prosecutions, 1) != nil)
        #expect(recs.count == 12)
        // Evidence covers the number and its unit.
        let bytes = Array(Self.body.utf8)
        let ev = String(decoding: bytes[rev.evidence.start..<rev.evidence.end], as: UTF8.self)
        #expect(ev == "4.290,3 tỷ đồng")
    }

    @Test func branchYearToDateAndFlows() throws {
        let body = """
        Theo số liệu từ 1/1/2020 đến 15/10, Chi cục Hải quan ga đường sắt quốc tế Lào Cai (Cục Hải quan Lào Cai) làm thủ tục cho 1.713 tờ khai, tăng 7% so với cùng kỳ.
        Kim ngạch xuất nhập khẩu đạt hơn 235 triệu USD USD; trong đó nhập khẩu đạt gần 44,6 triệu USD, giảm 4,6%, xuất khẩu đạt hơn 190,6 triệu USD.
        Tính đến 15/10, đơn vị thu ngân sách đạt 388,8 tỷ đồng, đạt 103,% chỉ tiêu được giao.
        Chi cục đã giải quyết thủ tục cho 1.230 lượt, chuyến tàu xuất nhập cảnh (trong đó, xuất cảnh 615 lượt chuyến; nhập cảnh 615 lượt chuyến).
        """
        let recs = Extractor().extract(report(body))
        let p = Period(start: CalendarDate(year: 2020, month: 1, day: 1), end: CalendarDate(year: 2020, month: 10, day: 15))
        let id = "vn.lao-cai.ga-duong-sat-quoc-te-lao-cai"
        for r in recs { #expect(r.office == id); #expect(r.period == p) }
        let total = try #require(recs.first { $0.metric == .tradeValue && $0.flow == .total })
        #expect(total.value == 235_000_000 && total.qualifier == .over)
        let imp = try #require(recs.first { $0.metric == .tradeValue && $0.flow == .import })
        #expect(imp.value == 44_600_000 && imp.qualifier == .about && imp.changePct == -4.6)
        let rev = try #require(recs.first { $0.metric == .revenue })
        #expect(rev.vsTargets == [TargetAttainment(kind: .estimate, pct: 103)])
        #expect(recs.filter { $0.metric == .vehicles }.map(\.flow) == [.total, .exit, .entry])
    }
}

@Suite("Text handling")
struct TextTests {
    static let body = "Năm 2021, Cục Hải quan Hà Tĩnh thu ngân sách đạt 4.290,3 tỷ đồng, tăng 12,5% so với cùng kỳ. Kim ngạch xuất khẩu đạt 1,2 tỷ USD."

    func key(_ r: MetricRecord) -> String {
        "\(r.office)|\(r.metric)|\(r.flow as Any)|\(r.value)|\(r.period)|\(r.qualifier)|\(r.changePct as Any)|\(r.vsTargets)"
    }

    @Test func nfcAndNfdGiveTheSameRecords() {
        let ex = Extractor()
        let a = ex.extract(report(Self.body.precomposedStringWithCanonicalMapping))
        let b = ex.extract(report(Self.body.decomposedStringWithCanonicalMapping))
        #expect(a.count == 2)
        #expect(a.map(key) == b.map(key))
        // Evidence points into each original body.
        let nfd = Array(Self.body.decomposedStringWithCanonicalMapping.utf8)
        let ev = String(decoding: nfd[b[0].evidence.start..<b[0].evidence.end], as: UTF8.self)
        #expect(ev.precomposedStringWithCanonicalMapping == "4.290,3 tỷ đồng")
    }

    @Test func markdownEvidenceOffsets() throws {
        let md = "# Tin nhanh\n\n**Năm 2021**, [Cục Hải quan Hà Tĩnh](https://example.org/ht-2021) thu ngân sách đạt **4.290,3 tỷ đồng**, tăng 12,5% so với cùng kỳ.\n\n![ảnh](https://example.org/a.jpg)"
        let recs = Extractor().extract(report(md, type: .markdown))
        let r = try #require(recs.first)
        #expect(r.office == "vn.ha-tinh" && r.value == 4_290_300_000_000 && r.changePct == 12.5)
        let ev = String(decoding: Array(md.utf8)[r.evidence.start..<r.evidence.end], as: UTF8.self)
        #expect(ev.hasPrefix("4.290,3") && ev.hasSuffix("đồng"))
    }

    @Test func htmlEvidenceOffsets() throws {
        let html = "<html><head><style>p{}</style></head><body><p>Năm 2021, Cục Hải quan Hà Tĩnh thu ngân sách đạt <b>4.290,3</b>&nbsp;tỷ đồng, tăng 12,5% so với cùng kỳ.</p><script>var x = 5;</script></body></html>"
        let recs = Extractor().extract(report(html, type: .html))
        let r = try #require(recs.first)
        #expect(recs.count == 1 && r.value == 4_290_300_000_000)
        let ev = String(decoding: Array(html.utf8)[r.evidence.start..<r.evidence.end], as: UTF8.self)
        #expect(ev.hasPrefix("4.290,3") && ev.hasSuffix("đồng"))
    }

    @Test func missingYearFromPublishedAt() {
        let body = "Tính đến ngày 15/10, Cục Hải quan Lạng Sơn thu ngân sách đạt 388,8 tỷ đồng."
        let p = Period(start: CalendarDate(year: 2020, month: 1, day: 1), end: CalendarDate(year: 2020, month: 10, day: 15))
        for pub in ["2020-11-02", "2020-11", "2020", "2020-11-02T08:00:00+07:00"] {
            let r = Extractor().extract(report(body, published: pub))
            #expect(r.first?.period == p, "published_at \(pub)")
        }
        // Unknown year: null bounds.
        let none = Extractor().extract(report(body))
        #expect(none.first?.period == Period(start: nil, end: nil))
        // "đến nay": the end is the publication day when known.
        let now = Extractor().extract(report("Từ đầu năm đến nay, Cục Hải quan Lạng Sơn thu ngân sách đạt 388,8 tỷ đồng.", published: "2021-05-20"))
        #expect(now.first?.period == Period(start: CalendarDate(year: 2021, month: 1, day: 1), end: CalendarDate(year: 2021, month: 5, day: 20)))
    }

    @Test func ratiosTimesAndPreviousMonth() {
        let body = "Trong tháng 8/2025, Chi cục Hải quan khu vực VI thu ngân sách đạt 1.200 tỷ đồng, bằng 85,19% so với cùng kỳ; kim ngạch đạt hơn 9 tỷ USD, tăng gần 18% so với tháng 7/2025; tờ khai đạt 5.000 tờ khai, gấp 4 lần so với cùng kỳ."
        let recs = Extractor().extract(report(body))
        #expect(recs.first { $0.metric == .revenue }?.changePct == -14.81)
        let trade = recs.first { $0.metric == .tradeValue }
        #expect(trade?.changePct == nil && trade?.changePrevPeriodPct == 18)
        #expect(recs.first { $0.metric == .declarations }?.changePct == 300)
        #expect(recs.allSatisfy { $0.office == "vn.kv6" })
    }

    @Test func determinism() {
        let ex = Extractor()
        let a = ex.extract(report(SeedFigureTests.body))
        let b = ex.extract(report(SeedFigureTests.body))
        #expect(a == b)
    }
}

@Suite("Explain")
struct ExplainTests {
    static let body = "Theo báo cáo, năm 2022 Cục Hải quan Quảng Ninh đã thu ngân sách được 9.100,5 tỷ đồng, bằng 87% dự toán. "
        + "Trong đó, Chi cục Hải quan cửa khẩu Móng Cái thu 1.204 tỷ đồng. Kim ngạch xuất nhập khẩu qua địa bàn đạt 7,3 tỷ USD."

    @Test func explainGivesTheRecordsOfExtractWithTheTextAndCuesThatDecidedThem() throws {
        let ex = Extractor()
        let r = report(Self.body)
        let records = ex.extract(r)
        let explained = ex.explain(r)
        #expect(records.count >= 3)
        #expect(explained.map(\.record) == records)
        let utf8 = Array(Self.body.utf8)
        for item in explained {
            // The evidence text is the body at the record's evidence offsets, and holds the figure.
            let ev = String(decoding: utf8[item.record.evidence.start..<item.record.evidence.end], as: UTF8.self)
            #expect(item.evidenceText == ev)
            #expect(!item.valueText.isEmpty && item.evidenceText.contains(item.valueText), "\(item.valueText) in \(item.evidenceText)")
            #expect(!item.metricCue.isEmpty && !item.officeCue.isEmpty && !item.periodCue.isEmpty)
        }
        let revenue = try #require(explained.first { $0.record.metric == .revenue && $0.record.office == "vn.quang-ninh" })
        #expect(revenue.valueText == "9.100,5 tỷ đồng")
        #expect(revenue.officeCue.contains("quang ninh"))
        #expect(revenue.periodCue.contains("2022"))
        let branch = try #require(explained.first { $0.record.value == 1_204_000_000_000 })
        #expect(branch.officeCue.contains("mong cai"), "the branch decided the office: \(branch.officeCue)")
    }
}

@Suite("Robustness")
struct FuzzTests {
    @Test func randomBytesNeverCrash() {
        var rng = SeededRNG(seed: 99)
        let ex = Extractor()
        for i in 0..<3000 {
            let n = Int(rng.next() % 400)
            var bytes = [UInt8](repeating: 0, count: n)
            for k in 0..<n { bytes[k] = UInt8(truncatingIfNeeded: rng.next()) }
            let body = String(decoding: bytes, as: UTF8.self)
            let type = ContentType.allCases[i % 3]
            _ = ex.extract(report(body, published: i % 2 == 0 ? "2024-03" : nil, type: type))
        }
    }

    @Test func randomUnicodeNeverCrashes() {
        var rng = SeededRNG(seed: 1234)
        let pieces = ["Cục Hải quan", "Chi cục Hải quan khu vực", "XX", "IV", " tỷ", " triệu", " nghìn tỷ", " đồng", " USD", "%", ",", ".",
                      "(", ")", "-", "/", " tăng ", " giảm ", " bằng ", " gấp ", " lần", " vụ", " lượt khách", " tờ khai", "tháng ",
                      "quý ", "năm ", "từ ", " đến ", "tính đến ", "99999999999999999999", "0", "1", "31", "12", "2025", ";", "\n",
                      "<p>", "</b>", "&nbsp;", "**", "[", "](", "\u{0301}", "\u{0323}", "đ", "Ư", "ơ", "😀", "中", "\u{FFFD}",
                      "dự toán", "chỉ tiêu phấn đấu", " hơn ", " khoảng ", " 4.290,3", " 12,144.9", " 103,%", " USD USD"]
        let ex = Extractor()
        for i in 0..<3000 {
            var s = ""
            for _ in 0..<Int(rng.next() % 60) {
                if rng.next() % 5 == 0, let u = Unicode.Scalar(UInt32(rng.next() % 0x2FFFF)) { s.unicodeScalars.append(u) } else {
                    s += pieces[Int(rng.next() % UInt64(pieces.count))]
                }
            }
            let type = ContentType.allCases[i % 3]
            for r in ex.extract(report(s, published: i % 3 == 0 ? "2025-12-08" : nil, language: i % 4 == 0 ? "en" : "vi", type: type)) {
                #expect(r.evidence.start <= r.evidence.end && r.evidence.end <= s.utf8.count)
                #expect(r.value.isFinite)
            }
        }
        #expect(ex.extract(report("")).isEmpty)
        #expect(ex.extract(RawReport(body: nil)).isEmpty)
    }
}

// MARK: - The labelled corpus, scored with the rules of score.py

enum CorpusLocation {
    /// ../shared/corpus next to the package root (this file is Tests/CustomsExtractionTests/…).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static var available: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("reports").path)
            && FileManager.default.fileExists(atPath: root.appendingPathComponent("gold").path)
    }
}

@Suite("Corpus")
struct CorpusTests {
    struct G {
        var office: String?
        var metric: String?
        var flow: String?
        var basis: String
        var kind: String?
        var value: Double?
        var start: String?
        var end: String?
    }

    static func norm(_ d: [String: Any]) -> G {
        let metric = d["metric"] as? String
        let p = d["period"] as? [String: Any]
        return G(office: d["office"] as? String, metric: metric, flow: d["flow"] as? String,
                 basis: (d["basis"] as? String) ?? "actual",
                 kind: metric == "revenue_target" ? d["target_kind"] as? String : nil,
                 value: (d["value"] as? NSNumber)?.doubleValue, start: p?["start"] as? String, end: p?["end"] as? String)
    }

    static func officeMatch(_ g: String?, _ p: String?) -> Bool {
        guard let g, let p else { return g == p }
        if g == p { return true }
        let gs = g.split(separator: "."), ps = p.split(separator: ".")
        guard gs.count == 3, ps.count == 3, gs[0] == ps[0], gs[1] == ps[1] else { return false }
        let gt = Set(gs[2].split(separator: "-")), pt = Set(ps[2].split(separator: "-"))
        return Double(gt.intersection(pt).count) / Double(max(1, gt.union(pt).count)) >= 0.6
    }

    static func match(_ g: G, _ p: G) -> Bool {
        guard officeMatch(g.office, p.office), g.metric == p.metric, g.flow == p.flow, g.basis == p.basis, g.kind == p.kind,
              let gv = g.value, let pv = p.value else { return false }
        if gv != pv && abs(gv - pv) > 1e-6 * max(abs(gv), abs(pv)) { return false }
        if let s = g.start, s != p.start { return false }
        if let e = g.end, e != p.end { return false }
        return true
    }

    static func dedupe(_ xs: [G]) -> [G] {
        var seen = Set<String>()
        return xs.filter {
            seen.insert("\($0.office ?? "")|\($0.metric ?? "")|\($0.flow ?? "")|\($0.basis)|\($0.kind ?? "")|\($0.value ?? -1)|\($0.start ?? "")|\($0.end ?? "")").inserted
        }
    }

    // Skipped (with this reason) when ../shared/corpus is not next to the package.
    @Test(.enabled(if: CorpusLocation.available, "the shared corpus (../shared/corpus) is not present next to the package"))
    func corpusF1() throws {
        let fm = FileManager.default
        let goldDir = CorpusLocation.root.appendingPathComponent("gold")
        let repDir = CorpusLocation.root.appendingPathComponent("reports")
        let ex = Extractor()
        let enc = JSONEncoder()
        var tp = 0, fp = 0, fn = 0
        for name in try fm.contentsOfDirectory(atPath: goldDir.path).sorted() where name.hasSuffix(".json") {
            let goldDoc = try JSONSerialization.jsonObject(with: Data(contentsOf: goldDir.appendingPathComponent(name))) as! [String: Any]
            let golds = Self.dedupe(((goldDoc["records"] as? [[String: Any]]) ?? []).map(Self.norm))
            var preds: [G] = []
            if let data = fm.contents(atPath: repDir.appendingPathComponent(name).path) {
                let rep = try JSONDecoder().decode(RawReport.self, from: data)
                for r in ex.extract(rep) {
                    let obj = try JSONSerialization.jsonObject(with: enc.encode(r)) as! [String: Any]
                    preds.append(Self.norm(obj))
                }
            }
            preds = Self.dedupe(preds)
            var used = [Bool](repeating: false, count: preds.count)
            for g in golds {
                if let i = preds.indices.first(where: { !used[$0] && Self.match(g, preds[$0]) }) { used[i] = true; tp += 1 } else { fn += 1 }
            }
            fp += used.filter { !$0 }.count
        }
        let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
        let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
        print("corpus: precision \(p) recall \(r) F1 \(f1) (tp \(tp) fp \(fp) fn \(fn))")
        #expect(f1 >= 0.85, "corpus F1 \(f1)")
    }
}
