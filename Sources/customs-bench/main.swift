import CustomsExtraction
import CustomsModel
import Foundation
import SeededRandom

// customs-bench: development and benchmark tool for the extractor.
//   customs-bench predict FILE...           JSON lines of records (raw-report .json; .md/.txt = body, first line = title)
//   customs-bench extraction [--corpus DIR] [--mb N]   throughput on one core: the corpus and a generated mix
//   customs-bench explain FILE...           records with their cues
//   customs-bench digest [--mb N] [--records FILE]   a fingerprint of all records (corpus + generated mix);
//                                           --records writes them as JSON lines, to diff two builds
//   customs-bench profile [--mb N] [--rounds N]   fixed work for callgrind

func loadReport(_ path: String) -> RawReport? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    if path.hasSuffix(".json") {
        return try? JSONDecoder().decode(RawReport.self, from: data)
    }
    let body = String(decoding: data, as: UTF8.self)
    let title = body.split(separator: "\n", maxSplits: 1).first.map(String.init)
    let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let ct: ContentType = path.hasSuffix(".md") ? .markdown : (path.hasSuffix(".html") ? .html : .plain)
    return RawReport(reportID: id, title: title, contentType: ct, body: body)
}

func defaultCorpus() -> String {
    let fm = FileManager.default
    let candidates = ["../shared/corpus/reports", "../../shared/corpus/reports", "/work/shared/corpus/reports"]
    for c in candidates where fm.fileExists(atPath: c) { return c }
    return candidates[0]
}

func reports(in dir: String) -> [RawReport] {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    return files.compactMap { loadReport(dir + "/" + $0) }
}

/// A generated mix of Vietnamese reports from sentence templates (no corpus text).
func generatedMix(targetBytes: Int) -> [RawReport] {
    var rng = SeededGenerator(seed: 42)
    let offices = ["Cục Hải quan Lạng Sơn", "Cục Hải quan TP. Hồ Chí Minh", "Chi cục Hải quan cửa khẩu quốc tế Móng Cái",
                   "Chi cục Hải quan khu vực VI", "Tổng cục Hải quan", "Cục Hải quan tỉnh Quảng Ninh", "Hải quan Hải Phòng",
                   "Chi cục Hải quan Khu công nghiệp Sóng Thần", "Cục Hải quan Bình Dương", "Hải quan cửa khẩu Tân Thanh"]
    let periods = ["Năm 2021", "Trong 6 tháng đầu năm 2022", "Tính đến ngày 15/10/2023", "Trong quý I/2024",
                   "Từ 1/1 đến 30/9/2020", "Trong tháng 8/2025", "Lũy kế 10 tháng năm 2019"]
    func amount(_ scale: String) -> String {
        let a = rng.next() % 9000 + 100
        let b = rng.next() % 10
        return "\(a / 1000 > 0 ? "\(a / 1000)." : "")\(String(format: "%03d", a % 1000)),\(b) \(scale)"
    }
    func pct() -> String { "\(rng.next() % 60),\(rng.next() % 10)%" }
    let templates: [() -> String] = [
        { "\(periods.randomElement(using: &rng)!), \(offices.randomElement(using: &rng)!) đã thu ngân sách đạt \(amount("tỷ đồng")), bằng \(rng.next() % 50 + 80)% dự toán được giao (\(amount("tỷ đồng"))), tăng \(pct()) so với cùng kỳ năm trước." },
        { "Tổng kim ngạch xuất nhập khẩu qua địa bàn đạt \(amount("triệu USD")), giảm \(pct()) so với cùng kỳ; trong đó xuất khẩu đạt \(amount("triệu USD")), nhập khẩu đạt \(amount("triệu USD"))." },
        { "Đơn vị đã làm thủ tục cho \(rng.next() % 90000 + 1000) tờ khai của \(rng.next() % 3000 + 10) doanh nghiệp, với \(rng.next() % 900000 + 1000) lượt khách xuất nhập cảnh và \(rng.next() % 90000 + 100) lượt phương tiện." },
        { "Lực lượng kiểm soát đã phát hiện, bắt giữ \(rng.next() % 900 + 5) vụ vi phạm, trị giá hàng hóa ước tính \(amount("triệu đồng")); xử phạt vi phạm hành chính \(rng.next() % 500 + 1) vụ, thu nộp ngân sách \(amount("triệu đồng")); khởi tố \(rng.next() % 9 + 1) vụ." },
        { "Công tác cải cách thủ tục hành chính, hiện đại hóa hải quan được đẩy mạnh, tạo thuận lợi tối đa cho doanh nghiệp và người dân trên địa bàn, đồng thời tăng cường kỷ luật, kỷ cương trong toàn đơn vị." },
        { "Theo \(offices.randomElement(using: &rng)!), dự kiến cả năm số thu có thể đạt khoảng \(amount("tỷ đồng")), vượt \(rng.next() % 20),\(rng.next() % 10)% chỉ tiêu phấn đấu." },
    ]
    var out: [RawReport] = []
    var total = 0
    var n = 0
    while total < targetBytes {
        var body = "\(offices.randomElement(using: &rng)!) hoàn thành nhiệm vụ năm \(2018 + Int(rng.next() % 8))\n\n"
        for _ in 0..<(8 + Int(rng.next() % 10)) { body += templates[Int(rng.next() % UInt64(templates.count))]() + " " ; if rng.next() % 3 == 0 { body += "\n\n" } }
        total += body.utf8.count
        out.append(RawReport(reportID: "gen-\(n)", url: "https://example.org/\(n)", publishedAt: "2025-12-01", body: body))
        n += 1
    }
    return out
}

