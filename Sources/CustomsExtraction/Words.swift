/// Hashes of single folded words the scanners compare against directly (periods, offices,
/// sentence rules). Grouped by use; each is the folded spelling of the Vietnamese word.
enum W {
    static func h(_ s: String) -> UInt64 { wordHash(s) }
    // periods
    static let tu: UInt64 = 0x4000000000007574 /* tu */, tinh: UInt64 = 0x40000000686e6974 /* tinh */, den: UInt64 = 0x40000000006e6564 /* den */, toi: UInt64 = 0x4000000000696f74 /* toi */, het: UInt64 = 0x4000000000746568 /* het */, ngay: UInt64 = 0x400000007961676e /* ngay */
    static let thang: UInt64 = 0x400000676e616874 /* thang */, nam: UInt64 = 0x40000000006d616e /* nam */, quy: UInt64 = 0x4000000000797571 /* quy */, q: UInt64 = 0x4000000000000071 /* q */, dau: UInt64 = 0x4000000000756164 /* dau */, tien: UInt64 = 0x400000006e656974 /* tien */, cua: UInt64 = 0x4000000000617563 /* cua */
    static let nhieu: UInt64 = 0x400000756569686e /* nhieu */, nhung: UInt64 = 0x400000676e75686e /* nhung */, may: UInt64 = 0x400000000079616d /* may */, vai: UInt64 = 0x4000000000696176 /* vai */
    static let qua: UInt64 = 0x4000000000617571 /* qua */, luy: UInt64 = 0x400000000079756c /* luy */, ke: UInt64 = 0x400000000000656b /* ke */, nay: UInt64 = 0x400000000079616e /* nay */, hien: UInt64 = 0x400000006e656968 /* hien */, cuoi: UInt64 = 0x40000000696f7563 /* cuoi */
    static let nua: UInt64 = 0x400000000061756e /* nua */, trong: UInt64 = 0x400000676e6f7274 /* trong */, so: UInt64 = 0x4000000000006f73 /* so */, voi: UInt64 = 0x4000000000696f76 /* voi */, cung: UInt64 = 0x40000000676e7563 /* cung */, ky: UInt64 = 0x400000000000796b /* ky */
    static let truoc: UInt64 = 0x400000636f757274 /* truoc */, ngoai: UInt64 = 0x40000069616f676e /* ngoai */, ca: UInt64 = 0x4000000000006163 /* ca */, thoi: UInt64 = 0x40000000696f6874 /* thoi */, diem: UInt64 = 0x400000006d656964 /* diem */, sau: UInt64 = 0x4000000000756173 /* sau */
    static let hh: UInt64 = 0x4000000000000068 /* h */, va: UInt64 = 0x4000000000006176 /* va */, vua: UInt64 = 0x4000000000617576 /* vua */, trung: UInt64 = 0x400000676e757274 /* trung */, tuan: UInt64 = 0x400000006e617574 /* tuan */, chi: UInt64 = 0x4000000000696863 /* chi */
    static let tinhTu: UInt64 = 0x4000000000007574 /* tu */, bat: UInt64 = 0x4000000000746162 /* bat */, nua2: UInt64 = 0x400000000061756e /* nua */
    // English periods
    static let from: UInt64 = 0x400000006d6f7266 /* from */, to: UInt64 = 0x4000000000006f74 /* to */, until: UInt64 = 0x4000006c69746e75 /* until */, by: UInt64 = 0x4000000000007962 /* by */, as_: UInt64 = 0x4000000000007361 /* as */, of: UInt64 = 0x400000000000666f /* of */
    static let the: UInt64 = 0x4000000000656874 /* the */, end: UInt64 = 0x4000000000646e65 /* end */, first: UInt64 = 0x4000007473726966 /* first */, months: UInt64 = 0x40007368746e6f6d /* months */, month: UInt64 = 0x40000068746e6f6d /* month */
    static let quarter: UInt64 = 0x4072657472617571 /* quarter */, half: UInt64 = 0x40000000666c6168 /* half */, this: UInt64 = 0x4000000073696874 /* this */, year: UInt64 = 0x4000000072616579 /* year */, in_: UInt64 = 0x4000000000006e69 /* in */
    static let for_: UInt64 = 0x4000000000726f66 /* for */, between: UInt64 = 0x406e656577746562 /* between */, and: UInt64 = 0x4000000000646e61 /* and */, since: UInt64 = 0x40000065636e6973 /* since */, last: UInt64 = 0x400000007473616c /* last */
    static let a: UInt64 = 0x4000000000000061 /* a */, period: UInt64 = 0x4000646f69726570 /* period */, same: UInt64 = 0x40000000656d6173 /* same */, so_: UInt64 = 0x4000000000006f73 /* so */, far: UInt64 = 0x4000000000726166 /* far */, date: UInt64 = 0x4000000065746164 /* date */
    static let days: UInt64 = 0x4000000073796164 /* days */, day: UInt64 = 0x4000000000796164 /* day */, jan: UInt64 = 0x40797261756e616a /* january */
    static let monthNames: [UInt64] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"].map(h)
    static let monthAbbreviations: [UInt64] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map(h)
    private static let abbreviationMonths = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11]
    /// The index (0-11) of an English month name or its abbreviation ("Jan", "Sept").
    static func englishMonth(_ w: UInt64) -> Int? {
        if let m = monthNames.firstIndex(of: w) { return m }
        if let k = monthAbbreviations.firstIndex(of: w) { return abbreviationMonths[k] }
        return w == sept ? 8 : nil
    }
    static let sept: UInt64 = 0x4000000074706573 /* sept */, beginning: UInt64 = 0xf4c029529a8814f8 /* beginning */, start: UInt64 = 0x4000007472617473 /* start */
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
    static let hai: UInt64 = 0x4000000000696168 /* hai */, quan: UInt64 = 0x400000006e617571 /* quan */, hq: UInt64 = 0x4000000000007168 /* hq */, cuc: UInt64 = 0x4000000000637563 /* cuc */, tong: UInt64 = 0x40000000676e6f74 /* tong */, truong: UInt64 = 0x4000676e6f757274 /* truong */
    static let departures: UInt64 = 0xc0f59f5169ef1ed4 /* departures */, arrivals: UInt64 = 0x736c617669727261 /* arrivals */, tuong: UInt64 = 0x400000676e6f7574 /* tuong */, ung: UInt64 = 0x4000000000676e75 /* ung */, tri: UInt64 = 0x4000000000697274 /* tri */, cu: UInt64 = 0x4000000000007563 /* cu */, agency: UInt64 = 0x400079636e656761 /* agency */, kv: UInt64 = 0x400000000000766b /* kv */, hqkv: UInt64 = 0x40000000766b7168 /* hqkv */, thuoc: UInt64 = 0x400000636f756874 /* thuoc */, truc: UInt64 = 0x4000000063757274 /* truc */
    static let luot: UInt64 = 0x40000000746f756c /* luot */, respectively: UInt64 = 0xcfe244c482f3e75a /* respectively */
    static let xuat: UInt64 = 0x4000000074617578 /* xuat */, nhap: UInt64 = 0x400000007061686e /* nhap */, canh: UInt64 = 0x40000000686e6163 /* canh */
    static let export_: UInt64 = 0x400074726f707865 /* export */, exports: UInt64 = 0x407374726f707865 /* exports */
    static let import_: UInt64 = 0x400074726f706d69 /* import */, imports: UInt64 = 0x407374726f706d69 /* imports */
    static let khu: UInt64 = 0x400000000075686b /* khu */, vuc: UInt64 = 0x4000000000637576 /* vuc */, nganh: UInt64 = 0x400000686e61676e /* nganh */, toan: UInt64 = 0x400000006e616f74 /* toan */, tp: UInt64 = 0x4000000000007074 /* tp */, thanh: UInt64 = 0x400000686e616874 /* thanh */
    static let pho: UInt64 = 0x40000000006f6870 /* pho */, customs: UInt64 = 0x40736d6f74737563 /* customs */, general: UInt64 = 0x406c6172656e6567 /* general */, department: UInt64 = 0x9fe2b90fc81732c7 /* department */
    static let vietnam: UInt64 = 0x406d616e74656976 /* vietnam */, viet: UInt64 = 0x4000000074656976 /* viet */, sector: UInt64 = 0x4000726f74636573 /* sector */, branch: UInt64 = 0x400068636e617262 /* branch */, region: UInt64 = 0x40006e6f69676572 /* region */
    static let giao: UInt64 = 0x400000006f616967 /* giao */, chuyen: UInt64 = 0x40006e6579756863 /* chuyen */, handed: UInt64 = 0x40006465646e6168 /* handed */, transferred: UInt64 = 0x92cb628ac6c248ad /* transferred */, doi: UInt64 = 0x4000000000696f64 /* doi */, bao: UInt64 = 0x40000000006f6162 /* bao */, luc: UInt64 = 0x400000000063756c /* luc */, luong: UInt64 = 0x400000676e6f756c /* luong */, co: UInt64 = 0x4000000000006f63 /* co */
    static let khau: UInt64 = 0x400000007561686b /* khau */, cang: UInt64 = 0x40000000676e6163 /* cang */, san: UInt64 = 0x40000000006e6173 /* san */, ga: UInt64 = 0x4000000000006167 /* ga */, kcn: UInt64 = 0x40000000006e636b /* kcn */, ck: UInt64 = 0x4000000000006b63 /* ck */
    static let ckqt: UInt64 = 0x4000000074716b63 /* ckqt */, quoc: UInt64 = 0x40000000636f7571 /* quoc */, te: UInt64 = 0x4000000000006574 /* te */, gia: UInt64 = 0x4000000000616967 /* gia */, do_: UInt64 = 0x4000000000006f64 /* do */, duoc: UInt64 = 0x40000000636f7564 /* duoc */
    static let provincial: UInt64 = 0x91674d416694ac34 /* provincial */, border: UInt64 = 0x4000726564726f62 /* border */, gate: UInt64 = 0x4000000065746167 /* gate */, gates: UInt64 = 0x4000007365746167 /* gates */
    static let international: UInt64 = 0xdff36840426ea063 /* international */, section: UInt64 = 0x406e6f6974636573 /* section */, sub: UInt64 = 0x4000000000627573 /* sub */, port: UInt64 = 0x4000000074726f70 /* port */
    static let branches: UInt64 = 0x736568636e617262 /* branches */
    static let higher: UInt64 = 0x4000726568676968 /* higher */, more: UInt64 = 0x4000000065726f6d /* more */, lower: UInt64 = 0x4000007265776f6c /* lower */, less: UInt64 = 0x400000007373656c /* less */, than: UInt64 = 0x400000006e616874 /* than */
    static let departments: UInt64 = 0xc57329d0ff6b27dc /* departments */
    // English multiples ("double the same period", "tripled", "up 2.5-fold")
    static let double: UInt64 = 0x4000656c62756f64 /* double */, doubled: UInt64 = 0x4064656c62756f64 /* doubled */, twice: UInt64 = 0x4000006563697774 /* twice */, triple: UInt64 = 0x4000656c70697274 /* triple */, tripled: UInt64 = 0x4064656c70697274 /* tripled */
    static let threefold: UInt64 = 0xd97095e837a92cd0 /* threefold */, fold: UInt64 = 0x40000000646c6f66 /* fold */, quadrupled: UInt64 = 0xe926aa1bed8e9d4e /* quadrupled */, two: UInt64 = 0x40000000006f7774 /* two */, three: UInt64 = 0x4000006565726874 /* three */, four: UInt64 = 0x4000000072756f66 /* four */
    // English verbs of a level ("declarations reached / hit / totalled 12,000")
    static let hit: UInt64 = 0x4000000000746968 /* hit */, totalled: UInt64 = 0x64656c6c61746f74 /* totalled */, totaled: UInt64 = 0x4064656c61746f74 /* totaled */, totalling: UInt64 = 0x954e8e2b0095aa55 /* totalling */, totaling: UInt64 = 0x676e696c61746f74 /* totaling */
    static let stood: UInt64 = 0x400000646f6f7473 /* stood */, amounted: UInt64 = 0x6465746e756f6d61 /* amounted */, was: UInt64 = 0x4000000000736177 /* was */, were: UInt64 = 0x4000000065726577 /* were */
    static let that: UInt64 = 0x4000000074616874 /* that */, those: UInt64 = 0x40000065736f6874 /* those */, compared: UInt64 = 0x64657261706d6f63 /* compared */, over: UInt64 = 0x400000007265766f /* over */, against: UInt64 = 0x4074736e69616761 /* against */
    static let airport: UInt64 = 0x4074726f70726961 /* airport */, unit: UInt64 = 0x4000000074696e75 /* unit */, units: UInt64 = 0x4000007374696e75 /* units */, province: UInt64 = 0x65636e69766f7270 /* province */, s: UInt64 = 0x4000000000000073 /* s */
    static let city: UInt64 = 0x4000000079746963 /* city */, at: UInt64 = 0x4000000000007461 /* at */, cho: UInt64 = 0x40000000006f6863 /* cho */, tai: UInt64 = 0x4000000000696174 /* tai */, rieng: UInt64 = 0x400000676e656972 /* rieng */, cac: UInt64 = 0x4000000000636163 /* cac */
    static let dia: UInt64 = 0x4000000000616964 /* dia */, ban: UInt64 = 0x40000000006e6162 /* ban */, kiem: UInt64 = 0x400000006d65696b /* kiem */, soat: UInt64 = 0x4000000074616f73 /* soat */, phuong: UInt64 = 0x4000676e6f756870 /* phuong */
    static let tien2: UInt64 = 0x400000006e656974 /* tien */, don: UInt64 = 0x40000000006e6f64 /* don */, vi: UInt64 = 0x4000000000006976 /* vi */, pham: UInt64 = 0x400000006d616870 /* pham */, xuong: UInt64 = 0x400000676e6f7578 /* xuong */, tro: UInt64 = 0x40000000006f7274 /* tro */, dn: UInt64 = 0x4000000000006e64 /* dn */, uoc: UInt64 = 0x4000000000636f75 /* uoc */, nuoc: UInt64 = 0x40000000636f756e /* nuoc */, to_: UInt64 = 0x4000000000006f74 /* to */, khai: UInt64 = 0x400000006961686b /* khai */
    static let thu: UInt64 = 0x4000000000756874 /* thu */, tuc: UInt64 = 0x4000000000637574 /* tuc */, cong: UInt64 = 0x40000000676e6f63 /* cong */, chuc: UInt64 = 0x4000000063756863 /* chuc */, can: UInt64 = 0x40000000006e6163 /* can */, bo: UInt64 = 0x4000000000006f62 /* bo */
    static let anh: UInt64 = 0x4000000000686e61 /* anh */, nguon: UInt64 = 0x4000006e6f75676e /* nguon */, photo: UInt64 = 0x4000006f746f6870 /* photo */, tap: UInt64 = 0x4000000000706174 /* tap */, lanh: UInt64 = 0x40000000686e616c /* lanh */, dao: UInt64 = 0x40000000006f6164 /* dao */
    static let dai: UInt64 = 0x4000000000696164 /* dai */, dien: UInt64 = 0x400000006e656964 /* dien */, cuc2: UInt64 = 0x4000000000637563 /* cuc */, chinh: UInt64 = 0x400000686e696863 /* chinh */, cac2: UInt64 = 0x4000000000636163 /* cac */
    static let la: UInt64 = 0x400000000000616c /* la */, dat: UInt64 = 0x4000000000746164 /* dat */, lan: UInt64 = 0x40000000006e616c /* lan */, times: UInt64 = 0x40000073656d6974 /* times */, ve: UInt64 = 0x4000000000006576 /* ve */, gap: UInt64 = 0x4000000000706167 /* gap */
    static let percent: UInt64 = 0x40746e6563726570 /* percent */, per: UInt64 = 0x4000000000726570 /* per */, cent: UInt64 = 0x40000000746e6563 /* cent */, usd: UInt64 = 0x4000000000647375 /* usd */, vnd: UInt64 = 0x4000000000646e76 /* vnd */, us: UInt64 = 0x4000000000007375 /* us */
    static let ty: UInt64 = 0x4000000000007974 /* ty */, giua: UInt64 = 0x4000000061756967 /* giua */, on: UInt64 = 0x4000000000006e6f /* on */, final: UInt64 = 0x4000006c616e6966 /* final */, during: UInt64 = 0x4000676e69727564 /* during */, numbered: UInt64 = 0x64657265626d756e /* numbered */, agencies: UInt64 = 0x736569636e656761 /* agencies */, under: UInt64 = 0x4000007265646e75 /* under */, trieu: UInt64 = 0x4000007565697274 /* trieu */, nghin: UInt64 = 0x4000006e6968676e /* nghin */, ngan: UInt64 = 0x400000006e61676e /* ngan */, billion: UInt64 = 0x406e6f696c6c6962 /* billion */
    static let million: UInt64 = 0x406e6f696c6c696d /* million */, trillion: UInt64 = 0x6e6f696c6c697274 /* trillion */, thousand: UInt64 = 0x646e6173756f6874 /* thousand */
    static let dong: UInt64 = 0x40000000676e6f64 /* dong */, moi: UInt64 = 0x4000000000696f6d /* moi */, tren: UInt64 = 0x400000006e657274 /* tren */, hon: UInt64 = 0x40000000006e6f68 /* hon */
}

