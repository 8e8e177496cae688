package nl.netwerkkaart.municipality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.netwerkkaart.municipality.SuppressionAttack.Entry;
import nl.netwerkkaart.municipality.SuppressionAttack.Relationship;

/**
 * The linear facts an attacker reads from each published table, built from what a user receives (GraphQL answers
 * as maps, the CSV download as text), not from the service's own model of its tables.
 */
@SuppressWarnings("unchecked")
final class PublishedTables {

    private static final int ZRM_MAX_CHANGE = 4;

    private PublishedTables() {
    }

    /** areaCoverage: every row, column and grand total. */
    static SuppressionAttack coverage(Map<String, Object> coverage) {
        var attack = new SuppressionAttack();
        var domains = (List<String>) coverage.get("lifeDomains");
        var columns = new ArrayList<List<Entry>>();
        domains.forEach(d -> columns.add(new ArrayList<>()));
        var rowTotals = new ArrayList<Entry>();
        for (var kern : (List<Map<String, Object>>) coverage.get("kernen")) {
            var row = new ArrayList<Entry>();
            var cells = (List<Map<String, Object>>) kern.get("cells");
            for (int d = 0; d < cells.size(); d++) {
                var cell = attack.count(kern.get("kernName") + "/" + cells.get(d).get("lifeDomain"),
                        (Map<String, Object>) cells.get(d).get("demand"));
                row.add(cell);
                columns.get(d).add(cell);
            }
            var total = attack.count(kern.get("kernName") + "/ALL", (Map<String, Object>) kern.get("demandTotal"));
            attack.sum(total, row);
            rowTotals.add(total);
        }
        var columnTotals = new ArrayList<Entry>();
        var totals = (List<Map<String, Object>>) coverage.get("domainTotals");
        for (int d = 0; d < totals.size(); d++) {
            var total = attack.count("ALL/" + totals.get(d).get("lifeDomain"), (Map<String, Object>) totals.get(d).get("demand"));
            attack.sum(total, columns.get(d));
            columnTotals.add(total);
        }
        var grand = attack.count("ALL/ALL", (Map<String, Object>) coverage.get("demandTotal"));
        attack.sum(grand, rowTotals);
        attack.sum(grand, columnTotals);
        return attack;
    }

    /** The coverage CSV download: its cells, kern totals, life domain totals and grand total. */
    static SuppressionAttack coverageCsv(String csv) {
        var attack = new SuppressionAttack();
        var rows = new LinkedHashMap<String, List<Entry>>();
        var columns = new LinkedHashMap<String, List<Entry>>();
        var rowTotals = new LinkedHashMap<String, Entry>();
        var columnTotals = new LinkedHashMap<String, Entry>();
        Entry grand = null;
        for (var line : csv.lines().skip(1).toList()) {
            // kern names hold no commas here, so a plain split reads the fields
            var fields = line.split(",", -1);
            var kern = fields[1];
            var domain = fields[2];
            var count = "x".equals(fields[3]) ? Map.<String, Object>of("suppressed", true)
                    : Map.<String, Object>of("value", Integer.parseInt(fields[3]), "suppressed", false);
            var entry = attack.count(kern + "/" + domain, count);
            if (kern.equals("ALL") && domain.equals("ALL")) {
                grand = entry;
            } else if (domain.equals("ALL")) {
                rowTotals.put(kern, entry);
            } else if (kern.equals("ALL")) {
                columnTotals.put(domain, entry);
            } else {
                rows.computeIfAbsent(kern, k -> new ArrayList<>()).add(entry);
                columns.computeIfAbsent(domain, k -> new ArrayList<>()).add(entry);
            }
        }
        rows.forEach((kern, cells) -> attack.sum(rowTotals.get(kern), cells));
        columns.forEach((domain, cells) -> attack.sum(columnTotals.get(domain), cells));
        attack.sum(grand, List.copyOf(rowTotals.values()));
        attack.sum(grand, List.copyOf(columnTotals.values()));
        return attack;
    }

