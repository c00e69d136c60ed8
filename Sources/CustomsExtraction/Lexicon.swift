/// The lexicons: every cue word the extractor reacts to, as data in one place. Entries are
/// written in Vietnamese (or English) as the press spells them and folded at start-up exactly
/// like the text ("tờ khai" → "to khai"), so missing diacritics match too. A "," or "-" inside an
/// entry matches that punctuation token. Matching is greedy longest-match, left to right.
enum Cue: UInt8 {
    case none = 0
    // What a VND amount is.
    case revenue          // thu ngân sách, số thu, thu NSNN, revenue, collected
    case revenueWeak      // a bare "thu" / "đạt"-less verb of collecting
    case targetEst        // dự toán, chỉ tiêu, kế hoạch, được giao, target
    case targetStretch    // phấn đấu, chỉ tiêu phấn đấu, điều hành
    case targetModal      // hopes to collect: a target stated as an aim
    case trade            // kim ngạch, turnover, trade value
    case violVerb         // phát hiện, bắt giữ, xử lý (vụ việc vi phạm), buôn lậu
    case penalty          // xử phạt (vi phạm hành chính)
    case prosecute        // khởi tố
    case transfer         // chuyển cơ quan khác (khởi tố): not customs' own prosecution
    case violValue        // trị giá (hàng vi phạm), giá trị, worth
    case seize            // thu giữ
    case fines            // tiền phạt
    // Flows.
    case flowTotal        // xuất nhập khẩu, XNK, import-export
    case flowImport       // nhập khẩu, NK, imports
    case flowExport       // xuất khẩu, XK, exports
    case flowXNC          // xuất nhập cảnh, XNC
    case flowExit         // xuất cảnh, exit
    case flowEntry        // nhập cảnh, entry
    // Count units (after the number).
    case unitDecl         // tờ khai, declarations
    case unitEnt          // doanh nghiệp, DN, businesses
    case unitCase         // vụ, vụ việc, cases
    case unitTrav         // lượt khách, hành khách, lượt người, passengers
    case unitVeh          // phương tiện, xe, chuyến tàu, chuyến bay, vehicles
    case unitLuot         // lượt: a count whose kind comes from the context
    case unitOther        // tấn, kg, chiếc, ... : counts that are no metric
    // Money.
    case vnd              // đồng, VND
    case usd              // USD, US, đô la
    case scale3, scale6, scale9, scale12  // nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ (and English)
    case percentWord      // percent, per cent, phần trăm
    // Modifiers.
    case qualOver         // hơn, trên, vượt, more than, over
    case qualUnder        // dưới, chưa đến, less than
    case qualAbout        // khoảng, gần, xấp xỉ, ước tính, nearly, about
    case qualEstimate     // ước, ước đạt, estimated: "about" over the clause
    case forecast         // dự kiến, dự báo, sẽ, expects
    case forecastEst      // ước thu, ước thực hiện: an estimate of a period maybe not over
    case forecastCollect  // expects to collect: a projection ("dự kiến thu"), not an estimate ("ước")
    case up               // tăng, up, increase
    case down             // giảm, down, decrease
    case ratio            // bằng, equal to, equivalent to
    case attain           // đạt, hoàn thành, representing
    case exceed           // vượt, exceeding
    case times            // lần, times (after "gấp N")
    case gap              // gấp
    case multiple         // double, twice, tripled, threefold, (2.5-)fold: English multiples
    case compare          // so với, so, compared to, against
    case yoy              // cùng kỳ, năm trước, same period, year-on-year
    case prevPeriod       // tháng trước, previous month, month-on-month
    case about2           // "về số vụ" / "về giá trị": which figure a change is about
    case aboutCount       // về số vụ, về số lượng
    case aboutValue       // về giá trị, về trị giá
    case trongDo          // trong đó, riêng, of which, of this
    case area             // địa bàn, qua các cửa khẩu, through
    // Not records.
    case exclBalance      // xuất siêu, nhập siêu, cán cân, surplus
    case exclCommodity    // mặt hàng, nhóm hàng; song phương, bilateral (a partner's share)
    case exclGoods        // a named commodity, partner market or company (gạo, sang thị trường Hoa Kỳ, công ty): blocks money outside violations
    case exclNeighbour    // từ / sang Trung Quốc, Lào, Campuchia: a partner's share in a national report only
    case exclDutiable     // có thuế, taxable
    case exclEquiv        // tương đương, tương ứng (an absolute change restated)
    case exclDebt         // nợ, debt
    case exclDomestic     // thu nội địa, GDP, du lịch
    case exclRate         // bình quân, trung bình, mỗi ngày, per day, ngày cao điểm
    case exclRule         // bị phạt tiền, mức phạt: the penalty a rule sets, not one imposed
    case exclMilestone    // mốc, câu lạc bộ
    case threshold        // trở lên, trở xuống, or more: after an amount, a threshold ("từ 1.000 tỷ đồng trở lên")
    case exclShare        // chiếm, accounting for
    case exclCapacity     // công suất
    case exclStock        // tồn (vehicles waiting)
    case exclLost         // thất thu
    case exclAudit        // sau thông quan
    case exclProgram      // chương trình, pilot, đối thoại, ưu tiên (enterprises in a programme, met or ranked)
    case exclCapital      // vốn, đầu tư
    case exclPrice        // giá, price
    case exclNew          // mới (new enterprises)
    case contraband       // ma túy, thuốc lá, pháo: the kind of goods that singles out some cases
    case nonCustoms       // Cục Thuế, UBND, Sở, Ban Quản lý, Biên phòng, Công an, People's Committee
    case speech           // cho biết, said, quoted, according to, theo, thông tin từ
    case caption          // ảnh, photo
    case chrome           // a page's own headings after the article: tin liên quan, đừng bỏ lỡ, related news
    case done             // làm thủ tục, tham gia, đăng ký: enterprises "doing procedures"
}

struct LexEntry {
    var words: [UInt64]
    var cue: Cue
}

