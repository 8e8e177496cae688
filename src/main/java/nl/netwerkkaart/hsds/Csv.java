package nl.netwerkkaart.hsds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** RFC 4180 CSV with a header row, as the HSDS tabular format uses; empty cells are left out of a row. */
final class Csv {

    private Csv() {
    }

    /**
     * @param numbers columns whose non-empty cells are numbers; a cell that is not one stays text, so the check of the
     *                record reports it
     */
    static List<Map<String, Object>> parse(String text, Set<String> numbers) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var records = records(text);
        var rows = new ArrayList<Map<String, Object>>();
        if (records.isEmpty()) {
            return rows;
        }
        var header = records.get(0).stream().map(String::strip).toList();
        for (var record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            var row = new LinkedHashMap<String, Object>();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                var cell = record.get(i);
                if (!cell.isEmpty()) {
                    row.put(header.get(i), numbers.contains(header.get(i)) ? number(cell) : cell);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rows under the header, each cell quoted when it must be; a missing value is an empty cell. */
    static String write(List<String> header, List<Map<String, Object>> rows) {
        var out = new StringBuilder();
        out.append(String.join(",", header.stream().map(Csv::quoted).toList())).append("\r\n");
        for (var row : rows) {
            out.append(String.join(",", header.stream().map(column -> quoted(HsdsJson.cell(row.get(column)))).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static Object number(String cell) {
        try {
            return new BigDecimal(cell.strip());
        }
        catch (NumberFormatException e) {
            return cell;
        }
    }

    private static List<List<String>> records(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    cell.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            }
            else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            }
            else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