func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Throughput of `reps` on this thread for at least `minSeconds`. Besides the mean over all rounds
/// (thread CPU time: the figure for one core even when the machine is shared), prints the median
/// round and the fastest one: on a shared host, other tenants slow some rounds down (a round of the
/// corpus takes a few milliseconds), and the spread between the two says how much.
func bench(_ name: String, _ reps: [RawReport], minSeconds: Double = 2) {
    let ex = Extractor()
    let bytes = reps.reduce(0) { $0 + ($1.body?.utf8.count ?? 0) }
    // Warm up.
    var records = 0
    for r in reps { records += ex.extract(r).count }
    var roundSeconds: [Double] = []
    let start = Date()
    let cpu0 = threadCPUSeconds()
    var elapsed = 0.0
    var roundStart = cpu0
    repeat {
        for r in reps { records &+= ex.extract(r).count }
        let now = threadCPUSeconds()
        roundSeconds.append(now - roundStart)
        roundStart = now
        elapsed = Date().timeIntervalSince(start)
    } while elapsed < minSeconds
    let rounds = roundSeconds.count
    let cpu = roundStart - cpu0
    let mb = Double(bytes * rounds) / 1e6 / cpu
    let rps = Double(reps.count * rounds) / cpu
    let sorted = roundSeconds.sorted()
    let perRound = { (seconds: Double) in Double(bytes) / 1e6 / seconds }
    print(String(format: "%@: %d reports, %.2f MB, %d rounds, %.2f s CPU (%.2f s wall): %.1f MB/s, %.0f reports/s on one core, %d records per round",
                 name, reps.count, Double(bytes) / 1e6, rounds, cpu, elapsed, mb, rps, records / (rounds + 1)))
    print(String(format: "  per round: median %.1f MB/s, fastest %.1f MB/s, slowest %.1f MB/s",
                 perRound(sorted[rounds / 2]), perRound(sorted[0]), perRound(sorted[rounds - 1])))
}

