package dev.sparring.evaluation.calibration.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named table of figures: JSON as a list of row objects, or RFC 4180 CSV with a header. Doubles
 * are rounded to 6 decimals; NaN (a figure that cannot be computed) is written as null / an empty field.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> (List<Object>) new ArrayList<>(row)).toList();
    }

    /** The rows as objects keyed by column, for JSON. */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                record.put(columns.get(i), json(row.get(i)));
            }
            records.add(record);
        }
        return records;
    }

    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(columns));
        for (List<Object> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    private static Object json(Object value) {
        if (value instanceof Double d) {
            return Double.isFinite(d) ? Math.round(d * 1e6) / 1e6 : null;
        }
        return value;
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = json(values.get(i));
            String text = value == null ? "" : value.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }
}
