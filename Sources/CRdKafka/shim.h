#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

/* Swift cannot call C variadic functions: one-error wrapper of
 * rd_kafka_mock_broker_push_request_error_rtts (appends to the broker's error stack). */
static inline rd_kafka_resp_err_t
customs_mock_broker_push_request_error(rd_kafka_mock_cluster_t *mcluster, int32_t broker_id,
                                       int16_t api_key, rd_kafka_resp_err_t err, int rtt_ms) {
        return rd_kafka_mock_broker_push_request_error_rtts(mcluster, broker_id, api_key, 1, err, rtt_ms);
}
