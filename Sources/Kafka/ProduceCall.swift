import CRdKafka

/// Builds the `rd_kafka_vu_t` argument array for `rd_kafka_produceva` and calls it.
/// Payload, key and headers are copied by librdkafka (`RD_KAFKA_MSG_F_COPY`), so the Swift
/// buffers only need to live for the duration of the call.
enum ProduceCall {
    static func produce(
        _ rk: OpaquePointer, _ message: KafkaProducerMessage, opaque: UnsafeMutableRawPointer
    ) -> KafkaError? {
        // All header names go in one NUL-separated buffer and all values in another,
        // so a fixed number of `withUnsafe…` scopes covers any number of headers.
        var names: [CChar] = []
        var nameOffsets: [Int] = []
        var values: [UInt8] = []
        var valueRanges: [(offset: Int, count: Int)?] = []
        for header in message.headers {
            nameOffsets.append(names.count)
            names.append(contentsOf: header.key.utf8.map { CChar(bitPattern: $0) })
            names.append(0)
            if let value = header.value {
                valueRanges.append((values.count, value.count))
                values.append(contentsOf: value)
            } else {
                valueRanges.append(nil)
            }
        }

        // A trailing byte keeps the buffer's base address non-nil even if every value is empty.
        values.append(0)

        return message.topic.withCString { topic in
            withOptionalBytes(message.key) { key in
                withOptionalBytes(message.value) { value in
                    names.withUnsafeBufferPointer { namesBuffer in
                        values.withUnsafeBytes { valuesBuffer in
                            var vus: [rd_kafka_vu_t] = []
                            vus.reserveCapacity(7 + message.headers.count)
                            var vu = rd_kafka_vu_t()
                            vu.vtype = RD_KAFKA_VTYPE_TOPIC
                            vu.u.cstr = topic
                            vus.append(vu)
                            vu = rd_kafka_vu_t()
                            vu.vtype = RD_KAFKA_VTYPE_MSGFLAGS
                            vu.u.i = RD_KAFKA_MSG_F_COPY
                            vus.append(vu)
                            vu = rd_kafka_vu_t()
                            vu.vtype = RD_KAFKA_VTYPE_OPAQUE
                            vu.u.ptr = opaque
                            vus.append(vu)
                            if let partition = message.partition {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_PARTITION
                                vu.u.i32 = partition
                                vus.append(vu)
                            }
                            if let key {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_KEY
                                vu.u.mem.ptr = key.pointer
                                vu.u.mem.size = key.count
                                vus.append(vu)
                            }
                            if let value {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_VALUE
                                vu.u.mem.ptr = value.pointer
                                vu.u.mem.size = value.count
                                vus.append(vu)
                            }
                            if let timestamp = message.timestampMs {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_TIMESTAMP
                                vu.u.i64 = timestamp
                                vus.append(vu)
                            }
                            for (index, nameOffset) in nameOffsets.enumerated() {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_HEADER
                                vu.u.header.name = namesBuffer.baseAddress! + nameOffset
                                if let range = valueRanges[index] {
                                    vu.u.header.val = valuesBuffer.baseAddress! + range.offset
                                    vu.u.header.size = range.count
                                } else {
                                    vu.u.header.val = nil
                                    vu.u.header.size = 0
                                }
                                vus.append(vu)
                            }
                            guard let error = rd_kafka_produceva(rk, vus, vus.count) else { return nil }
                            return KafkaError.consuming(error, "produce to \(message.topic)")
                        }
                    }
                }
            }
        }
    }

    private struct Bytes {
        let pointer: UnsafeMutableRawPointer
        let count: Int
    }

    private static func withOptionalBytes<R>(_ bytes: [UInt8]?, _ body: (Bytes?) -> R) -> R {
        guard let bytes else { return body(nil) }
        if bytes.isEmpty {
            // An empty value still needs a non-NULL pointer, or librdkafka would produce a null one.
            var byte: UInt8 = 0
            return withUnsafeMutableBytes(of: &byte) { body(Bytes(pointer: $0.baseAddress!, count: 0)) }
        }
        return bytes.withUnsafeBytes { buffer in
            // librdkafka's vu_t field is `void *` but with F_COPY it only reads.
            body(Bytes(pointer: UnsafeMutableRawPointer(mutating: buffer.baseAddress!), count: buffer.count))
        }
    }
}
