import CustomsModel
import SeededRandom

/// Generated reports in the project's own sentence templates, for load, restart and crash
/// tests and for benchmarks: many offices, periods and figures, with repeats across reports
/// (the same figure restated, sometimes approximately) so aggregates see several sources.
public enum SampleCorpus {
    /// Province departments used by the generator (id slug, name as the press writes it).
    static let departments: [(String, String)] = [
        ("lang-son", "Lạng Sơn"), ("lao-cai", "Lào Cai"), ("quang-ninh", "Quảng Ninh"), ("ha-noi", "Hà Nội"),
        ("hai-phong", "Hải Phòng"), ("da-nang", "Đà Nẵng"), ("ho-chi-minh", "TP Hồ Chí Minh"),
        ("binh-duong", "Bình Dương"), ("dong-nai", "Đồng Nai"), ("can-tho", "Cần Thơ"), ("nghe-an", "Nghệ An"),
        ("thanh-hoa", "Thanh Hóa"), ("bac-ninh", "Bắc Ninh"), ("tay-ninh", "Tây Ninh"), ("an-giang", "An Giang"),
        ("khanh-hoa", "Khánh Hòa"),
    ]

    /// `count` reports, deterministic for a seed. `padding` adds neutral sentences so reports
    /// reach a target size in bytes (0 for none).
    public static func generated(count: Int, seed: UInt64, padding: Int = 0) -> [RawReport] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { index in report(index: index, random: &random, padding: padding) }
    }

    static func report(index: Int, random: inout SeededGenerator, padding: Int) -> RawReport {
        let (_, name) = departments[Int(random.next() % UInt64(departments.count))]
        let year = 2019 + Int(random.next() % 6)
        let months = [3, 6, 9, 10, 12][Int(random.next() % 5)]
        // A small pool of figures per office and year, so different reports restate them.
        let base = UInt64(abs(name.hashValueStable &+ year)) % 9_000 + 500
        let revenue = base * 1_000 + (random.next() % 3) * 100  // in tenths of a billion đồng
        let trade = base * 10 + random.next() % 4  // in tenths of a million USD
        let declarations = 1_000 + (base * 37 + random.next() % 3) % 90_000
        let change = Double(Int(random.next() % 400) - 200) / 10
        let period = months == 12 ? "Năm \(year)" : "Trong \(months) tháng đầu năm \(year)"
        var sentences = [
            "\(period), Cục Hải quan \(name) thu ngân sách nhà nước đạt \(decimal(revenue, scale: 1)) tỷ đồng, "
                + "\(change >= 0 ? "tăng" : "giảm") \(decimal(UInt64(abs(change * 10)), scale: 1))% so với cùng kỳ năm \(year - 1).",
            "Kim ngạch xuất nhập khẩu qua địa bàn đạt \(decimal(trade, scale: 1)) triệu USD.",
            "Đơn vị đã tiếp nhận và xử lý \(grouped(declarations)) tờ khai hải quan.",
        ]
        if random.next() % 3 == 0 {
            sentences.append("Lực lượng chức năng phát hiện, bắt giữ \(5 + random.next() % 200) vụ vi phạm pháp luật hải quan.")
        }
        var body = "Cục Hải quan \(name) báo cáo kết quả công tác\n\n" + sentences.joined(separator: " ")
        let filler = " Công tác cải cách thủ tục hành chính tiếp tục được đẩy mạnh, tạo thuận lợi cho doanh nghiệp."
        while body.utf8.count < padding { body += filler }
        return RawReport(
            reportID: "gen-\(index)", source: "generator", url: "https://samples.customs-metrics.invalid/gen/\(index)",
            title: "Cục Hải quan \(name) báo cáo kết quả công tác", publishedAt: "\(year + (months == 12 ? 1 : 0))-0\(1 + index % 9)-1\(index % 9)",
            contentType: .plain, body: body)
    }

    /// `12345` with one decimal → "1.234,5" (Vietnamese format).
    static func decimal(_ tenths: UInt64, scale: Int) -> String {
        let whole = tenths / 10, fraction = tenths % 10
        return fraction == 0 ? grouped(whole) : "\(grouped(whole)),\(fraction)"
    }

    static func grouped(_ value: UInt64) -> String {
        let digits = String(value)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return out
    }
}

/// SplitMix64, seeded (defined in the small `SeededRandom` target, which the extraction
/// benchmark shares without depending on Kafka).
public typealias SeededGenerator = SeededRandom.SeededGenerator

extension String {
    /// FNV-1a over UTF-8: stable across runs, unlike `hashValue`.
    var hashValueStable: Int {
        var hash = StableHash()
        hash.combine(self)
        return Int(truncatingIfNeeded: hash.value >> 1)
    }
}
