package io.mentorfeed.app.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A record of the dead-letter topic, as operators write it: {@code PARTITION:OFFSET}, e.g. {@code 2:41}. */
public record RecordPosition(int partition, long offset) implements Comparable<RecordPosition> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9}):(\\d{1,18})");

    public RecordPosition {
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset must not be negative");
        }
    }

    public static RecordPosition parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not PARTITION:OFFSET (e.g. 0:42)");
        }
        return new RecordPosition(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    @Override
    public int compareTo(RecordPosition other) {
        int byPartition = Integer.compare(partition, other.partition);
        return byPartition != 0 ? byPartition : Long.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return partition + ":" + offset;
    }

    /** Lets picocli report a bad position as a usage error naming the option. */
    public static final class Converter implements ITypeConverter<RecordPosition> {
        @Override
        public RecordPosition convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