extension W {
    static let thong: UInt64 = 0x400000676e6f6874 /* thong */, phoi: UInt64 = 0x40000000696f6870 /* phoi */
}

extension W {
    static let ngoai2: UInt64 = 0x40000069616f676e /* ngoai */, worth: UInt64 = 0x4000006874726f77 /* worth */, nhu: UInt64 = 0x400000000075686e /* nhu */, gio: UInt64 = 0x40000000006f6967 /* gio */, phut: UInt64 = 0x4000000074756870 /* phut */, sang: UInt64 = 0x40000000676e6173 /* sang */, chieu: UInt64 = 0x4000007565696863 /* chieu */, toi2: UInt64 = 0x4000000000696f74 /* toi */, trua: UInt64 = 0x4000000061757274 /* trua */, moi2: UInt64 = 0x4000000000696f6d /* moi */
}

extension W {
    static let custom: UInt64 = 0x40006d6f74737563 /* custom */
    static let cau: UInt64 = 0x4000000000756163 /* cau */
    static let mot: UInt64 = 0x4000000000746f6d /* mot */
    // counts written out: "sáu tháng đầu năm"
    static let ba: UInt64 = 0x4000000000006162 /* ba */, bon: UInt64 = 0x40000000006e6f62 /* bon */, bay: UInt64 = 0x4000000000796162 /* bay */
    static let tam: UInt64 = 0x40000000006d6174 /* tam */, chin: UInt64 = 0x400000006e696863 /* chin */, muoi: UInt64 = 0x40000000696f756d /* muoi */
    static let khi: UInt64 = 0x400000000069686b /* khi */, nhe: UInt64 = 0x400000000065686e /* nhe */, manh: UInt64 = 0x40000000686e616d /* manh */, ruoi: UInt64 = 0x40000000696f7572 /* ruoi */
    /// One to ten written out, in order ("năm" and "sáu" fold to the words for "year" and "after").
    static let countWords: [UInt64] = [mot, hai, ba, bon, nam, sau, bay, tam, chin, muoi]
    /// The number `h` writes out, if one of `countWords` (a switch: the period scanner asks for
    /// every word that may start a period).
    @inline(__always) static func count(_ h: UInt64) -> Int? {
        switch h {
        case mot: 1
        case hai: 2
        case ba: 3
        case bon: 4
        case nam: 5
        case sau: 6
        case bay: 7
        case tam: 8
        case chin: 9
        case muoi: 10
        default: nil
        }
    }
}