let args = Array(CommandLine.arguments.dropFirst())
guard let cmd = args.first else {
    print("usage: customs-bench predict FILE... | explain FILE... | extraction [--corpus DIR] [--mb N]")
    exit(2)
}
switch cmd {
case "predict", "explain":
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let ex = Extractor()
    for path in args.dropFirst() {
        guard let r = loadReport(path) else { FileHandle.standardError.write("cannot read \(path)\n".data(using: .utf8)!); continue }
        if cmd == "predict" {
            for rec in ex.extract(r) { print(String(decoding: try! enc.encode(rec), as: UTF8.self)) }
        } else {
            for e in ex.explain(r) {
                let rec = e.record
                print("\(rec.reportID) \(rec.office) \(rec.metric.rawValue) \(rec.flow?.rawValue ?? "-") \(rec.targetKind?.rawValue ?? "") \(rec.basis.rawValue) \(rec.qualifier.rawValue) value=\(rec.value) max=\(rec.valueMax.map { String($0) } ?? "-") period=\(rec.period) chg=\(rec.changePct.map { String($0) } ?? "-") prev=\(rec.changePrevPeriodPct.map { String($0) } ?? "-") vs=\(rec.vsTargets.map { "\($0.kind.rawValue):\($0.pct):\($0.amount.map { String($0) } ?? "-")" })")
                print("    value «\(e.valueText)» office «\(e.officeCue)» metric «\(e.metricCue)» period «\(e.periodCue)» \(e.notes)")
            }
        }
    }
case "extraction":
    var corpus = defaultCorpus()
    var mb = 8
    var i = 1
    while i < args.count {
        if args[i] == "--corpus", i + 1 < args.count { corpus = args[i + 1]; i += 1 }
        if args[i] == "--mb", i + 1 < args.count { mb = Int(args[i + 1]) ?? 8; i += 1 }
        i += 1
    }
    let reps = reports(in: corpus)
    if reps.isEmpty { print("corpus \(corpus): no reports found") } else { bench("corpus \(corpus)", reps) }
    bench("generated mix", generatedMix(targetBytes: mb * 1_000_000))
case "digest", "profile":
    // digest: a fingerprint of every record for the corpus and the generated mix (regression check).
    // profile: a fixed amount of work for callgrind (--rounds N over the corpus and the mix).
    var corpus = defaultCorpus()
    var mb = 1
    var roundsN = 1
    var recordsPath: String?
    var i = 1
    while i < args.count {
        if args[i] == "--records", i + 1 < args.count { recordsPath = args[i + 1]; i += 1 }
        if args[i] == "--corpus", i + 1 < args.count { corpus = args[i + 1]; i += 1 }
        if args[i] == "--mb", i + 1 < args.count { mb = Int(args[i + 1]) ?? 1; i += 1 }
        if args[i] == "--rounds", i + 1 < args.count { roundsN = Int(args[i + 1]) ?? 1; i += 1 }
        i += 1
    }
    let sets = [("corpus", reports(in: corpus)), ("generated", generatedMix(targetBytes: mb * 1_000_000))]
    let ex = Extractor()
    if cmd == "profile" {
        var n = 0
        for _ in 0..<roundsN { for (_, reps) in sets { for r in reps { n &+= ex.extract(r).count } } }
        print("records: \(n)")
    } else {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var dump = ""
        for (name, reps) in sets {
            var all = StableHash(), noID = StableHash(), n = 0
            var ids = Set<String>()
            for r in reps {
                for var rec in ex.extract(r) {
                    n += 1
                    ids.insert(rec.recordID)
                    let line = String(decoding: try! enc.encode(rec), as: UTF8.self)
                    all.combine(line)
                    if recordsPath != nil { dump += line + "\n" }
                    rec.recordID = ""
                    noID.combine(String(decoding: try! enc.encode(rec), as: UTF8.self))
                }
            }
            print("\(name): \(reps.count) reports, \(n) records, \(ids.count) distinct ids, content \(noID.hex), with ids \(all.hex)")
        }
        if let path = recordsPath {
            guard FileManager.default.createFile(atPath: path, contents: Data(dump.utf8)) else {
                FileHandle.standardError.write(Data("customs-bench: cannot write \(path)\n".utf8))
                exit(1)
            }
        }
    }
default:
    print("unknown command \(cmd)")
    exit(2)
}
