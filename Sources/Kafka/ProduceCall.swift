import CRdKafka

/// Builds the `rd_kafka_vu_t` argument array for `rd_kafka_produceva` and calls it.
/// Payload, key and headers are copied by librdkafka (`RD_KAFKA_MSG_F_COPY`), so the Swift
/// buffers only need to live for the duration of the call.
enum ProduceCall {
    static func produce(
        _ rk: OpaquePointer, _ message: KafkaProducerMessage, opaque: UnsafeMutableRawPointer
    ) -> KafkaError? {
        // Header names (NUL-terminated) and values go into one scratch buffer, and the argument
        // array into another, both temporary (on the stack when small): a produce call used to
        // allocate five arrays, for every message.
        var scratchSize = 1
        for header in message.headers { scratchSize += header.key.utf8.count + 1 + (header.value?.count ?? 0) }
        let argumentCount = 7 + message.headers.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratchSize) { scratch in
            withUnsafeTemporaryAllocation(of: rd_kafka_vu_t.self, capacity: argumentCount) { arguments in
                let base = scratch.baseAddress!
                var used = 0
                var count = 0
                func add(_ vu: rd_kafka_vu_t) {
                    precondition(count < argumentCount, "produce call arguments overflow")
                    (arguments.baseAddress! + count).initialize(to: vu)
                    count += 1
                }
                func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
                    let start = base + used
                    if let source = bytes.baseAddress, !bytes.isEmpty { start.initialize(from: source, count: bytes.count) }
                    used += bytes.count
                    return start
                }
                return message.topic.withCString { topic in
                    withOptionalBytes(message.key) { key in
                        withOptionalBytes(message.value) { value in
                            var vu = rd_kafka_vu_t()
                            vu.vtype = RD_KAFKA_VTYPE_TOPIC
                            vu.u.cstr = topic
                            add(vu)
                            vu = rd_kafka_vu_t()
                            vu.vtype = RD_KAFKA_VTYPE_MSGFLAGS
                            vu.u.i = RD_KAFKA_MSG_F_COPY
                            add(vu)
                            vu = rd_kafka_vu_t()
                            vu.vtype = RD_KAFKA_VTYPE_OPAQUE
                            vu.u.ptr = opaque
                            add(vu)
                            if let partition = message.partition {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_PARTITION
                                vu.u.i32 = partition
                                add(vu)
                            }
                            if let key {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_KEY
                                vu.u.mem.ptr = key.pointer
                                vu.u.mem.size = key.count
                                add(vu)
                            }
                            if let value {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_VALUE
                                vu.u.mem.ptr = value.pointer
                                vu.u.mem.size = value.count
                                add(vu)
                            }
                            if let timestamp = message.timestampMs {
                                vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_TIMESTAMP
                                vu.u.i64 = timestamp
                                add(vu)
                            }
                            for header in message.headers {
                                var name = header.key
                                var vu = rd_kafka_vu_t()
                                vu.vtype = RD_KAFKA_VTYPE_HEADER
                                let nameStart = name.withUTF8 { copy($0) }
                                base[used] = 0
                                used += 1
                                vu.u.header.name = UnsafeRawPointer(nameStart).assumingMemoryBound(to: CChar.self)
                                if let value = header.value {
                                    vu.u.header.val = UnsafeRawPointer(value.withUnsafeBufferPointer { copy($0) })
                                    vu.u.header.size = value.count
                                } else {
                                    vu.u.header.val = nil
                                    vu.u.header.size = 0
                                }
                                add(vu)
                            }
                            defer { arguments.baseAddress!.deinitialize(count: count) }
                            guard let error = rd_kafka_produceva(rk, arguments.baseAddress!, count) else { return nil }
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
