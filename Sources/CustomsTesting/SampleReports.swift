import CustomsModel

/// Sample reports for the demo and the tests. The sentences are the project's own; the
/// figures are those of the two articles the project started from (Cục Hải quan Lạng Sơn's
/// 2020 results, and the Lào Cai international railway station branch up to 15 October 2020).
public enum SampleReports {
    /// Every sample, in publication order.
    public static let all: [RawReport] = [langSon2020, laoCaiRailway2020, langSon2020Recap]

    /// Lạng Sơn's 2020 results: revenue against both targets, trade, travellers, enforcement,
    /// and the targets set for 2021.
    public static let langSon2020 = RawReport(
        reportID: "sample-lang-son-2020",
        source: "samples.customs-metrics",
        url: "https://samples.customs-metrics.invalid/lang-son-2020",
        title: "Cục Hải quan Lạng Sơn vượt dự toán thu ngân sách năm 2020",
        publishedAt: "2021-01-08",
        contentType: .markdown,
        body: """
        # Cục Hải quan Lạng Sơn vượt dự toán thu ngân sách năm 2020

        Dịch bệnh khiến hoạt động thông quan ở các cửa khẩu biên giới nhiều lần gián đoạn, \
        song Cục Hải quan Lạng Sơn vẫn giữ được nhịp công việc trong suốt năm 2020.

        **Thu ngân sách vượt cả chỉ tiêu phấn đấu**

        Năm 2020, Cục Hải quan Lạng Sơn thu ngân sách nhà nước được 4.290,3 tỷ đồng, \
        bằng 126% dự toán (3.400 tỷ đồng), bằng 112,1% chỉ tiêu phấn đấu (3.800 tỷ đồng), \
        tăng 15,8% so với cùng kỳ năm 2019.

        Cũng trong năm 2020, đơn vị đã làm thủ tục hải quan cho 3.032 doanh nghiệp với 81.845 \
        bộ tờ khai. Tổng kim ngạch XNK qua các cửa khẩu do Cục quản lý đạt 2.735,79 triệu USD, \
        giảm 19,7% so với cùng kỳ năm 2019. Công chức hải quan đã kiểm tra, giám sát hành lý \
        của 693.187 lượt khách XNC, giảm 70% so với cùng kỳ năm 2019.

        **Chống buôn lậu**

        Trong năm, lực lượng kiểm soát hải quan của Cục đã phát hiện, bắt giữ, xử lý 555 vụ, \
        trị giá hàng vi phạm ước tính 46.938,1 triệu đồng; xử phạt vi phạm hành chính 505 vụ, \
        số tiền phạt nộp NSNN 5.754,3 triệu đồng. Đơn vị còn khởi tố 1 vụ án hình sự về tội buôn lậu.

        **Nhiệm vụ năm 2021**

        Bước sang năm 2021, Cục Hải quan Lạng Sơn được giao chỉ tiêu thu 4.350 tỷ đồng. \
        Đơn vị đặt mục tiêu hoàn thành nhiệm vụ thu NSNN năm 2021 được giao là 3.800 tỷ đồng.
        """)

    /// The Lào Cai international railway station branch, 1 January to 15 October 2020.
    public static let laoCaiRailway2020 = RawReport(
        reportID: "sample-lao-cai-ga-2020",
        source: "samples.customs-metrics",
        url: "https://samples.customs-metrics.invalid/lao-cai-ga-2020",
        title: "Chi cục Hải quan ga đường sắt quốc tế Lào Cai giữ nhịp thông quan giữa mùa dịch",
        publishedAt: "2020-10-20",
        contentType: .plain,
        body: """
        Chi cục Hải quan ga đường sắt quốc tế Lào Cai giữ nhịp thông quan giữa mùa dịch

        Chi cục Hải quan ga đường sắt quốc tế Lào Cai (Cục Hải quan Lào Cai) vừa tổng kết kết quả \
        công tác từ đầu năm.

        Số liệu thống kê cho thấy, từ 1/1/2020 đến 15/10, có 30 doanh nghiệp làm thủ tục tại Chi cục, \
        tăng 15,4% so với cùng kỳ năm 2019. Chi cục đã tiếp nhận và xử lý 1.713 tờ khai, \
        tăng 7% so với cùng kỳ năm 2019.

        Kim ngạch xuất nhập khẩu đạt hơn 235 triệu USD, tăng 15,9% so với cùng kỳ năm trước. \
        Trong đó, nhập khẩu đạt gần 44,6 triệu USD, giảm 4,6%; xuất khẩu đạt hơn 190,6 triệu USD, \
        tăng 22% so với cùng kỳ năm 2019.

        Tính đến 15/10, số thu ngân sách của Chi cục đạt 388,8 tỷ đồng, tăng 18,2% so với cùng kỳ \
        năm 2019, đạt 103% chỉ tiêu được giao.

        Cũng từ ngày 1/1 đến 15/10, Chi cục đã làm thủ tục cho 1.230 lượt chuyến tàu xuất nhập cảnh \
        (trong đó xuất cảnh 615 lượt chuyến, nhập cảnh 615 lượt chuyến) và 5.611 lượt người xuất \
        nhập cảnh (trong đó xuất cảnh 2.764 lượt người, nhập cảnh 2.847 lượt người).
        """)

    /// A second, shorter account of Lạng Sơn's 2020 revenue from another outlet: the demo shows
    /// it as a second observation of the same aggregate.
    public static let langSon2020Recap = RawReport(
        reportID: "sample-lang-son-2020-recap",
        source: "samples.customs-metrics",
        url: "https://samples.customs-metrics.invalid/lang-son-2020-recap",
        title: "Hải quan Lạng Sơn: số thu năm 2020 tăng gần 16%",
        publishedAt: "2021-01-15",
        contentType: .plain,
        body: """
        Hải quan Lạng Sơn: số thu năm 2020 tăng gần 16%

        Theo báo cáo tổng kết, năm 2020 Cục Hải quan Lạng Sơn đã thu nộp ngân sách 4.290,3 tỷ đồng, \
        tăng 15,8% so với năm 2019.
        """)

    /// Bytes that are not a raw report, to show dead-lettering: they go to the dead-letter topic
    /// with a reason header instead of stopping the worker.
    public static let malformed: [UInt8] = Array(#"{"report_id": "sample-broken", "body": "#.utf8)
}