enum Lexicon {
    /// (phrase, cue). Keep entries short; longest match wins.
    static let entries: [(String, Cue)] = [
        // — revenue: what customs collects for the state budget —
        ("thu ngân sách", .revenue), ("thu ngân sách nhà nước", .revenue), ("thu nsnn", .revenue),
        ("số thu", .revenue), ("số thu ngân sách", .revenue), ("số thu nsnn", .revenue), ("tổng thu", .revenue),
        ("tổng số thu", .revenue), ("thu nộp ngân sách", .revenue), ("thu nộp nsnn", .revenue), ("thu nộp", .revenue),
        ("nộp ngân sách", .revenue), ("nộp nsnn", .revenue), ("thu đạt", .revenue), ("thu được", .revenue),
        ("thu thuế", .revenue), ("số thuế", .revenue), ("số thuế phát sinh", .revenue), ("nguồn thu", .revenue),
        ("nguồn thu ngân sách", .revenue), ("đóng thuế", .revenue), ("kết quả ngân sách", .revenue),
        ("kết quả thu", .revenue), ("thu ngân sách đạt", .revenue), ("ngân sách nhà nước", .revenue), ("nsnn", .revenue),
        ("revenue", .revenue), ("revenues", .revenue), ("collected", .revenue), ("collecting", .revenue),
        // "expects to collect": a projection, as "dự kiến thu" (the bare verb also follows "assigned to", a target).
        ("expects to collect", .forecastCollect), ("expected to collect", .forecastCollect), ("expect to collect", .forecastCollect),
        ("collection", .revenue), ("state budget", .revenue), ("budget revenue", .revenue),
        ("budget collection", .revenue), ("tax revenue", .revenue), ("contribution", .revenue), ("thu", .revenueWeak),
        // — words that start like "thu" but are not collecting —
        ("thu hút", .none), ("thu hồi", .exclDebt), ("thu nhập", .none), ("thu thập", .none), ("thu mua", .none),
        ("thu giữ", .seize), ("tạm giữ", .seize), ("thu du lịch", .exclDomestic), ("thu nội địa", .exclDomestic), ("tổng thu du lịch", .exclDomestic),
        ("thu phí", .none), ("thu hẹp", .none),
        // — revenue targets —
        ("dự toán", .targetEst), ("chỉ tiêu thu nsnn", .targetEst), ("chỉ tiêu thu ngân sách", .targetEst),
        ("chỉ tiêu thu ngân sách nhà nước", .targetEst), ("dự toán thu ngân sách", .targetEst), ("dự toán thu nsnn", .targetEst),
        ("dự toán thu ngân sách nhà nước", .targetEst), ("kế hoạch thu ngân sách", .targetEst), ("nhiệm vụ thu ngân sách", .targetEst),
        ("nhiệm vụ thu nsnn", .targetEst), ("mục tiêu thu ngân sách", .targetEst), ("chỉ tiêu thu thuế", .targetEst),
        ("cục thuế xuất nhập khẩu", .none), ("cục thuế xnk", .none), ("tổng số", .none), ("con số", .none),
        ("quốc gia", .none), ("gia tăng", .none), ("gia công", .none), ("đánh giá", .none), ("trên cơ sở", .none),
        ("last year", .yoy), ("bộ", .unitLuot), ("phòng văn hóa", .nonCustoms), ("sở văn hóa", .nonCustoms),
        ("sở công thương", .nonCustoms), ("sở tài chính", .nonCustoms), ("sở du lịch", .nonCustoms), ("cụ thể", .trongDo),
        ("worth of", .none), ("dự toán thu", .targetEst), ("dự toán pháp lệnh", .targetEst), ("chỉ tiêu", .targetEst),
        ("chi tiêu", .targetEst), ("chỉ tiêu thu", .targetEst), ("chỉ tiêu pháp lệnh", .targetEst), ("pháp lệnh", .targetEst),
        ("kế hoạch", .targetEst), ("kế hoạch thu", .targetEst), ("kịch bản", .targetEst), ("mục tiêu thu", .targetEst),
        ("nhiệm vụ thu", .targetEst), ("được giao", .targetEst), ("giao", .targetEst), ("giao thu", .targetEst),
        ("chỉ tiêu được giao", .targetEst), ("target", .targetEst), ("targets", .targetEst), ("estimate", .targetEst),
        ("annual estimate", .targetEst), ("plan", .targetEst), ("assigned", .targetEst), ("set target", .targetEst),
        ("phấn đấu", .targetStretch), ("chỉ tiêu phấn đấu", .targetStretch), ("điều hành", .targetStretch),
        ("chỉ tiêu điều hành", .targetStretch), ("attempt to post", .targetStretch), ("will attempt to post", .targetStretch),
        ("strive", .targetStretch), ("strives", .targetStretch), ("striving", .targetStretch), ("strove", .targetStretch), ("stretch target", .targetStretch), ("stretch", .targetStretch), ("hopes to collect", .targetModal), ("aims to collect", .targetModal),
        ("plans to collect", .targetModal), ("phải thu", .targetModal), ("set a goal of collecting", .targetModal),
        ("a goal of collecting", .targetModal), ("tasked with collecting", .targetModal), ("is tasked with collecting", .targetModal),
        ("giao thương", .none), ("giao dịch", .none), ("giao thông", .none), ("giao lưu", .none), ("bàn giao", .none),
        ("giao hàng", .none), ("giao nhận", .none), ("kế hoạch đấu tranh", .none),
        // — trade value —
        ("kim ngạch", .trade), ("tổng kim ngạch", .trade), ("trị giá kim ngạch", .trade), ("kim ngạch chung", .trade),
        ("tổng trị giá", .trade), ("turnover", .trade), ("trade value", .trade), ("total trade", .trade),
        ("total value", .trade), ("trade", .trade),
        // Goods cleared through customs are its trade: "(tổng) giá trị hàng hóa thông quan đạt 2,1 tỷ USD".
        ("hàng hóa thông quan", .trade), ("giá trị hàng hóa thông quan", .trade), ("trị giá hàng hóa thông quan", .trade),
        // — anti-smuggling —
        ("phát hiện", .violVerb), ("bắt giữ", .violVerb), ("xử lý", .violVerb), ("vi phạm", .violVerb),
        ("buôn lậu", .violVerb), ("gian lận", .violVerb), ("gian lận thương mại", .violVerb),
        ("detected", .violVerb), ("seized", .violVerb), ("handled", .violVerb), ("discovered", .violVerb), ("uncovered", .violVerb),
        ("smuggling", .violVerb), ("intercepted", .violVerb), ("recorded", .violVerb), ("found", .violVerb), ("caught", .violVerb),
        ("arrested", .violVerb), ("busted", .violVerb),
        ("xử phạt", .penalty), ("xử phạt vi phạm hành chính", .penalty), ("fined", .penalty), ("penalized", .penalty), ("administrative penalties", .penalty), ("administrative fines", .penalty),
        ("administrative sanctions", .penalty), ("imposed administrative penalties", .penalty), ("imposed fines", .penalty),
        ("khởi tố", .prosecute), ("prosecuted", .prosecute), ("criminal proceedings", .prosecute), ("legal proceedings", .prosecute), ("initiated", .prosecute), ("instituted", .prosecute), ("truy cứu trách nhiệm hình sự", .prosecute),
        ("chuyển cơ quan", .transfer), ("chuyển cơ quan khác", .transfer), ("kiến nghị khởi tố", .transfer),
        ("chuyển", .transfer), ("transferred", .transfer), ("đề nghị khởi tố", .transfer), ("đề nghị cơ quan", .transfer),
        ("trị giá", .violValue), ("giá trị", .violValue), ("hàng vi phạm", .violValue), ("hàng hóa vi phạm", .violValue),
        ("trị giá hàng vi phạm", .violValue), ("trị giá hàng hóa vi phạm", .violValue), ("worth", .violValue),
        ("valued at", .violValue), ("tang vật", .violValue), ("value of", .violValue),
        ("tiền phạt", .fines), ("số tiền phạt", .fines), ("tiền xử phạt", .fines), ("số tiền xử phạt", .fines),
        ("đóng góp cho ngân sách", .revenue), ("đóng góp cho ngân sách nhà nước", .revenue),
        ("phạt tiền", .fines), ("fines", .fines), ("thu phạt", .fines),
        // — flows —
        ("xuất nhập khẩu", .flowTotal), ("xnk", .flowTotal), ("xuất , nhập khẩu", .flowTotal), ("xuất khẩu và nhập khẩu", .flowTotal),
        ("nhập khẩu và xuất khẩu", .flowTotal), ("import - export", .flowTotal), ("import and export", .flowTotal),
        ("imports and exports", .flowTotal), ("export and import", .flowTotal), ("exports and imports", .flowTotal),
        ("export - import", .flowTotal), ("xuất - nhập khẩu", .flowTotal),
        ("nhập khẩu", .flowImport), ("nk", .flowImport), ("import", .flowImport), ("imports", .flowImport), ("imported", .flowImport),
        ("xuất khẩu", .flowExport), ("xk", .flowExport), ("export", .flowExport), ("exports", .flowExport), ("exported", .flowExport),
        ("xuất nhập cảnh", .flowXNC), ("exit and entry", .flowXNC), ("entry and exit", .flowXNC), ("exit - entry", .flowXNC), ("xnc", .flowXNC), ("xuất , nhập cảnh", .flowXNC), ("xuất - nhập cảnh", .flowXNC),
        ("hàng xuất", .flowExport), ("hàng nhập", .flowImport), ("xuất cảnh", .flowExit), ("exit", .flowExit), ("outbound", .flowExit), ("departures", .flowExit), ("exited", .flowExit), ("exiting", .flowExit), ("entering", .flowEntry),
        ("entered", .flowEntry),
        ("nhập cảnh", .flowEntry), ("entry", .flowEntry), ("inbound", .flowEntry), ("arrivals", .flowEntry),
        // — count units —
        ("tờ khai", .unitDecl), ("bộ tờ khai", .unitDecl), ("tờ khai hải quan", .unitDecl), ("declarations", .unitDecl),
        ("customs declarations", .unitDecl), ("declaration", .unitDecl), ("sets of declarations", .unitDecl),
        ("sets of customs declarations", .unitDecl), ("declaration sets", .unitDecl),
        ("doanh nghiệp", .unitEnt), ("dn", .unitEnt), ("businesses", .unitEnt), ("enterprises", .unitEnt), ("firms", .unitEnt),
        ("vụ", .unitCase), ("vụ việc", .unitCase), ("vụ án", .unitCase), ("cases", .unitCase), ("case", .unitCase),
        // "1,150 violations": the counted noun, as "vụ vi phạm" is (a verb on either side makes them violations).
        ("violations", .unitCase), ("violation", .unitCase), ("customs violations", .unitCase), ("customs law violations", .unitCase),
        // The kind of case between the count and "cases": "320 smuggling cases", "45 trade fraud cases".
        ("smuggling cases", .unitCase), ("fraud cases", .unitCase), ("trade fraud cases", .unitCase),
        ("violation cases", .unitCase), ("smuggling and trade fraud cases", .unitCase),
        ("criminal cases", .unitCase), ("criminal case", .unitCase), ("drug cases", .unitCase),
        ("drug trafficking cases", .unitCase), ("drug - related cases", .unitCase),
        ("lượt khách", .unitTrav), ("khách", .unitTrav), ("hành khách", .unitTrav), ("lượt hành khách", .unitTrav),
        ("lượt người", .unitTrav), ("người", .unitTrav), ("passengers", .unitTrav), ("passenger", .unitTrav),
        ("travellers", .unitTrav), ("travelers", .unitTrav), ("people", .unitTrav), ("lượt khách xuất nhập cảnh", .unitTrav),
        // Tourists are the tourism sector's count ("đón 15 triệu lượt khách du lịch"), unless they are
        // counted crossing the border, as customs counts travellers.
        ("lượt khách du lịch xuất nhập cảnh", .unitTrav), ("khách du lịch xuất nhập cảnh", .unitTrav),
        ("lượt du khách xuất nhập cảnh", .unitTrav), ("du khách xuất nhập cảnh", .unitTrav),
        ("phương tiện", .unitVeh), ("lượt phương tiện", .unitVeh), ("phương tiện vận tải", .unitVeh),
        ("lượt phương tiện vận tải", .unitVeh), ("xe", .unitVeh), ("lượt xe", .unitVeh), ("ô tô", .unitVeh),
        ("lượt ô tô", .unitVeh), ("xe ô tô", .unitVeh), ("chuyến", .unitVeh), ("lượt chuyến", .unitVeh),
        ("chuyến tàu", .unitVeh), ("tàu", .unitVeh), ("lượt tàu", .unitVeh), ("chuyến bay", .unitVeh),
        ("lượt chuyến bay", .unitVeh), ("máy bay", .unitVeh), ("lượt máy bay", .unitVeh), ("chuyến tàu hàng", .unitVeh),
        // A train is the vehicle that crosses ("2.150 đoàn tàu liên vận"); its wagons are not counted as vehicles.
        ("đoàn tàu", .unitVeh), ("lượt đoàn tàu", .unitVeh), ("toa", .unitOther), ("toa xe", .unitOther), ("toa tàu", .unitOther),
        ("vehicles", .unitVeh), ("vehicle", .unitVeh), ("trucks", .unitVeh), ("flights", .unitVeh), ("ships", .unitVeh),
        ("vessels", .unitVeh), ("vehicle trips", .unitVeh), ("trips", .unitVeh),
        ("lượt", .unitLuot),
        // "70.000 tờ" after "tờ khai": the counter word of declarations (its noun is found to the left).
        ("tờ", .unitLuot),
        ("tấn", .unitOther), ("kg", .unitOther), ("gram", .unitOther), ("chiếc", .unitOther), ("hộp", .unitOther),
        ("viên", .unitOther), ("gói", .unitOther), ("chai", .unitOther), ("container", .unitOther), ("containers", .unitOther),
        ("tonnes", .unitOther), ("tons", .unitOther), ("cuộc", .unitOther), ("đối tượng", .unitOther),
        ("ngày", .unitOther), ("tháng", .unitOther), ("năm", .unitOther), ("giờ", .unitOther), ("km", .unitOther),
        ("trường hợp", .unitOther), ("đơn vị", .unitOther), ("cục", .unitOther), ("chi cục", .unitOther),
        ("lô hàng", .unitOther), ("kiện", .unitOther), ("thùng", .unitOther), ("bao", .unitOther), ("con", .unitOther),
        ("vướng mắc", .unitOther), ("m", .unitOther), ("lít", .unitOther), ("điểm", .unitOther), ("mặt hàng", .exclCommodity),
        ("cửa khẩu", .unitOther), ("lần", .times), ("times", .times), ("lối mở", .unitOther), ("tỉnh", .unitOther),
        ("days", .unitOther), ("months", .unitOther), ("years", .unitOther), ("percent", .percentWord),
        ("per cent", .percentWord), ("phần trăm", .percentWord), ("pc", .percentWord),
        // — money —
        ("đồng", .vnd), ("vnd", .vnd), ("usd", .usd), ("us", .usd), ("đô la", .usd), ("đô la mỹ", .usd), ("đôla", .usd), ("đôla mỹ", .usd), ("dollars", .usd), ("u . s . dollars", .usd),
        ("dollar", .usd), ("usd usd", .usd),
        ("nghìn", .scale3), ("ngàn", .scale3), ("thousand", .scale3), ("triệu", .scale6), ("million", .scale6),
        ("mn", .scale6), ("tỷ", .scale9), ("billion", .scale9), ("bn", .scale9), ("bln", .scale9), ("bil", .scale9), ("mln", .scale6),
        ("nghìn tỷ", .scale12), ("ngàn tỷ", .scale12), ("trillion", .scale12),
        ("tn", .scale12),
        // — qualifiers —
        ("hơn", .qualOver), ("trên", .qualOver), ("more than", .qualOver), ("over", .qualOver), ("above", .qualOver),
        ("ít nhất", .qualOver), ("at least", .qualOver),
        ("dưới", .qualUnder), ("chưa đến", .qualUnder), ("chưa tới", .qualUnder), ("less than", .qualUnder),
        ("under", .qualUnder), ("below", .qualUnder), ("fewer than", .qualUnder),
        ("trên dưới", .qualAbout), ("không dưới", .qualOver), ("không ít hơn", .qualOver), ("khoảng", .qualAbout), ("gần", .qualAbout), ("xấp xỉ", .qualAbout), ("chưa đầy", .qualUnder), ("không đến", .qualUnder), ("ít hơn", .qualUnder), ("ước tính", .qualAbout), ("ước tính đạt", .qualEstimate), ("ngót", .qualAbout), ("ngót nghét", .qualAbout),
        ("ước khoảng", .qualEstimate), ("nearly", .qualAbout), ("about", .qualAbout), ("around", .qualAbout),
        ("approximately", .qualAbout), ("almost", .qualAbout), ("roughly", .qualAbout), ("some", .qualAbout),
        ("close to", .qualAbout),
        ("chừng", .qualAbout), ("gần như", .none),
        ("ước", .qualEstimate), ("ước đạt", .qualEstimate), ("estimated", .qualEstimate), ("an estimated", .qualEstimate),
        // — basis —
        ("dự kiến", .forecast), ("dự báo", .forecast), ("dự tính", .forecast), ("sẽ", .forecast), ("có thể đạt", .forecast),
        ("expects", .forecast), ("expected", .forecast), ("expect", .forecast), ("will", .forecast), ("forecast", .forecast),
        ("projected", .forecast), ("could reach", .forecast), ("could hit", .forecast), ("may reach", .forecast),
        ("may exceed", .forecast), ("is set to", .forecast), ("on track to", .forecast), ("anticipated", .forecast),
        ("likely to", .forecast), ("is projected to", .forecast), ("ước thu", .forecastEst), ("ước thực hiện", .forecastEst), ("ước tính thu", .forecastEst),
        // — changes —
        ("tăng", .up), ("nhiều hơn", .up), ("chênh lệch", .up), ("up", .up), ("increase", .up), ("increased", .up), ("increasing", .up), ("rise", .up), ("rose", .up), ("risen", .up), ("rises", .up),
        ("growth", .up), ("grew", .up), ("tăng trưởng", .up), ("tăng gấp", .gap),
        ("jumped", .up), ("surged", .up), ("surge", .up), ("a surge of", .up), ("soared", .up), ("climbed", .up), ("gained", .up), ("grow", .up), ("grows", .up),
        ("increases", .up), ("expanded", .up),
        ("rising", .up), ("growing", .up), ("surging", .up), ("jumping", .up), ("soaring", .up), ("climbing", .up),
        ("a jump of", .up), ("jump", .up), ("a rise of", .up), ("an increase of", .up),
        ("plunged", .down), ("plummeted", .down), ("slid", .down), ("slipped", .down), ("fall", .down), ("falls", .down),
        ("fallen", .down), ("declines", .down), ("decreases", .down), ("shrank", .down), ("dipped", .down), ("contracted", .down),
        ("falling", .down), ("declining", .down), ("dropping", .down), ("slipping", .down), ("shrinking", .down),
        ("a drop of", .down), ("a fall of", .down), ("a decline of", .down), ("a slump of", .down), ("slumped", .down),
        ("a dip of", .down), ("lower by", .down), ("higher by", .up),
        ("cao hơn", .up), ("thấp hơn", .down),
        ("giảm", .down), ("down", .down), ("decrease", .down), ("decreased", .down), ("decreasing", .down),
        ("decline", .down), ("declined", .down), ("drop", .down), ("dropped", .down), ("drops", .down), ("fell", .down),
        ("sụt giảm", .down), ("sụt", .down), ("reduced", .down), ("reduction", .down), ("giảm sút", .down),
        ("bằng", .ratio), ("bang", .ratio), ("equal to", .ratio), ("equivalent to", .ratio), ("equaling", .ratio),
        ("tương đương", .exclEquiv), ("tương ứng", .exclEquiv), ("tương đương giảm", .exclEquiv), ("tương đương tăng", .exclEquiv),
        ("đạt", .attain), ("hoàn thành", .attain), ("representing", .attain), ("reached", .attain), ("reaching", .attain),
        ("vượt", .exceed), ("exceeding", .exceed), ("exceeded", .exceed), ("surpassing", .exceed), ("surpassed", .exceed),
        ("overshooting", .exceed), ("overshot", .exceed), ("beating", .exceed), ("beat", .exceed), ("outstripping", .exceed),
        ("gấp", .gap),
        ("double", .multiple), ("doubled", .multiple), ("twice", .multiple), ("triple", .multiple), ("tripled", .multiple),
        ("threefold", .multiple), ("quadrupled", .multiple), ("fold", .multiple),
        ("so với", .compare), ("so", .compare), ("compared to", .compare), ("compared with", .compare),
        ("against", .compare), ("from", .compare),
        // English "than" only after a comparative or before what it compares with: a bare "than" is
        // also Vietnamese coal ("nhập khẩu than đạt 1,2 tỷ USD").
        ("higher than", .compare), ("lower than", .compare), ("larger than", .compare), ("smaller than", .compare),
        ("greater than", .compare), ("bigger than", .compare), ("than in", .compare), ("than the", .compare),
        ("than last", .compare), ("than that", .compare),
        ("cùng kỳ", .yoy), ("năm trước", .yoy), ("năm ngoái", .yoy), ("same period", .yoy),
        ("year - on - year", .yoy), ("year on year", .yoy), ("a year earlier", .yoy),
        ("on - year", .yoy),
        ("cùng thời điểm", .yoy), ("the same period", .yoy), ("y / y", .yoy), ("so với năm", .compare),
        ("tháng trước", .prevPeriod), ("previous month", .prevPeriod), ("the previous month", .prevPeriod),
        ("month - on - month", .prevPeriod), ("m - o - m", .prevPeriod), ("month on month", .prevPeriod), ("mom", .prevPeriod),
        ("preceding month", .prevPeriod), ("the preceding month", .prevPeriod), ("a month earlier", .prevPeriod), ("kỳ trước", .prevPeriod), ("last month", .prevPeriod),
        ("tháng liền kề", .prevPeriod), ("cùng thời điểm tháng trước", .prevPeriod), ("kỳ liền trước", .prevPeriod),
        ("kỳ liền kề", .prevPeriod), ("previous fortnight", .prevPeriod), ("the previous fortnight", .prevPeriod),
        ("preceding fortnight", .prevPeriod), ("the preceding fortnight", .prevPeriod),
        // Other periods just before: "so với tuần trước / quý trước", "quarter-on-quarter".
        ("tuần trước", .prevPeriod), ("tuần liền kề", .prevPeriod), ("quý trước", .prevPeriod), ("quý liền kề", .prevPeriod),
        ("previous quarter", .prevPeriod), ("the previous quarter", .prevPeriod), ("quarter - on - quarter", .prevPeriod),
        ("previous week", .prevPeriod), ("the previous week", .prevPeriod), ("week - on - week", .prevPeriod),
        ("về số vụ", .aboutCount), ("về số lượng", .aboutCount), ("về giá trị", .aboutValue), ("về trị giá", .aboutValue),
        ("trong đó", .trongDo), ("ngoài địa bàn", .exclDomestic), ("các địa phương khác", .exclDomestic), ("riêng", .trongDo), ("of which", .trongDo), ("of this", .trongDo), ("gồm", .trongDo),
        ("bao gồm", .trongDo), ("including", .trongDo),
        ("địa bàn", .area), ("qua địa bàn", .area), ("trên địa bàn", .area), ("through", .area), ("via", .area),
        // — not records —
        ("xuất siêu", .exclBalance), ("nhập siêu", .exclBalance), ("thặng dư", .exclBalance), ("cán cân", .exclBalance),
        ("surplus", .exclBalance), ("deficit", .exclBalance), ("trade balance", .exclBalance),
        ("nhóm hàng", .exclCommodity), ("ngành hàng", .exclCommodity), ("các mặt hàng", .exclCommodity),
        // Trade between two countries is a breakdown by partner, as one by commodity is.
        ("song phương", .exclCommodity), ("bilateral", .exclCommodity),
        // A named commodity or a partner market before a sum of money: a breakdown of trade, not its
        // total (spec §2). Only phrases that fold to nothing else: "gỗ" folds like "Gò", "vải" like
        // "vai", "than đá" like "Sóng Thần đã", and "hoa quả" runs across "hàng hóa qua". Not for counts
        // or seized goods (see `decide`).
        ("hàng xuất nhập khẩu", .flowTotal), ("hàng hóa xuất nhập khẩu", .flowTotal),
        ("nhập khẩu than", .exclGoods), ("xuất khẩu than", .exclGoods), ("xuất khẩu tôm", .exclGoods), ("cá tra", .exclGoods), ("điện thoại", .exclGoods), ("điện thoại các loại", .exclGoods), ("linh kiện", .exclGoods),
        ("máy vi tính", .exclGoods), ("máy tính", .exclGoods), ("sản phẩm điện tử", .exclGoods),
        ("máy móc", .exclGoods), ("phụ tùng", .exclGoods), ("dệt may", .exclGoods), ("hàng dệt", .exclGoods),
        ("giày dép", .exclGoods), ("túi xách", .exclGoods), ("sản phẩm gỗ", .exclGoods), ("đồ gỗ", .exclGoods),
        ("thủy sản", .exclGoods), ("thuỷ sản", .exclGoods), ("gạo", .exclGoods), ("cà phê", .exclGoods),
        ("hạt điều", .exclGoods), ("hồ tiêu", .exclGoods), ("cao su", .exclGoods), ("rau quả", .exclGoods),
        ("trái cây", .exclGoods), ("sầu riêng", .exclGoods), ("nông sản", .exclGoods), ("xăng dầu", .exclGoods),
        ("dầu thô", .exclGoods), ("sắt thép", .exclGoods), ("thép", .exclGoods), ("phân bón", .exclGoods),
        ("hóa chất", .exclGoods), ("hoá chất", .exclGoods), ("chất dẻo", .exclGoods), ("nguyên phụ liệu", .exclGoods),
        ("xơ sợi", .exclGoods), ("dược phẩm", .exclGoods), ("thức ăn chăn nuôi", .exclGoods),
        ("lúa mì", .exclGoods), ("ô tô nguyên chiếc", .exclGoods), ("khoáng sản", .exclGoods),
        ("rice", .exclGoods), ("coffee", .exclGoods), ("seafood", .exclGoods), ("textiles", .exclGoods),
        ("garments", .exclGoods), ("textile and garment", .exclGoods), ("footwear", .exclGoods),
        ("electronics", .exclGoods), ("phones", .exclGoods), ("smartphones", .exclGoods), ("computers", .exclGoods),
        ("wood products", .exclGoods), ("timber", .exclGoods), ("cashew", .exclGoods), ("cashew nuts", .exclGoods),
        ("rubber", .exclGoods), ("fruit", .exclGoods), ("fruits", .exclGoods), ("vegetables", .exclGoods),
        ("steel", .exclGoods), ("crude oil", .exclGoods), ("petroleum", .exclGoods), ("fertilizer", .exclGoods),
        ("fertiliser", .exclGoods), ("fertilizers", .exclGoods), ("fertilisers", .exclGoods), ("machinery", .exclGoods), ("coal", .exclGoods), ("agricultural products", .exclGoods),
        ("durian", .exclGoods), ("seafood products", .exclGoods), ("garment", .exclGoods), ("textile", .exclGoods),
        ("cars", .exclGoods), ("automobiles", .exclGoods), ("imported cars", .exclGoods), ("gold", .exclGoods),
        ("agricultural", .exclGoods), ("vehicle imports", .exclGoods),
        // The country's or a province's whole budget, not customs'.
        ("state budget revenue of the whole country", .exclDomestic), ("the country's state budget revenue", .exclDomestic),
        ("domestic revenue", .exclDomestic), ("province's budget revenue", .exclDomestic),
        ("phone", .exclGoods), ("smartphone", .exclGoods), ("computer", .exclGoods), ("wood", .exclGoods),
        ("furniture", .exclGoods), ("pepper", .exclGoods), ("shrimp", .exclGoods), ("tea", .exclGoods),
        // One company's figures (spec §2: per-enterprise figures are no records).
        ("công ty", .exclGoods), ("tập đoàn", .exclGoods), ("tổng công ty", .exclGoods), ("company", .exclGoods),
        ("corporation", .exclGoods),
        // Markets: a partner's share of trade. Not the neighbours of the land border gates (Trung Quốc,
        // Lào, Campuchia), whose trade is the gate's whole trade in a gate office's report.
        ("sang thị trường", .exclGoods), ("sang các thị trường", .exclGoods), ("từ thị trường", .exclGoods),
        ("từ các thị trường", .exclGoods), ("vào thị trường", .exclGoods), ("thị trường xuất khẩu", .exclGoods),
        ("thị trường nhập khẩu", .exclGoods),
        ("sang hoa kỳ", .exclGoods), ("sang mỹ", .exclGoods), ("sang eu", .exclGoods), ("sang nhật bản", .exclGoods),
        ("sang hàn quốc", .exclGoods), ("sang asean", .exclGoods), ("sang đài loan", .exclGoods), ("sang ấn độ", .exclGoods),
        ("từ hoa kỳ", .exclGoods), ("từ mỹ", .exclGoods), ("từ eu", .exclGoods), ("từ nhật bản", .exclGoods),
        ("từ hàn quốc", .exclGoods), ("từ asean", .exclGoods), ("từ đài loan", .exclGoods), ("từ ấn độ", .exclGoods),
        ("to the us", .exclGoods), ("to the united states", .exclGoods), ("to the eu", .exclGoods), ("to japan", .exclGoods),
        ("to south korea", .exclGoods), ("from the us", .exclGoods), ("from the united states", .exclGoods),
        ("from japan", .exclGoods), ("from south korea", .exclGoods), ("from the eu", .exclGoods), ("markets", .exclGoods),
        ("sang thái lan", .exclGoods), ("từ thái lan", .exclGoods), ("sang liên minh châu âu", .exclGoods),
        ("từ liên minh châu âu", .exclGoods), ("sang anh", .exclGoods), ("sang úc", .exclGoods), ("từ úc", .exclGoods),
        ("sang singapore", .exclGoods), ("từ singapore", .exclGoods), ("sang canada", .exclGoods), ("sang đức", .exclGoods),
        ("sang hồng kông", .exclGoods), ("từ hồng kông", .exclGoods), ("sang nga", .exclGoods), ("từ nga", .exclGoods),
        ("to asean", .exclGoods), ("from asean", .exclGoods), ("from thailand", .exclGoods), ("to thailand", .exclGoods),
        ("to australia", .exclGoods), ("from australia", .exclGoods), ("export market", .exclGoods),
        ("với hoa kỳ", .exclGoods), ("với mỹ", .exclGoods), ("với eu", .exclGoods), ("với nhật bản", .exclGoods),
        ("với hàn quốc", .exclGoods), ("với asean", .exclGoods), ("với thái lan", .exclGoods), ("với ấn độ", .exclGoods),
        ("với đài loan", .exclGoods), ("với liên minh châu âu", .exclGoods), ("with the us", .exclGoods),
        ("with the united states", .exclGoods), ("with japan", .exclGoods), ("with south korea", .exclGoods),
        ("with the eu", .exclGoods), ("with asean", .exclGoods), ("with thailand", .exclGoods),
        ("với lào", .exclNeighbour), ("với campuchia", .exclNeighbour), ("with laos", .exclNeighbour),
        ("with cambodia", .exclNeighbour), ("to laos", .exclNeighbour), ("from laos", .exclNeighbour),
        ("to cambodia", .exclNeighbour), ("from cambodia", .exclNeighbour),
        // What is left to collect, or short of a target: a gap, not a figure.
        ("còn phải thu", .exclLost), ("phải thu thêm", .exclLost), ("short of", .exclLost),
        // "đặt mục tiêu thu thêm 560 tỷ đồng để hoàn thành dự toán", "thu thêm được 200 tỷ đồng so với
        // cùng kỳ": an amount still to collect, or collected on top of another; not a level.
        ("thu thêm", .exclLost),
        ("từ trung quốc", .exclNeighbour), ("sang trung quốc", .exclNeighbour), ("với trung quốc", .exclNeighbour),
        ("từ lào", .exclNeighbour), ("sang lào", .exclNeighbour), ("từ campuchia", .exclNeighbour), ("sang campuchia", .exclNeighbour),
        ("from china", .exclNeighbour), ("to china", .exclNeighbour), ("with china", .exclNeighbour),
        // Sectors of the economy: a part of the country's trade.
        ("doanh nghiệp trong nước", .exclGoods), ("khu vực kinh tế trong nước", .exclGoods), ("domestic sector", .exclGoods),
        ("domestic enterprises", .exclGoods), ("foreign - invested", .exclCapital), ("thiết bị", .exclGoods),
        ("hàng tiêu dùng", .exclGoods),
        ("có thuế", .exclDutiable), ("taxable", .exclDutiable), ("dutiable", .exclDutiable),
        ("thuế được hoàn", .exclDebt), ("số thuế hoàn", .exclDebt), ("được hoàn thuế", .exclDebt), ("được hoàn", .exclDebt),
        // Tax not collected: exempted, reduced, deducted, assessed, refunded, late-payment interest, uncollectible.
        ("được miễn", .exclDebt), ("được giảm", .exclDebt), ("không phải nộp", .exclDebt), ("không thu được", .exclDebt),
        ("khấu trừ", .exclDebt), ("ấn định", .exclDebt), ("ấn định thuế", .exclDebt), ("phải nộp tăng thêm", .exclDebt),
        ("thuế đã hoàn", .exclDebt), ("đã hoàn thuế", .exclDebt), ("xử lý hoàn", .exclDebt), ("chậm nộp", .exclDebt), ("tiền chậm nộp", .exclDebt),
        ("xóa nợ", .exclDebt), ("tạm hoãn xuất cảnh", .exclDebt), ("hoãn xuất cảnh", .exclDebt),
        ("vốn fdi", .exclCapital), ("vốn đầu tư", .exclCapital),
        ("nợ", .exclDebt), ("nợ đọng", .exclDebt), ("nợ thuế", .exclDebt), ("debt", .exclDebt), ("tax debt", .exclDebt),
        // The province's own budget, not customs': land-use fees and rents, the non-state and state sectors, the
        // lottery, other revenue, the local share, the balanced budget, spending.
        ("tiền sử dụng đất", .exclDomestic), ("thuê đất", .exclDomestic), ("ngoài quốc doanh", .exclDomestic),
        ("doanh nghiệp nhà nước", .exclDomestic), ("xổ số", .exclDomestic), ("xổ số kiến thiết", .exclDomestic),
        ("thu khác", .exclDomestic), ("ngân sách địa phương", .exclDomestic), ("thu ngân sách địa phương", .exclDomestic),
        ("cân đối ngân sách", .exclDomestic),
        ("thu cân đối", .exclDomestic), ("chi ngân sách", .exclDomestic), ("tổng chi", .exclDomestic),
        ("nội địa", .exclDomestic), ("gdp", .exclDomestic), ("grdp", .exclDomestic), ("tổng sản phẩm", .exclDomestic),
        ("du lịch", .exclDomestic), ("tourism", .exclDomestic), ("tourists", .exclDomestic), ("khách du lịch", .exclDomestic),
        ("ngày cao điểm", .exclRate), ("peak day", .exclRate), ("peak days", .exclRate), ("peak times", .exclRate),
        // A moment's count, a queue or a peak: "Có thời điểm lượng xe chờ … lên tới 1.500 xe", "có ngày lên tới
        // 1.200 lượt xe", "… on the busiest day".
        ("có thời điểm", .exclRate), ("có lúc", .exclRate), ("có ngày", .exclRate), ("busiest day", .exclRate),
        ("at its peak", .exclRate), ("at the peak", .exclRate),
        ("bị phạt tiền", .exclRule), ("mức phạt", .exclRule), ("mức phạt tiền", .exclRule), ("khung phạt", .exclRule),
        ("bình quân", .exclRate), ("trung bình", .exclRate), ("mỗi ngày", .exclRate), ("per day", .exclRate), ("mỗi tháng", .exclRate), ("hằng tháng", .exclRate),
        ("hàng tháng", .exclRate), ("per month", .exclRate), ("a month", .exclRate), ("monthly", .exclRate),
        ("a day", .exclRate), ("average", .exclRate), ("daily", .exclRate), ("mỗi tuần", .exclRate), ("per week", .exclRate),
        ("every day", .exclRate), ("hàng ngày", .exclRate), ("each day", .exclRate), ("each", .exclRate), ("mỗi đơn vị", .exclRate),
        ("mốc", .exclMilestone), ("câu lạc bộ", .exclMilestone), ("milestone", .exclMilestone),
        ("trở lên", .threshold), ("trở xuống", .threshold), ("or more", .threshold), ("or above", .threshold),
        ("chiếm", .exclShare), ("accounting for", .exclShare),
        ("công suất", .exclCapacity), ("capacity", .exclCapacity),
        ("tồn", .exclStock), ("ùn ứ", .exclStock), ("tồn đọng", .exclStock), ("xếp hàng", .exclStock),
        // (Not "chờ" alone: it folds as "cho" and "chở" do.)
        ("đang chờ", .exclStock), ("nằm chờ", .exclStock), ("ùn tắc", .exclStock),
        ("thất thu", .exclLost), ("hụt thu", .exclLost), ("còn thiếu", .exclLost), ("hoàn thuế", .exclLost), ("tax refunds", .exclLost), ("thiếu hụt", .exclLost), ("shortfall", .exclLost), ("chống thất thu", .exclLost), ("lost revenue", .exclLost),
        ("sau thông quan", .exclAudit), ("post - clearance", .exclAudit),
        ("kiểm tra thực tế", .exclAudit), ("luồng đỏ", .exclAudit), ("luồng vàng", .exclAudit), ("luồng xanh", .exclAudit),
        // Goods of one customs regime are a part of trade, not its total.
        ("tạm nhập tái xuất", .exclCommodity), ("tạm nhập , tái xuất", .exclCommodity), ("tạm nhập - tái xuất", .exclCommodity),
        ("chuyển khẩu", .exclCommodity), ("hàng quá cảnh", .exclCommodity),
        ("chương trình", .exclProgram), ("program", .exclProgram), ("pilot", .exclProgram), ("tự nguyện", .exclProgram),
        // Enterprises met, trained or ranked, not those doing procedures (spec: "DN làm thủ tục / tham gia").
        ("đối thoại", .exclProgram), ("tập huấn", .exclProgram), ("ưu tiên", .exclProgram),
        ("khảo sát", .exclProgram), ("tuyên truyền", .exclProgram), ("gặp gỡ", .exclProgram), ("dialogue", .exclProgram),
        ("training", .exclProgram), ("priority", .exclProgram),
        // … or coerced for tax debts, supported, at a conference, fined, ranked by size.
        ("cưỡng chế", .exclProgram), ("hỗ trợ", .exclProgram), ("tham dự", .exclProgram), ("hội nghị", .exclProgram),
        ("bị xử phạt", .exclProgram), ("tạm dừng", .exclProgram), ("chờ hoàn thuế", .exclProgram), ("lớn nhất", .exclProgram), ("tháo gỡ", .exclProgram),
        ("vốn", .exclCapital), ("đầu tư", .exclCapital), ("fdi", .exclCapital), ("investment", .exclCapital),
        ("giá", .exclPrice), ("price", .exclPrice), ("giá dầu", .exclPrice), ("tỷ giá", .exclPrice), ("exchange rate", .exclPrice),
        ("mới", .exclNew),
        // — who speaks —
        ("cục thuế", .nonCustoms), ("thuế tỉnh", .nonCustoms), ("thuế thành phố", .nonCustoms), ("chi cục thuế", .nonCustoms),
        ("ngành thuế", .nonCustoms), ("kho bạc", .nonCustoms), ("kho bạc nhà nước", .nonCustoms), ("chi cục thống kê", .nonCustoms),
        ("ubnd", .nonCustoms), ("ủy ban nhân dân", .nonCustoms), ("uỷ ban nhân dân", .nonCustoms),
        ("hđnd", .nonCustoms), ("ban quản lý", .nonCustoms), ("thành ủy", .nonCustoms),
        ("tỉnh ủy", .nonCustoms), ("biên phòng", .nonCustoms), ("bộ đội biên phòng", .nonCustoms), ("công an", .nonCustoms),
        ("cảnh sát", .nonCustoms), ("quản lý thị trường", .nonCustoms), ("cổng thông tin điện tử", .nonCustoms),
        ("tổng cục thống kê", .nonCustoms), ("cục thống kê", .nonCustoms), ("management board", .nonCustoms),
        ("people ' s committee", .nonCustoms), ("committee", .nonCustoms), ("lực lượng chức năng", .nonCustoms),
        ("các lực lượng chức năng", .nonCustoms), ("border guard", .nonCustoms), ("police", .nonCustoms),
        ("bộ công thương", .nonCustoms), ("trạm kiểm soát biên phòng", .nonCustoms), ("chủ tịch", .nonCustoms),
        ("chairman", .nonCustoms), ("vice chairman", .nonCustoms),
        // Bodies of all forces, whose enforcement totals are not customs': "Ban Chỉ đạo 389 tỉnh đã phát hiện …".
        ("ban chỉ đạo", .nonCustoms), ("bcđ", .nonCustoms), ("steering committee", .nonCustoms), ("border guards", .nonCustoms),
        ("functional forces", .nonCustoms), ("border guard forces", .nonCustoms),
        // Prosecutors, courts, inspection teams of several bodies, forest rangers, quarantine, health, militia, the
        // police's investigators: their counts are not customs'.
        ("viện kiểm sát", .nonCustoms), ("tòa án", .nonCustoms), ("toà án", .nonCustoms), ("đoàn kiểm tra liên ngành", .nonCustoms),
        ("kiểm lâm", .nonCustoms), ("kiểm dịch", .nonCustoms), ("sở y tế", .nonCustoms), ("dân quân", .nonCustoms),
        ("cơ quan điều tra", .nonCustoms), ("cơ quan cảnh sát điều tra", .nonCustoms),
        ("tax department", .nonCustoms), ("taxation", .nonCustoms), ("tax sector", .nonCustoms), ("tax authorities", .nonCustoms),
        ("statistics office", .nonCustoms), ("department of finance", .nonCustoms), ("finance department", .nonCustoms),
        ("department of industry and trade", .nonCustoms),
        // The customs across the border, "phía bạn" ("Hải quan Trung Quốc" is a foreign office, see
        // `foreignCountryStart`).
        ("phía bạn", .nonCustoms),
        ("general statistics office", .nonCustoms), ("ministry of industry and trade", .nonCustoms),
        ("market surveillance", .nonCustoms), ("market management", .nonCustoms), ("phòng văn hóa", .nonCustoms),
        ("cho biết", .speech), ("said", .speech), ("quoted", .speech), ("according to", .speech), ("theo", .speech),
        ("thông tin từ", .speech), ("báo cáo", .speech), ("thông báo", .speech), ("reported", .speech),
        ("số liệu", .speech), ("thống kê", .speech), ("theo thống kê", .speech), ("was quoted", .speech),
        ("ảnh", .caption), ("photo", .caption), ("ảnh minh họa", .caption),
        // Headings of a news page's blocks after the article (related and most-read stories, comments):
        // what follows them is other reports' text. Only as a line of their own (see `dropPageChrome`).
        ("tin liên quan", .chrome), ("bài viết liên quan", .chrome), ("tin cùng chuyên mục", .chrome),
        ("tin khác", .chrome), ("các tin khác", .chrome), ("tin mới", .chrome), ("tin mới nhất", .chrome),
        ("tin đọc nhiều", .chrome), ("đọc nhiều", .chrome), ("đọc nhiều nhất", .chrome), ("xem thêm", .chrome), ("đọc thêm", .chrome),
        // (Not "nổi bật" alone: "Hà Nội bắt giữ" folds to the same words.)
        // Goods that single out some of the cases ("6 vụ vận chuyển ma túy", "45 vụ buôn lậu thuốc lá điếu"): a part.
        ("ma túy", .contraband), ("ma tuý", .contraband), ("chất ma túy", .contraband), ("thuốc lá", .contraband),
        ("thuốc lá điếu", .contraband), ("pháo", .contraband), ("pháo nổ", .contraband), ("ngà voi", .contraband),
        ("động vật hoang dã", .contraband), ("drugs", .contraband), ("drug", .contraband), ("cigarettes", .contraband),
        ("tin nổi bật", .chrome), ("bài nổi bật", .chrome), ("đừng bỏ lỡ", .chrome), ("bình luận", .chrome), ("có thể bạn quan tâm", .chrome),
        ("related news", .chrome), ("related articles", .chrome), ("related stories", .chrome), ("read more", .chrome),
        ("most read", .chrome), ("more news", .chrome), ("comments", .chrome), ("bài liên quan", .chrome), ("see also", .chrome),
        ("related", .chrome),
        ("làm thủ tục", .done), ("tham gia", .done), ("đăng ký", .done), ("thủ tục", .done),
    ]