    /**
     * flowStatistics: overall = sum of the periods (its throughflow the last period's), a period's stock = the
     * previous stock + inflow − outflow, confirmed = sum over ladder steps, closed = sum over outcomes, questions
     * first matched in a period at most the matches confirmed in it, ZRM subjects = improved + unchanged + worsened,
     * and what a published mean ZRM change says about the split (a change is 1 to 4 up or down).
     */
    static SuppressionAttack flow(Map<String, Object> flow) {
        var attack = new SuppressionAttack();
        var periods = ((List<Map<String, Object>>) flow.get("periods")).stream().map(p -> period(attack, p)).toList();
        var overall = period(attack, (Map<String, Object>) flow.get("overall"));
        for (Function<PeriodEntries, Entry> measure : List.<Function<PeriodEntries, Entry>>of(PeriodEntries::inflow,
                PeriodEntries::outflow, PeriodEntries::timeToMatch, PeriodEntries::timeToStart, PeriodEntries::confirmed,
                PeriodEntries::closed)) {
            attack.sum(measure.apply(overall), periods.stream().map(measure).toList());
        }
        for (int s = 0; s < overall.steps().size(); s++) {
            int step = s;
            attack.sum(overall.steps().get(s), periods.stream().map(p -> p.steps().get(step)).toList());
        }
        for (int o = 0; o < overall.outcomes().size(); o++) {
            int outcome = o;
            attack.sum(overall.outcomes().get(o), periods.stream().map(p -> p.outcomes().get(outcome)).toList());
        }
        attack.equal(List.of(overall.throughflow()), List.of(periods.get(periods.size() - 1).throughflow()));
        for (int p = 1; p < periods.size(); p++) {
            var previous = periods.get(p - 1);
            var current = periods.get(p);
            attack.equal(List.of(previous.throughflow(), current.inflow()), List.of(current.outflow(), current.throughflow()));
        }
        for (var zrm : (List<Map<String, Object>>) flow.get("zrmChanges")) {
            var domain = "ZRM " + zrm.get("lifeDomain");
            var subjects = attack.count(domain + " subjects", (Map<String, Object>) zrm.get("subjects"));
            var improved = attack.count(domain + " improved", (Map<String, Object>) zrm.get("improved"));
            var unchanged = attack.count(domain + " unchanged", (Map<String, Object>) zrm.get("unchanged"));
            var worsened = attack.count(domain + " worsened", (Map<String, Object>) zrm.get("worsened"));
            attack.sum(subjects, List.of(improved, unchanged, worsened));
            if (zrm.get("averageChange") != null && !subjects.hidden()) {
                // the sum of the changes, to the rounding of the mean: each improvement adds 1 to 4, each worsening takes 1 to 4
                double average = ((Number) zrm.get("averageChange")).doubleValue();
                double lowest = (average - 0.005) * subjects.value();
                double highest = (average + 0.005) * subjects.value();
                attack.linear(Map.of(improved, (double) ZRM_MAX_CHANGE, worsened, -1.0), Relationship.GEQ, lowest);
                attack.linear(Map.of(improved, 1.0, worsened, (double) -ZRM_MAX_CHANGE), Relationship.LEQ, highest);
            }
        }
        attack.count("erasedHelpQuestions", (Map<String, Object>) flow.get("erasedHelpQuestions"));
        attack.count("erasedFamilies", (Map<String, Object>) flow.get("erasedFamilies"));
        return attack;
    }

    private record PeriodEntries(Entry inflow, Entry throughflow, Entry outflow, Entry timeToMatch, Entry timeToStart,
                                 Entry confirmed, List<Entry> steps, Entry closed, List<Entry> outcomes) {
    }

    private static PeriodEntries period(SuppressionAttack attack, Map<String, Object> period) {
        var label = period.get("label") + " ";
        var steps = ((List<Map<String, Object>>) period.get("ladderSteps")).stream()
                .map(s -> attack.count(label + s.get("ladderStep"), (Map<String, Object>) s.get("matches"))).toList();
        var outcomes = ((List<Map<String, Object>>) period.get("outcomes")).stream()
                .map(o -> attack.count(label + o.get("outcome"), (Map<String, Object>) o.get("matches"))).toList();
        var entries = new PeriodEntries(
                attack.count(label + "inflow", (Map<String, Object>) period.get("inflow")),
                attack.count(label + "throughflow", (Map<String, Object>) period.get("throughflow")),
                attack.count(label + "outflow", (Map<String, Object>) period.get("outflow")),
                attack.count(label + "timeToMatch", (Map<String, Object>) ((Map<String, Object>) period.get("timeToMatch")).get("count")),
                attack.count(label + "timeToStart", (Map<String, Object>) ((Map<String, Object>) period.get("timeToStart")).get("count")),
                attack.count(label + "confirmed", (Map<String, Object>) period.get("confirmedMatches")),
                steps,
                attack.count(label + "closed", (Map<String, Object>) period.get("closedMatches")),
                outcomes);
        attack.sum(entries.confirmed(), steps);
        attack.sum(entries.closed(), outcomes);
        attack.atMost(entries.timeToMatch(), entries.confirmed());
        return entries;
    }
}