extension W {
    // The lunar new year: "năm mới Canh Dần", "Tết Nguyên đán Giáp Thìn", "xuân Quý Mão".
    static let tet: UInt64 = 0x4000000000746574 /* tet */, xuan: UInt64 = 0x400000006e617578 /* xuan */, nguyen: UInt64 = 0x40006e657975676e /* nguyen */, dan: UInt64 = 0x40000000006e6164 /* dan */, dip: UInt64 = 0x4000000000706964 /* dip */, le: UInt64 = 0x400000000000656c /* le */
    static let cao: UInt64 = 0x40000000006f6163 /* cao */, gui: UInt64 = 0x4000000000697567 /* gui */, trinh: UInt64 = 0x400000686e697274 /* trinh */, muu: UInt64 = 0x400000000075756d /* muu */, nghi: UInt64 = 0x400000006968676e /* nghi */, de: UInt64 = 0x4000000000006564 /* de */, kien: UInt64 = 0x400000006e65696b /* kien */, nghiep: UInt64 = 0x400070656968676e /* nghiep */, doanh: UInt64 = 0x400000686e616f64 /* doanh */, doan: UInt64 = 0x400000006e616f64 /* doan */, nhat: UInt64 = 0x400000007461686e /* nhat */, lon: UInt64 = 0x40000000006e6f6c /* lon */
    /// The ten heavenly stems and twelve earthly branches, folded ("Tý" and "Tỵ" both fold to
    /// "ty": the stem's parity tells them apart, see `LunarNewYear.year(stem:branch:near:)`).
    static let heavenlyStems: [UInt64] = ["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"].map(h)
    static let earthlyBranches: [UInt64] = ["ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi"].map(h)
    static let meo: UInt64 = 0x40000000006f656d /* meo */
}

