/// The registry of Vietnamese customs offices that downstream users look names up in:
/// every province / centrally-run city (the 63 of before mid-2025 and the 34 after the
/// mid-2025 merger), the customs departments of before 3/2025 (some of which covered
/// several provinces), the regional branches "Chi cục Hải quan khu vực I–XX" of after
/// 3/2025, and well-known border gates, ports and airports with their province.
///
/// Ids follow `metrics.md` §1: `vn.<slug of the place name without "tỉnh"/"TP">`.
public struct ProvinceEntry: Sendable, Hashable {
    /// The slug: "lang-son", "ho-chi-minh", "ba-ria-vung-tau".
    public let slug: String
    /// The display name as Vietnamese writes it: "Lạng Sơn", "TP Hồ Chí Minh".
    public let name: String
    /// Other spellings the press uses (with or without diacritics, abbreviations).
    public let aliases: [String]
    /// One of the 63 provinces and cities of before the mid-2025 merger.
    public let before2025: Bool
    /// One of the 34 provinces and cities of after the mid-2025 merger.
    public let after2025: Bool
    /// A customs department (Cục Hải quan) of before 3/2025 was named after it.
    public let customsDepartment: Bool

    /// The office id: `vn.<slug>`.
    public var officeID: String { "vn." + slug }

    public init(slug: String, name: String, aliases: [String] = [], before2025: Bool, after2025: Bool,
                customsDepartment: Bool = false) {
        self.slug = slug
        self.name = name
        self.aliases = aliases
        self.before2025 = before2025
        self.after2025 = after2025
        self.customsDepartment = customsDepartment
    }
}

/// A regional customs branch of after 3/2025 ("Chi cục Hải quan khu vực VI").
public struct CustomsRegion: Sendable, Hashable {
    public let number: Int
    /// The provinces (slugs) it is known to cover; the first is its seat. May be incomplete.
    public let provinces: [String]
    public var officeID: String { "vn.kv\(number)" }
    public var name: String { "Chi cục Hải quan khu vực \(RomanNumeral.string(number))" }
}

/// A border gate, seaport or airport that a customs branch (before 3/2025) or unit (after) is named after.
public struct BorderPlace: Sendable, Hashable {
    /// The place name as written after "cửa khẩu", "cảng", "sân bay": "Móng Cái", "Vũng Áng".
    public let name: String
    /// The province (slug) the place lies in.
    public let province: String
}

public enum RomanNumeral {
    /// 1...39 as Roman numerals ("VI" for 6); other numbers in decimal.
    public static func string(_ n: Int) -> String {
        guard (1...39).contains(n) else { return String(n) }
        let tens = ["", "X", "XX", "XXX"][n / 10]
        let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10]
        return tens + ones
    }
}