    /// Entry lists by first word, and a fast index into them.
    static let lists: [[LexEntry]] = Array(table.values)
    static let index: HashIndex<Int32> = HashIndex(lists.enumerated().map { ($0.element[0].words[0], Int32($0.offset)) })
    /// The same lists flattened for the matcher; the payload is the cue.
    static let phrases = PhraseTable(lists.map { $0.map { ($0.words, Int32($0.cue.rawValue)) } })

    static let table: [UInt64: [LexEntry]] = {
        var d: [UInt64: [LexEntry]] = [:]
        for (phrase, cue) in entries {
            let words = foldWords(phrase)
            guard let first = words.first else { continue }
            d[first, default: []].append(LexEntry(words: words, cue: cue))
        }
        for k in d.keys { d[k]!.sort { $0.words.count > $1.words.count } }
        return d
    }()

    /// Folds a lexicon phrase into word hashes (punctuation words hash their byte).
    static func foldWords(_ phrase: String) -> [UInt64] {
        var ascii: [UInt8] = []
        for s in phrase.unicodeScalars {
            if Fold.isCombining(s.value) { continue }
            ascii.append(Fold.fold(s.value).0)
        }
        var out: [UInt64] = []
        var cur: [UInt8] = []
        func flush() {
            if !cur.isEmpty { out.append(wordHash(String(decoding: cur, as: UTF8.self))); cur.removeAll() }
        }
        for b in ascii {
            if b >= 0x61 && b <= 0x7a { cur.append(b) } else {
                flush()
                if b != 0x20 { out.append(UInt64(b)) }
            }
        }
        flush()
        return out
    }
}