extension W {
    static let whole: UInt64 = 0x400000656c6f6877 /* whole */, full: UInt64 = 0x400000006c6c7566 /* full */, nop: UInt64 = 0x4000000000706f6e /* nop */, mung: UInt64 = 0x40000000676e756d /* mung */, mong: UInt64 = 0x40000000676e6f6d /* mong */, i: UInt64 = 0x4000000000000069 /* i */, ii: UInt64 = 0x4000000000006969 /* ii */, its: UInt64 = 0x4000000000737469 /* its */, their: UInt64 = 0x4000007269656874 /* their */, via: UInt64 = 0x4000000000616976 /* via */, mid: UInt64 = 0x400000000064696d /* mid */, second: UInt64 = 0x4000646e6f636573 /* second */, latter: UInt64 = 0x400072657474616c /* latter */,
        ket: UInt64 = 0x400000000074656b /* ket */, figure: UInt64 = 0x4000657275676966 /* figure */, number: UInt64 = 0x40007265626d756e /* number */,
        office: UInt64 = 0x400065636966666f /* office */, force: UInt64 = 0x4000006563726f66 /* force */,
        forces: UInt64 = 0x4000736563726f66 /* forces */, authority: UInt64 = 0xfe31b4f82ccd3146 /* authority */,
        authorities: UInt64 = 0x92197813cf7bee8e /* authorities */, quarters: UInt64 = 0x7372657472617571 /* quarters */
    // English objects and sums of fines ("fined violators VND 350 billion", "fines amounting to …")
    static let violators: UInt64 = 0xeca465109b842508 /* violators */, offenders: UInt64 = 0xe5990a2a814e5c2d /* offenders */, amounting: UInt64 = 0xbd94aebc72ec2097 /* amounting */
    static let corresponding: UInt64 = 0xd5a723bb6e73f564 /* corresponding */, time: UInt64 = 0x40000000656d6974 /* time */
    // English partners of a customs figure ("in coordination with the Border Guard")
    static let with: UInt64 = 0x4000000068746977 /* with */, coordination: UInt64 = 0x8f99f8980e1aa85a /* coordination */, cooperation: UInt64 = 0xb3bda393ea9df0d4 /* cooperation */, collaboration: UInt64 = 0xaffff2706e83a256 /* collaboration */
    static let state: UInt64 = 0x4000006574617473 /* state */, budget: UInt64 = 0x4000746567647562 /* budget */, revenue: UInt64 = 0x4065756e65766572 /* revenue */, collection: UInt64 = 0x8011b8935e9f4f51 /* collection */
    static let thuc: UInt64 = 0x4000000063756874 /* thuc */
    static let tieu: UInt64 = 0x4000000075656974 /* tieu */
    // English national wordings ("customs agencies nationwide / across the country", "the GDVC")
    static let nationwide: UInt64 = 0x8064cd4f3a4132ad /* nationwide */, across: UInt64 = 0x400073736f726361 /* across */, country: UInt64 = 0x407972746e756f63 /* country */, gdvc: UInt64 = 0x4000000063766467 /* gdvc */
    static let offices: UInt64 = 0x407365636966666f /* offices */
    static let hqck: UInt64 = 0x400000006b637168 /* hqck */
    static let dung: UInt64 = 0x40000000676e7564 /* dung */
    static let bi: UInt64 = 0x4000000000006962 /* bi */, xu: UInt64 = 0x4000000000007578 /* xu */, phat: UInt64 = 0x4000000074616870 /* phat */
    static let vot: UInt64 = 0x4000000000746f76 /* vot */, dot: UInt64 = 0x4000000000746f64 /* dot */, bien: UInt64 = 0x400000006e656962 /* bien */
    static let xep: UInt64 = 0x4000000000706578 /* xep */
    static let ly: UInt64 = 0x400000000000796c /* ly */, phu: UInt64 = 0x4000000000756870 /* phu */, trach: UInt64 = 0x4000006863617274 /* trach */
    // Words opening a link to another story ("Xem thêm:", "Đọc thêm:", "See also:", "Read more:")
    static let xem: UInt64 = 0x40000000006d6578 /* xem */, doc: UInt64 = 0x4000000000636f64 /* doc */, see: UInt64 = 0x4000000000656573 /* see */, read: UInt64 = 0x4000000064616572 /* read */
    static let hoat: UInt64 = 0x4000000074616f68 /* hoat */
}