public enum OfficeRegistry {
    /// Every province and city, before and after the mid-2025 merger, plus the names of
    /// multi-province customs departments of before 3/2025 (Hà Nam Ninh, Gia Lai - Kon Tum).
    public static let provinces: [ProvinceEntry] = [
        // The 11 units unchanged by the 2025 merger.
        .init(slug: "ha-noi", name: "Hà Nội", aliases: ["TP Hà Nội", "Thủ đô Hà Nội", "Hanoi"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "hue", name: "Huế", aliases: ["TP Huế", "Thành phố Huế"], before2025: false, after2025: true),
        .init(slug: "thua-thien-hue", name: "Thừa Thiên Huế", aliases: ["Thừa Thiên - Huế", "Thua Thien Hue"], before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "lai-chau", name: "Lai Châu", before2025: true, after2025: true),
        .init(slug: "dien-bien", name: "Điện Biên", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "son-la", name: "Sơn La", before2025: true, after2025: true),
        .init(slug: "lang-son", name: "Lạng Sơn", aliases: ["Lang Son"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "quang-ninh", name: "Quảng Ninh", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "thanh-hoa", name: "Thanh Hóa", aliases: ["Thanh Hoá"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "nghe-an", name: "Nghệ An", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "ha-tinh", name: "Hà Tĩnh", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "cao-bang", name: "Cao Bằng", before2025: true, after2025: true, customsDepartment: true),
        // The 23 merged units of mid-2025 (they keep the name of one of the merged provinces).
        .init(slug: "tuyen-quang", name: "Tuyên Quang", before2025: true, after2025: true),
        .init(slug: "lao-cai", name: "Lào Cai", aliases: ["Lao Cai"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "thai-nguyen", name: "Thái Nguyên", before2025: true, after2025: true),
        .init(slug: "phu-tho", name: "Phú Thọ", before2025: true, after2025: true),
        .init(slug: "bac-ninh", name: "Bắc Ninh", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "hung-yen", name: "Hưng Yên", before2025: true, after2025: true),
        .init(slug: "hai-phong", name: "Hải Phòng", aliases: ["TP Hải Phòng", "Hai Phong", "Haiphong"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "ninh-binh", name: "Ninh Bình", before2025: true, after2025: true),
        .init(slug: "quang-tri", name: "Quảng Trị", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "da-nang", name: "Đà Nẵng", aliases: ["TP Đà Nẵng", "Da Nang", "Danang"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "quang-ngai", name: "Quảng Ngãi", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "gia-lai", name: "Gia Lai", before2025: true, after2025: true),
        .init(slug: "khanh-hoa", name: "Khánh Hòa", aliases: ["Khánh Hoà"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "lam-dong", name: "Lâm Đồng", before2025: true, after2025: true),
        .init(slug: "dak-lak", name: "Đắk Lắk", aliases: ["Đắc Lắc", "Đăk Lăk", "Daklak", "Dak Lak"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "ho-chi-minh", name: "TP Hồ Chí Minh", aliases: ["Hồ Chí Minh", "TP.HCM", "TPHCM", "TP HCM", "HCM", "Thành phố Hồ Chí Minh", "Sài Gòn", "Ho Chi Minh City", "HCM City", "HCMC", "Saigon"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "dong-nai", name: "Đồng Nai", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "tay-ninh", name: "Tây Ninh", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "can-tho", name: "Cần Thơ", aliases: ["TP Cần Thơ"], before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "vinh-long", name: "Vĩnh Long", before2025: true, after2025: true),
        .init(slug: "dong-thap", name: "Đồng Tháp", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "ca-mau", name: "Cà Mau", before2025: true, after2025: true, customsDepartment: true),
        .init(slug: "an-giang", name: "An Giang", before2025: true, after2025: true, customsDepartment: true),
        // The other provinces of before mid-2025 (merged into one of the above).
        .init(slug: "ha-giang", name: "Hà Giang", before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "yen-bai", name: "Yên Bái", before2025: true, after2025: false),
        .init(slug: "bac-kan", name: "Bắc Kạn", aliases: ["Bắc Cạn"], before2025: true, after2025: false),
        .init(slug: "vinh-phuc", name: "Vĩnh Phúc", before2025: true, after2025: false),
        .init(slug: "hoa-binh", name: "Hòa Bình", aliases: ["Hoà Bình"], before2025: true, after2025: false),
        .init(slug: "bac-giang", name: "Bắc Giang", before2025: true, after2025: false),
        .init(slug: "thai-binh", name: "Thái Bình", before2025: true, after2025: false),
        .init(slug: "hai-duong", name: "Hải Dương", before2025: true, after2025: false),
        .init(slug: "ha-nam", name: "Hà Nam", before2025: true, after2025: false),
        .init(slug: "nam-dinh", name: "Nam Định", before2025: true, after2025: false),
        .init(slug: "quang-binh", name: "Quảng Bình", before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "quang-nam", name: "Quảng Nam", before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "kon-tum", name: "Kon Tum", before2025: true, after2025: false),
        .init(slug: "binh-dinh", name: "Bình Định", before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "phu-yen", name: "Phú Yên", before2025: true, after2025: false),
        .init(slug: "ninh-thuan", name: "Ninh Thuận", before2025: true, after2025: false),
        .init(slug: "dak-nong", name: "Đắk Nông", aliases: ["Đắc Nông", "Dak Nong"], before2025: true, after2025: false),
        .init(slug: "binh-thuan", name: "Bình Thuận", before2025: true, after2025: false),
        .init(slug: "binh-duong", name: "Bình Dương", before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "ba-ria-vung-tau", name: "Bà Rịa - Vũng Tàu", aliases: ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT"], before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "binh-phuoc", name: "Bình Phước", before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "long-an", name: "Long An", before2025: true, after2025: false, customsDepartment: true),
        .init(slug: "tien-giang", name: "Tiền Giang", before2025: true, after2025: false),
        .init(slug: "ben-tre", name: "Bến Tre", before2025: true, after2025: false),
        .init(slug: "tra-vinh", name: "Trà Vinh", before2025: true, after2025: false),
        .init(slug: "soc-trang", name: "Sóc Trăng", before2025: true, after2025: false),
        .init(slug: "hau-giang", name: "Hậu Giang", before2025: true, after2025: false),
        .init(slug: "bac-lieu", name: "Bạc Liêu", before2025: true, after2025: false),
        .init(slug: "kien-giang", name: "Kiên Giang", before2025: true, after2025: false, customsDepartment: true),
        // Customs departments of before 3/2025 named after several provinces.
        .init(slug: "ha-nam-ninh", name: "Hà Nam Ninh", before2025: false, after2025: false, customsDepartment: true),
        .init(slug: "gia-lai-kon-tum", name: "Gia Lai - Kon Tum", aliases: ["Gia Lai Kon Tum"], before2025: false, after2025: false, customsDepartment: true),
    ]

    /// The regional branches of after 3/2025 whose area is known here (partial: the
    /// extractor only needs it when a unit is named without its region).
    public static let regions: [CustomsRegion] = [
        .init(number: 1, provinces: ["ha-noi"]),
        .init(number: 2, provinces: ["ho-chi-minh"]),
        .init(number: 3, provinces: ["hai-phong"]),
        .init(number: 6, provinces: ["lang-son"]),
        .init(number: 7, provinces: ["lao-cai"]),
        .init(number: 8, provinces: ["quang-ninh"]),
        .init(number: 9, provinces: ["quang-tri", "quang-binh", "hue", "thua-thien-hue"]),
        .init(number: 10, provinces: ["thanh-hoa", "son-la"]),
        .init(number: 11, provinces: ["nghe-an", "ha-tinh"]),
        .init(number: 18, provinces: ["dong-nai", "binh-phuoc"]),
    ]

    /// Border gates, seaports and airports with their province (before mid-2025 names).
    public static let borderPlaces: [BorderPlace] = [
        .init(name: "Hữu Nghị", province: "lang-son"), .init(name: "Tân Thanh", province: "lang-son"),
        .init(name: "Chi Ma", province: "lang-son"), .init(name: "Đồng Đăng", province: "lang-son"),
        .init(name: "Cốc Nam", province: "lang-son"),
        .init(name: "Móng Cái", province: "quang-ninh"), .init(name: "Bắc Luân", province: "quang-ninh"),
        .init(name: "Hòn Gai", province: "quang-ninh"), .init(name: "Cái Lân", province: "quang-ninh"),
        .init(name: "Bắc Phong Sinh", province: "quang-ninh"), .init(name: "Hoành Mô", province: "quang-ninh"),
        .init(name: "Cẩm Phả", province: "quang-ninh"), .init(name: "Vạn Gia", province: "quang-ninh"),
        .init(name: "Lào Cai", province: "lao-cai"), .init(name: "Kim Thành", province: "lao-cai"),
        .init(name: "Thanh Thủy", province: "ha-giang"),
        .init(name: "Trà Lĩnh", province: "cao-bang"), .init(name: "Tà Lùng", province: "cao-bang"),
        .init(name: "Nội Bài", province: "ha-noi"), .init(name: "Tân Sơn Nhất", province: "ho-chi-minh"),
        .init(name: "Cát Lái", province: "ho-chi-minh"), .init(name: "Hiệp Phước", province: "ho-chi-minh"),
        .init(name: "Sài Gòn", province: "ho-chi-minh"),
        .init(name: "Hải Phòng", province: "hai-phong"), .init(name: "Đình Vũ", province: "hai-phong"),
        .init(name: "Vũng Áng", province: "ha-tinh"), .init(name: "Cầu Treo", province: "ha-tinh"),
        .init(name: "Xuân Hải", province: "ha-tinh"), .init(name: "Sơn Dương", province: "ha-tinh"),
        .init(name: "Nậm Cắn", province: "nghe-an"), .init(name: "Cửa Lò", province: "nghe-an"),
        .init(name: "Lao Bảo", province: "quang-tri"), .init(name: "La Lay", province: "quang-tri"),
        .init(name: "Cha Lo", province: "quang-binh"), .init(name: "Hòn La", province: "quang-binh"),
        .init(name: "Thủy An", province: "thua-thien-hue"), .init(name: "Chân Mây", province: "thua-thien-hue"),
        .init(name: "Mộc Bài", province: "tay-ninh"), .init(name: "Xa Mát", province: "tay-ninh"),
        .init(name: "Bình Hiệp", province: "long-an"), .init(name: "Mỹ Quý Tây", province: "long-an"),
        .init(name: "Tịnh Biên", province: "an-giang"), .init(name: "Vĩnh Xương", province: "an-giang"),
        .init(name: "Hoa Lư", province: "binh-phuoc"), .init(name: "Hà Tiên", province: "kien-giang"),
        .init(name: "Cái Mép", province: "ba-ria-vung-tau"), .init(name: "Vũng Tàu", province: "ba-ria-vung-tau"),
        .init(name: "Dung Quất", province: "quang-ngai"), .init(name: "Bờ Y", province: "kon-tum"),
        .init(name: "Lệ Thanh", province: "gia-lai"), .init(name: "Quy Nhơn", province: "binh-dinh"),
        .init(name: "Cam Ranh", province: "khanh-hoa"), .init(name: "Nha Trang", province: "khanh-hoa"),
        .init(name: "Tây Trang", province: "dien-bien"), .init(name: "Na Mèo", province: "thanh-hoa"),
        .init(name: "Nghi Sơn", province: "thanh-hoa"), .init(name: "Sóng Thần", province: "binh-duong"),
        .init(name: "VSIP", province: "binh-duong"), .init(name: "Mỹ Phước", province: "binh-duong"),
        .init(name: "Long Thành", province: "dong-nai"), .init(name: "Biên Hòa", province: "dong-nai"),
        .init(name: "Đà Nẵng", province: "da-nang"), .init(name: "Tiên Sa", province: "da-nang"),
    ]

    /// The province of a slug.
    public static func province(slug: String) -> ProvinceEntry? { bySlug[slug] }

    private static let bySlug: [String: ProvinceEntry] = {
        var d: [String: ProvinceEntry] = [:]
        for p in provinces { d[p.slug] = p }
        return d
    }()

    /// The region a province belongs to after 3/2025, when known.
    public static func region(ofProvince slug: String) -> CustomsRegion? {
        regions.first { $0.provinces.contains(slug) }
    }

    /// An office for an id, with a display name: `vn`, `vn.<province>`, `vn.kv<N>`;
    /// branches and units get their slug as name.
    public static func office(id: String) -> Office? {
        guard let level = Office.level(of: id) else { return nil }
        let parts = id.split(separator: ".").map(String.init)
        switch level {
        case .national: return .national
        case .department:
            guard let p = bySlug[parts[1]] else { return nil }
            return Office(id: id, name: "Cục Hải quan " + p.name, level: .department)
        case .region:
            guard let n = Int(parts[1].dropFirst(2)) else { return nil }
            return Office(id: id, name: "Chi cục Hải quan khu vực " + RomanNumeral.string(n), level: .region)
        case .branch:
            return Office(id: id, name: "Chi cục Hải quan " + parts[2], level: .branch)
        case .regionUnit:
            return Office(id: id, name: "Hải quan " + parts[2], level: .regionUnit)
        }
    }
}
