import CRdKafka

extension KafkaConsumerMessage {
    /// Copies a consumed `rd_kafka_message_t` (which must have no error) into a Swift value.
    init(_ message: UnsafeMutablePointer<rd_kafka_message_t>) {
        let m = message.pointee
        var headers: [KafkaHeader] = []
        var rdHeaders: OpaquePointer?
        if rd_kafka_message_headers(message, &rdHeaders) == RD_KAFKA_RESP_ERR_NO_ERROR, let rdHeaders {
            var index = 0
            var name: UnsafePointer<CChar>?
            var value: UnsafeRawPointer?
            var size = 0
            while rd_kafka_header_get_all(rdHeaders, index, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                headers.append(KafkaHeader(
                    key: name.map { String(cString: $0) } ?? "",
                    value: value.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) }))
                index += 1
            }
        }
        self.init(
            topic: String(cString: rd_kafka_topic_name(m.rkt)),
            partition: m.partition,
            offset: m.offset,
            key: m.key.map { Array(UnsafeRawBufferPointer(start: $0, count: m.key_len)) },
            value: m.payload.map { Array(UnsafeRawBufferPointer(start: $0, count: m.len)) },
            headers: headers,
            timestampMs: rd_kafka_message_timestamp(message, nil))
    }
}