/// A matched cue: tokens `a ..< b`.
struct CueSpan {
    var cue: Cue
    var a: Int32
    var b: Int32
}

enum CueMatcher {
    /// `Lexicon.phrases` behind a pointer, so that the hot path reads it without copying the struct.
    nonisolated(unsafe) private static let table: UnsafePointer<PhraseTable> = {
        let p = UnsafeMutablePointer<PhraseTable>.allocate(capacity: 1)
        p.initialize(to: Lexicon.phrases)
        return UnsafePointer(p)
    }()
    /// The cue of every raw value a payload may hold (no failable init per match).
    nonisolated(unsafe) private static let cues: UnsafePointer<Cue> = {
        let p = UnsafeMutablePointer<Cue>.allocate(capacity: 256)
        for r in 0..<256 { (p + r).initialize(to: Cue(rawValue: UInt8(r)) ?? .none) }
        return UnsafePointer(p)
    }()

    /// Greedy longest match over the token stream; returns spans and, per token, the span index or -1.
    static func match(_ toks: [Tok]) -> ([CueSpan], [Int32]) {
        var spans: [CueSpan] = [], of: [Int32] = []
        match(toks, spans: &spans, of: &of)
        return (spans, of)
    }

    /// Per cue group, what the matcher needs before scanning its entries: the first one-word
    /// entry (which always matches, so no entry after it is ever reached; -1: none) and a 64-bit
    /// filter of the second words of the entries before it (bit `keyBits6(second)`). A next token whose
    /// bit is clear matches none of them: the group's answer is then its one-word entry at once.
    private struct GroupFilter {
        var mask: UInt64
        var single: Int32
    }
    nonisolated(unsafe) private static let filters: UnsafePointer<GroupFilter> = {
        let t = table.pointee
        let groups = t.groupKeys.count
        let p = UnsafeMutablePointer<GroupFilter>.allocate(capacity: max(1, groups))
        for g in 0..<groups {
            var f = GroupFilter(mask: 0, single: -1)
            let g0 = Int(t.groupStart[g])
            for e in g0..<(g0 + Int(t.groupCount[g])) {
                if t.second[e] == 0 { f.single = Int32(e); break }
                f.mask |= 1 << keyBits6(t.second[e])
            }
            (p + g).initialize(to: f)
        }
        return UnsafePointer(p)
    }()

