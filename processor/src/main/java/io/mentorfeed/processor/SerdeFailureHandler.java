package io.mentorfeed.processor;

import io.mentorfeed.processor.metrics.ProcessorMetrics;
import io.mentorfeed.processor.metrics.ProcessorMetrics.DeadLetterReason;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Bytes no serde can read: Kafka Streams' own log-and-continue handler logs them and builds the dead letter
 * (source bytes, __streams.errors.* headers); this counts what it sends to the dead-letter topic. Streams builds
 * handlers from class names, so the meters come from the config map ({@link ProcessorMetrics#CONFIG_KEY}).
 */
public final class SerdeFailureHandler implements DeserializationExceptionHandler {
    private final LogAndContinueExceptionHandler streams = new LogAndContinueExceptionHandler();
    private ProcessorMetrics metrics = ProcessorMetrics.unobserved();

    @Override
    public void configure(Map<String, ?> configs) {
        streams.configure(configs);
        metrics = ProcessorMetrics.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        Response response = streams.handleError(context, record, exception);
        metrics.deadLettered(DeadLetterReason.SERDE, response.deadLetterQueueRecords().size());
        return response;
    }
}
