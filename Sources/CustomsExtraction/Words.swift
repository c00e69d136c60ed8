/// Hashes of single folded words the scanners compare against directly (periods, offices,
/// sentence rules). Grouped by use; each is the folded spelling of the Vietnamese word.
enum W {
    static func h(_ s: String) -> UInt64 { wordHash(s) }
    // periods
    static let tu: UInt64 = 0x08c84307b56ad1a2 /* tu */, tinh: UInt64 = 0x1e4998ef2e95ac48 /* tinh */, den: UInt64 = 0xca9a2218f461f264 /* den */, toi: UInt64 = 0x56f9b51944659c57 /* toi */, het: UInt64 = 0x334a18192fe36066 /* het */, ngay: UInt64 = 0xf6d9b3baaa3eb720 /* ngay */
    static let thang: UInt64 = 0xca5b18724bd53707 /* thang */, nam: UInt64 = 0x212bdb1925673707 /* nam */, quy: UInt64 = 0x70973c1952cd2936 /* quy */, dau: UInt64 = 0xca8d2d18f4577ab9 /* dau */, tien: UInt64 = 0x1e6f80ef2eb652bd /* tien */, cua: UInt64 = 0xf5b9ea190cc16ccc /* cua */
    static let qua: UInt64 = 0x7097341952cd1b9e /* qua */, luy: UInt64 = 0x12a979191dfb8739 /* luy */, ke: UInt64 = 0x08be4307b5627d1d /* ke */, nay: UInt64 = 0x212bc7192567150b /* nay */, hien: UInt64 = 0x7367e8cc9b3e48b9 /* hien */, cuoi: UInt64 = 0x4c699190acbc8295 /* cuoi */
    static let nua: UInt64 = 0x2102c71925440ff7 /* nua */, trong: UInt64 = 0x357c36a6f60fc3bb /* trong */, so: UInt64 = 0x08d93907b57933d7 /* so */, voi: UInt64 = 0x68fd23194ecb5141 /* voi */, cung: UInt64 = 0x4c6d8390acc053a2 /* cung */, ky: UInt64 = 0x08be4707b56283e9 /* ky */, ki: UInt64 = 0x08be3707b56268b9 /* ki */
    static let truoc: UInt64 = 0x8c2bc4a7272dbcdc /* truoc */, ngoai: UInt64 = 0x09944d2f79e71c51 /* ngoai */, ca: UInt64 = 0x08a24f07b54a16c9 /* ca */, thoi: UInt64 = 0x259bc6ef3259f249 /* thoi */, diem: UInt64 = 0xca06bd67575a5594 /* diem */, sau: UInt64 = 0x822d96195cd5ea44 /* sau */
    static let hh: UInt64 = 0xaf63e54c8601fbd7 /* h */, va: UInt64 = 0x08cf3b07b570e2b8 /* va */, vua: UInt64 = 0x69481f194f0b35ef /* vua */, trung: UInt64 = 0x8c28a0a7272b49d9 /* trung */, tuan: UInt64 = 0x866e8cef69a14775 /* tuan */, chi: UInt64 = 0xf5faf6190cf91825 /* chi */
    static let tinhTu: UInt64 = 0x08c84307b56ad1a2 /* tu */, bat: UInt64 = 0x00392e1913393be8 /* bat */, nua2: UInt64 = 0x2102c71925440ff7 /* nua */
    // English periods
    static let from: UInt64 = 0x7f845078d7a5c0b5 /* from */, to: UInt64 = 0x08c83907b56ac0a4 /* to */, until: UInt64 = 0x1fcc8b4e81fbac2f /* until */, by: UInt64 = 0x08a64b07b54df8d4 /* by */, as_: UInt64 = 0x089c5507b545b54d /* as */, of: UInt64 = 0x08b06007b5567108 /* of */
    static let the: UInt64 = 0x56f5c9194461d57c /* the */, end: UInt64 = 0xc2f00318f053500a /* end */, first: UInt64 = 0x89d7ed7f996f1d41 /* first */, months: UInt64 = 0x8dca2986c6f08da2 /* months */, month: UInt64 = 0xf4bdc3936faf56a5 /* month */
    static let quarter: UInt64 = 0xffbe2660a81c5667 /* quarter */, half: UInt64 = 0x2e33a6cc74123124 /* half */, this: UInt64 = 0x2587bcef32493841 /* this */, year: UInt64 = 0x7c64634977425edc /* year */, in_: UInt64 = 0x08b73807b55c4bbe /* in */
    static let for_: UInt64 = 0xdcb27818fed9da90 /* for */, between: UInt64 = 0x13f5793e33ebda4f /* between */, and: UInt64 = 0xe6f79719051ff286 /* and */, since: UInt64 = 0x2b827d4f5e0ada9d /* since */, last: UInt64 = 0x0456d2ad905847d9 /* last */
    static let a: UInt64 = 0xaf63dc4c8601ec8c /* a */, period: UInt64 = 0x0528080b48ef9464 /* period */, same: UInt64 = 0x097b5e18bf93ef5b /* same */, so_: UInt64 = 0x08d93907b57933d7 /* so */, far: UInt64 = 0xdcb98818fee0146e /* far */, date: UInt64 = 0x855b516730a34339 /* date */
    static let days: UInt64 = 0x8587736730c8b7ea /* days */, day: UInt64 = 0xca8d3918f4578f1d /* day */, jan: UInt64 = 0x98d0182ec1071c5d /* january */
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
    static let hai: UInt64 = 0x33580d192fef8b11 /* hai */, quan: UInt64 = 0x1e097707b28678d0 /* quan */, hq: UInt64 = 0x08ba4707b55e9b12 /* hq */, cuc: UInt64 = 0xf5b9ec190cc17032 /* cuc */, tong: UInt64 = 0x2fe0f9ef38a02c3b /* tong */, truong: UInt64 = 0x5c2ce30792c624f4 /* truong */
    static let khu: UInt64 = 0x3d9d42193635c869 /* khu */, vuc: UInt64 = 0x694821194f0b3955 /* vuc */, nganh: UInt64 = 0xb2f1d82f48d3d807 /* nganh */, toan: UInt64 = 0x2fcff2ef3891ad23 /* toan */, tp: UInt64 = 0x08c84007b56acc89 /* tp */, thanh: UInt64 = 0xca5b0d724bd52456 /* thanh */
    static let pho: UInt64 = 0x77b2571956620c7e /* pho */, customs: UInt64 = 0x6cf88307eb681ca7 /* customs */, general: UInt64 = 0x9e275796a0d9a90b /* general */, department: UInt64 = 0x9fe2b90fc81732c7 /* department */
    static let vietnam: UInt64 = 0x72a058c4dccb108b /* vietnam */, viet: UInt64 = 0xfe46f700c6b86b71 /* viet */, sector: UInt64 = 0xde57d8eedce983cf /* sector */, branch: UInt64 = 0x919ec0f651278ba5 /* branch */, region: UInt64 = 0xc755a623f50a24dd /* region */
    static let giao: UInt64 = 0xd018e7722b659141 /* giao */, doi: UInt64 = 0xcaaf4518f47489e7 /* doi */, bao: UInt64 = 0x0039191913391839 /* bao */, luc: UInt64 = 0x12a98f191dfbac9b /* luc */, luong: UInt64 = 0x9e924f933c6dee9c /* luong */, co: UInt64 = 0x08a25907b54a27c7 /* co */
    static let khau: UInt64 = 0xe7d75cd71d419a50 /* khau */, cang: UInt64 = 0xb51d4f90e8417a46 /* cang */, san: UInt64 = 0x822da1195cd5fcf5 /* san */, ga: UInt64 = 0x08953707b53f63a5 /* ga */, kcn: UInt64 = 0x3db43919364897ff /* kcn */, ck: UInt64 = 0x08a25507b54a20fb /* ck */
    static let ckqt: UInt64 = 0xe809669104cccefe /* ckqt */, quoc: UInt64 = 0x1df46407b273fc7d /* quoc */, te: UInt64 = 0x08c83307b56ab672 /* te */, gia: UInt64 = 0xd50b7618facd9f54 /* gia */, do_: UInt64 = 0x08915907b53bb494 /* do */, duoc: UInt64 = 0x1cf96766f5640aec /* duoc */
    static let provincial: UInt64 = 0x11674d416694ac34 /* provincial */, border: UInt64 = 0xab08095720360577 /* border */, gate: UInt64 = 0x8af97972044b8af2 /* gate */, gates: UInt64 = 0x7173ddbd4c5c5933 /* gates */
    static let international: UInt64 = 0xdff36840426ea063 /* international */, section: UInt64 = 0xa699eae1563fe6ec /* section */, sub: UInt64 = 0x82719d195d0fc2f5 /* sub */, port: UInt64 = 0x8c2cdb0da8933fa6 /* port */
    static let airport: UInt64 = 0x2a7364019f7a95f0 /* airport */, unit: UInt64 = 0x6498dfe4855bb3a7 /* unit */, units: UInt64 = 0x4b78454e9ad2913c /* units */, province: UInt64 = 0x9dfa458c4a0f0e85 /* province */, s: UInt64 = 0xaf63ee4c86020b22 /* s */
    static let city: UInt64 = 0xf9dab5910f08a8a2 /* city */, at: UInt64 = 0x089c4e07b545a968 /* at */, cho: UInt64 = 0xf5faf0190cf90df3 /* cho */, tai: UInt64 = 0x56d7b9194448bcbd /* tai */, rieng: UInt64 = 0x64bb65534cc011d0 /* rieng */, cac: UInt64 = 0xf5e2f4190ce482de /* cac */
    static let dia: UInt64 = 0xcaa83118f46e493d /* dia */, ban: UInt64 = 0x0039181913391686 /* ban */, kiem: UInt64 = 0xefad9dd72175b15b /* kiem */, soat: UInt64 = 0x6027db18f0af95c2 /* soat */, phuong: UInt64 = 0x84861c80243e259a /* phuong */
    static let tien2: UInt64 = 0x1e6f80ef2eb652bd /* tien */, don: UInt64 = 0xcaaf4218f47484ce /* don */, vi: UInt64 = 0x08cf3307b570d520 /* vi */, nuoc: UInt64 = 0x5ba5ebba52899fae /* nuoc */, to_: UInt64 = 0x08c83907b56ac0a4 /* to */, khai: UInt64 = 0xe7d758d71d419384 /* khai */
    static let thu: UInt64 = 0x56f5b9194461ba4c /* thu */, tuc: UInt64 = 0x571ba71944826af3 /* tuc */, cong: UInt64 = 0x0bc9f991195d6d24 /* cong */, chuc: UInt64 = 0xf2cc6a910b7dfe26 /* chuc */, can: UInt64 = 0xf5e2f1190ce47dc5 /* can */, bo: UInt64 = 0x08a63907b54dda3e /* bo */
    static let anh: UInt64 = 0xe6f7a319052006ea /* anh */, nguon: UInt64 = 0x6046e82fab076160 /* nguon */, photo: UInt64 = 0x31e7a66bde741263 /* photo */, tap: UInt64 = 0x56d7c0194448c8a2 /* tap */, lanh: UInt64 = 0x0460e0ad9060b428 /* lanh */, dao: UInt64 = 0xca8d4318f457a01b /* dao */
    static let dai: UInt64 = 0xca8d4918f457aa4d /* dai */, dien: UInt64 = 0xca06c067575a5aad /* dien */, cuc2: UInt64 = 0xf5b9ec190cc17032 /* cuc */, chinh: UInt64 = 0x622a44762504cf7b /* chinh */, cac2: UInt64 = 0xf5e2f4190ce482de /* cac */
    static let la: UInt64 = 0x08ad3f07b554031e /* la */, dat: UInt64 = 0xca8d2c18f4577906 /* dat */, lan: UInt64 = 0x12658a191dc1d750 /* lan */, times: UInt64 = 0x29338c6c39286cb5 /* times */, ve: UInt64 = 0x08cf3f07b570e984 /* ve */, gap: UInt64 = 0xd4f05718fab6a2ef /* gap */
    static let percent: UInt64 = 0x425314f720ae7f7a /* percent */, per: UInt64 = 0x77bc7219566a8ee4 /* per */, cent: UInt64 = 0xd9920290fd6b234f /* cent */, usd: UInt64 = 0x4c52b1193dcce7e7 /* usd */, vnd: UInt64 = 0x6900fc194ecef7d3 /* vnd */, us: UInt64 = 0x08c43d07b566de99 /* us */
    static let ty: UInt64 = 0x08c84707b56ad86e /* ty */, trieu: UInt64 = 0x240ac2a6ec25f2bc /* trieu */, nghin: UInt64 = 0xecf6f52f68f36981 /* nghin */, ngan: UInt64 = 0xf6d9cabaaa3ede35 /* ngan */, billion: UInt64 = 0x40023e0295ad720a /* billion */
    static let million: UInt64 = 0x8103627a900d60f7 /* million */, trillion: UInt64 = 0x8e1fe5c70f3f7150 /* trillion */, thousand: UInt64 = 0x96293f795497f2ab /* thousand */
    static let dong: UInt64 = 0xdc51f96761fd6b2b /* dong */, moi: UInt64 = 0x0808641917672194 /* moi */, tren: UInt64 = 0x5b25bdef511ebc14 /* tren */, hon: UInt64 = 0x335f0e192ff5ab72 /* hon */
}

extension W {
    static let thong: UInt64 = 0x41a856728ed8f061 /* thong */, phoi: UInt64 = 0xc616170dc89a8b15 /* phoi */
}

extension W {
    static let ngoai2: UInt64 = 0x09944d2f79e71c51 /* ngoai */, worth: UInt64 = 0x4fab0b5e7350f67f /* worth */, nhu: UInt64 = 0x2149d71925802dca /* nhu */, gio: UInt64 = 0xd50b6c18facd8e56 /* gio */, phut: UInt64 = 0xc62af60dc8acaf0c /* phut */, sang: UInt64 = 0x09855018bf9c2c16 /* sang */, chieu: UInt64 = 0x62052f7624e58f8f /* chieu */, toi2: UInt64 = 0x56f9b51944659c57 /* toi */, trua: UInt64 = 0x5b5c94ef514db8d9 /* trua */, moi2: UInt64 = 0x0808641917672194 /* moi */
}

extension W {
    static let custom: UInt64 = 0x0862df34652cf74e
    static let cau: UInt64 = 0xf5e306190ce4a174
    static let mot: UInt64 = 0x080849191766f3b3
}
