package io.mentorfeed.app.admin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code admin dead-letters show P:O}: one dead letter in full: headers, key and the kept value as text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints one dead letter in full.")
public final class DeadLetterShow implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "PARTITION:OFFSET", converter = RecordPosition.Converter.class,
            description = "the dead letter, as `list` prints it")
    RecordPosition position;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DeadLetter letter;
        try (AdminKafka kafka = connection.connect()) {
            letter = DeadLetterTopic.read(kafka).at(position);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(letter));
        out.flush();
        return 0;
    }

    static String render(DeadLetter letter) {
        StringBuilder text = new StringBuilder();
        text.append("position:    ").append(letter.position()).append('\n');
        text.append("time:        ").append(TextTable.time(letter.time())).append('\n');
        text.append("source:      ").append(letter.source()).append('\n');
        text.append("error class: ").append(letter.errorClass()).append('\n');
        text.append("origin:      ").append(letter.origin()).append('\n');
        String why = letter.whyNotReplayable();
        text.append("replay:      ").append(why == null
                ? "to " + letter.replayTopic() + "-" + letter.replayPartition() : "no, " + why).append('\n');
        text.append("reason:      ").append(letter.reason()).append('\n');
        text.append("key:         ").append(letter.keyText()).append('\n');
        text.append("headers:\n");
        letter.headers().forEach(h -> text.append("  ").append(h.name()).append(": ").append(h.value()).append('\n'));
        text.append("value (").append(letter.value() == null ? "null" : letter.value().length + " bytes").append("):\n");
        if (letter.value() != null) {
            text.append(letter.valueText()).append('\n');
        }
        return text.toString();
    }
}
