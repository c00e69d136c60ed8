/// Hashes of single folded words the scanners compare against directly (periods, offices,
/// sentence rules). Grouped by use; each is the folded spelling of the Vietnamese word.
enum W {
    static func h(_ s: String) -> UInt64 { wordHash(s) }
    // periods
    static let tu = h("tu"), tinh = h("tinh"), den = h("den"), toi = h("toi"), het = h("het"), ngay = h("ngay")
    static let thang = h("thang"), nam = h("nam"), quy = h("quy"), dau = h("dau"), tien = h("tien"), cua = h("cua")
    static let qua = h("qua"), luy = h("luy"), ke = h("ke"), nay = h("nay"), hien = h("hien"), cuoi = h("cuoi")
    static let nua = h("nua"), trong = h("trong"), so = h("so"), voi = h("voi"), cung = h("cung"), ky = h("ky"), ki = h("ki")
    static let truoc = h("truoc"), ngoai = h("ngoai"), ca = h("ca"), thoi = h("thoi"), diem = h("diem"), sau = h("sau")
    static let hh = h("h"), va = h("va"), vua = h("vua"), trung = h("trung"), tuan = h("tuan"), chi = h("chi")
    static let tinhTu = h("tu"), bat = h("bat"), nua2 = h("nua")
    // English periods
    static let from = h("from"), to = h("to"), until = h("until"), by = h("by"), as_ = h("as"), of = h("of")
    static let the = h("the"), end = h("end"), first = h("first"), months = h("months"), month = h("month")
    static let quarter = h("quarter"), half = h("half"), this = h("this"), year = h("year"), in_ = h("in")
    static let for_ = h("for"), between = h("between"), and = h("and"), since = h("since"), last = h("last")
    static let a = h("a"), period = h("period"), same = h("same"), so_ = h("so"), far = h("far"), date = h("date")
    static let days = h("days"), day = h("day"), jan = h("january")
    static let monthNames: [UInt64] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"].map(h)
    static let englishNumbers: [UInt64] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                           "ten", "eleven", "twelve"].map(h)
    static let ordinalQuarter: [UInt64] = ["first", "second", "third", "fourth"].map(h)
    // Vietnamese month words after "tháng" (capitalised in the press when ambiguous).
    static let viMonthWords: [(UInt64, Int, Bool)] = [
        (h("gieng"), 1, false), (h("mot"), 1, true), (h("hai"), 2, true), (h("ba"), 3, true), (h("tu"), 4, true),
        (h("nam"), 5, true), (h("sau"), 6, true), (h("bay"), 7, true), (h("tam"), 8, true), (h("chin"), 9, true),
        (h("muoi"), 10, true), (h("chap"), 12, false),
    ]
    static let romans: [UInt64] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
                                   "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"].map(h)
    // offices
    static let hai = h("hai"), quan = h("quan"), hq = h("hq"), cuc = h("cuc"), tong = h("tong"), truong = h("truong")
    static let khu = h("khu"), vuc = h("vuc"), nganh = h("nganh"), toan = h("toan"), tp = h("tp"), thanh = h("thanh")
    static let pho = h("pho"), customs = h("customs"), general = h("general"), department = h("department")
    static let vietnam = h("vietnam"), viet = h("viet"), sector = h("sector"), branch = h("branch"), region = h("region")
    static let giao = h("giao"), doi = h("doi"), bao = h("bao"), luc = h("luc"), luong = h("luong"), co = h("co")
    static let khau = h("khau"), cang = h("cang"), san = h("san"), ga = h("ga"), kcn = h("kcn"), ck = h("ck")
    static let ckqt = h("ckqt"), quoc = h("quoc"), te = h("te"), gia = h("gia"), do_ = h("do"), duoc = h("duoc")
    static let provincial = h("provincial"), border = h("border"), gate = h("gate"), gates = h("gates")
    static let international = h("international"), section = h("section"), sub = h("sub"), port = h("port")
    static let airport = h("airport"), unit = h("unit"), units = h("units"), province = h("province"), s = h("s")
    static let city = h("city"), at = h("at"), cho = h("cho"), tai = h("tai"), rieng = h("rieng"), cac = h("cac")
    static let dia = h("dia"), ban = h("ban"), kiem = h("kiem"), soat = h("soat"), phuong = h("phuong")
    static let tien2 = h("tien"), don = h("don"), vi = h("vi"), nuoc = h("nuoc"), to_ = h("to"), khai = h("khai")
    static let thu = h("thu"), tuc = h("tuc"), cong = h("cong"), chuc = h("chuc"), can = h("can"), bo = h("bo")
    static let anh = h("anh"), nguon = h("nguon"), photo = h("photo"), tap = h("tap"), lanh = h("lanh"), dao = h("dao")
    static let dai = h("dai"), dien = h("dien"), cuc2 = h("cuc"), chinh = h("chinh"), cac2 = h("cac")
    static let la = h("la"), dat = h("dat"), lan = h("lan"), times = h("times"), ve = h("ve"), gap = h("gap")
    static let percent = h("percent"), per = h("per"), cent = h("cent"), usd = h("usd"), vnd = h("vnd"), us = h("us")
    static let ty = h("ty"), trieu = h("trieu"), nghin = h("nghin"), ngan = h("ngan"), billion = h("billion")
    static let million = h("million"), trillion = h("trillion"), thousand = h("thousand")
    static let dong = h("dong"), moi = h("moi"), tren = h("tren"), hon = h("hon")
}

extension W {
    static let thong = wordHash("thong"), phoi = wordHash("phoi")
}

extension W {
    static let ngoai2 = wordHash("ngoai"), worth = wordHash("worth"), nhu = wordHash("nhu"), gio = wordHash("gio"), phut = wordHash("phut"), sang = wordHash("sang"), chieu = wordHash("chieu"), toi2 = wordHash("toi"), trua = wordHash("trua"), moi2 = wordHash("moi")
}