    /// The same in place of the contents of `spans` and `of` (their buffers reused).
    static func match(_ toks: [Tok], spans: inout [CueSpan], of: inout [Int32]) {
        of.refill(filled: -1, count: toks.count)
        let n = toks.count
        toks.withUnsafeBufferPointer { tp in
            of.withUnsafeMutableBufferPointer { op in
                // At most one span per token: written in place, with no `append` (and its capacity
                // test and count update) per span.
                spans.refill(capacity: n) { sp in
                    n == 0 ? 0 : match(tp.baseAddress!, n, spans: sp.baseAddress!, of: op.baseAddress!)
                }
            }
        }
    }

    /// The loop of `match`: spans into `out`, their indexes into `of`; returns the span count.
    private static func match(_ tp: UnsafePointer<Tok>, _ n: Int, spans out: UnsafeMutablePointer<CueSpan>,
                              of op: UnsafeMutablePointer<Int32>) -> Int {
        let filters = Self.filters
        let cues = Self.cues
        let table = Self.table
        let payload = table.pointee.payload, groupStart = table.pointee.groupStart
        var made = 0
        var i = 0
        while i < n {
            // The group was looked up once, by the tokenizer: -1 for all but the start words.
            let li = Int(tp[i].cueGroup)
            if li < 0 { i &+= 1; continue }
            // A hash below 256 would stand for a punctuation entry, which never matches a word.
            guard tp[i].kind == .word, tp[i].h >= 256 else { i &+= 1; continue }
            let f = filters[li]
            // An entry can match only if its second word is the next token's hash.
            let next: UInt64 = i &+ 1 < n ? tp[i &+ 1].h : 0
            var e = Int(f.single)
            var end = e < 0 ? -1 : i &+ 1
            if f.mask & (1 << keyBits6(next)) != 0,
               let m = longest(tp, n, at: i, entries: Int(groupStart[li]), f.single, group: li, next: next, table) {
                (e, end) = m
            }
            if end >= 0 {
                let cue = cues[Int(UInt8(truncatingIfNeeded: payload[e]))]
                if cue != .none {
                    let idx = Int32(truncatingIfNeeded: made)
                    (out + made).initialize(to: CueSpan(cue: cue, a: Int32(truncatingIfNeeded: i),
                                                        b: Int32(truncatingIfNeeded: end)))
                    made &+= 1
                    for k in i..<end { op[k] = idx }
                }
                i = end
            } else { i &+= 1 }
        }
        return made
    }

