package io.mentorfeed.processor;

import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.processor.metrics.ProcessorMetrics;
import io.mentorfeed.processor.metrics.ProcessorMetrics.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that breaks a rule (an exception in a processor, e.g. a value no record constructor accepts) goes to the
 * dead-letter topic and processing goes on. Kafka Streams builds the dead letter (source bytes, __streams.errors.*
 * headers); this adds mentorfeed's own headers so every service's dead letters read the same, logs one line and
 * counts the dead letters (the meters come from the config map, {@link ProcessorMetrics#CONFIG_KEY}: Streams builds
 * handlers from class names).
 */
public final class RuleFailureHandler implements ProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(RuleFailureHandler.class);

    private final LogAndContinueProcessingExceptionHandler streams = new LogAndContinueProcessingExceptionHandler();
    private ProcessorMetrics metrics = ProcessorMetrics.unobserved();

    @Override
    public void configure(Map<String, ?> configs) {
        streams.configure(configs);
        metrics = ProcessorMetrics.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String origin = context.topic() + "-" + context.partition() + "@" + context.offset();
        log.warn("rule failed, record dead-lettered origin={} processor={} errorClass={} error=\"{}\"", origin,
                context.processorNodeId(), exception.getClass().getSimpleName(), exception.getMessage());
        Response response = streams.handleError(context, record, exception);
        for (var letter : response.deadLetterQueueRecords()) {
            var headers = letter.headers();
            headers.add(DeadLetters.SOURCE, utf8("processor"));
            headers.add(DeadLetters.ORIGIN, utf8(origin));
            headers.add(DeadLetters.ERROR_CLASS, utf8("rule"));
            headers.add(DeadLetters.REASON, utf8(context.processorNodeId() + ": " + exception.getMessage()));
            headers.add(DeadLetters.AT, utf8(Instant.now().toString()));
        }
        metrics.deadLettered(DeadLetterReason.RULE, response.deadLetterQueueRecords().size());
        return Response.resume(response.deadLetterQueueRecords());
    }

    private static byte[] utf8(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
