package dev.sparring.evaluation.calibration.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: fields separated by commas, records by CRLF or LF, a field in double quotes
 * may hold commas, line breaks and doubled quotes. Each record remembers the physical line it starts on.
 */
final class CsvRecords {

    record Line(int number, List<String> fields) {
    }

    private CsvRecords() {
    }

    /** @throws IllegalArgumentException "line N: ..." for an unterminated quote or text after a closing quote */
    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        int i = 0;
        int length = text.length();
        if (length > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                lines.add(new Line(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw new IllegalArgumentException("line " + line + ": text after a closing quote");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + recordLine + ": a quoted field is not closed");
        }
        if (!field.isEmpty() || !fields.isEmpty() || afterQuote) {
            fields.add(field.toString());
            lines.add(new Line(recordLine, List.copyOf(fields)));
        }
        return lines;
    }
}