    /// The first entry of group `g` before its one-word entry that matches at `i` (the longest:
    /// entries are by decreasing length), and its end token; `nil` if none does.
    @inline(__always)
    private static func longest(_ tp: UnsafePointer<Tok>, _ n: Int, at i: Int, entries g0: Int, _ single: Int32,
                                group g: Int, next: UInt64, _ t: UnsafePointer<PhraseTable>) -> (Int, Int)? {
        // Fields read through the pointer: a copy of the table would retain its `groupKeys` array.
        let g1 = single >= 0 ? Int(single) : g0 &+ Int(t.pointee.groupCount[g])
        let second = t.pointee.second
        var e = g0
        while e < g1 {
            if second[e] == next, let end = matches(tp, n, at: i, entry: e, t) { return (e, end) }
            e &+= 1
        }
        return nil
    }

    /// The end token of entry `e` when it matches at `i`.
    @inline(__always) private static func matches(_ tp: UnsafePointer<Tok>, _ n: Int, at i: Int, entry e: Int,
                                                  _ t: UnsafePointer<PhraseTable>) -> Int? {
        let ws = Int(t.pointee.wordStart[e])
        let wc = Int(t.pointee.wordCount[e])
        let words = t.pointee.words
        guard i &+ wc <= n else { return nil }
        // Word 0 is the group's key, equal to the token's hash (a word): compare from word 1.
        var k = 1
        while k < wc {
            let w = words[ws &+ k]
            let tj = tp[i &+ k]
            if tj.h != w { return nil }
            if w < 256 {
                if tj.kind != .punct { return nil }
            } else if tj.kind != .word { return nil }
            k &+= 1
        }
        return i &+ wc
    }
}
