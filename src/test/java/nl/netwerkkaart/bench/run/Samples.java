package nl.netwerkkaart.bench.run;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;

/**
 * Ids the requests are made with, sampled from the database at start, so the benchmark depends on the graph model
 * only, not on the demo data's names.
 *
 * @param families      families with a coach and a municipality, each with its help questions (the open ones with
 *                      the helpers already matched to them) and household
 * @param directory     (expertise, kern) pairs a real professional has and serves, for the filtered professionals list
 * @param words         words from community resource names, for the full-text search
 * @param municipalities municipalities families live in, for the aggregates
 * @param helpers       professionals with open places who accept clients, for proposed matches
 * @param reader        a professional (and their municipality) to sign in as for directory reads
 */
record Samples(List<FamilySample> families, List<DirectorySample> directory, List<String> words,
               List<String> municipalities, List<String> helpers, Reader reader) {

    record FamilySample(String familyId, String coachId, String municipalityId, List<String> helpQuestionIds,
                        Map<String, List<String>> openHelpQuestions, List<String> householdIds) {
    }

    record DirectorySample(String expertiseId, String expertiseName, String kernId) {
    }

    record Reader(String professionalId, String municipalityId) {
    }

    static Samples take(Driver driver, int familyCount) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var families = tx.run("""
                                MATCH (f:Family)-[:COACHED_BY]->(c:Professional)
                                WITH f, c ORDER BY rand() LIMIT $n
                                MATCH (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Area {kind: 'MUNICIPALITY'})
                                RETURN f.id AS familyId, c.id AS coachId, m.id AS municipalityId,
                                       [(f)-[:RAISED]->(h:HelpQuestion) | h.id] AS questions,
                                       [(f)-[:RAISED]->(h:HelpQuestion) WHERE h.status <> 'CLOSED' | {id: h.id,
                                         busy: [(h)<-[:FOR_QUESTION]-(open:Match)-[:WITH_HELPER]->(x) WHERE open.status <> 'CLOSED' | x.id]}]
                                         AS openQuestions,
                                       [(p:Person)-[:MEMBER_OF]->(f) | p.id] AS household""",
                        Values.parameters("n", familyCount)).list(r -> new FamilySample(r.get("familyId").asString(),
                        r.get("coachId").asString(), r.get("municipalityId").asString(), strings(r, "questions"),
                        openQuestions(r), strings(r, "household")));
                var directory = tx.run("""
                                MATCH (p:Professional)-[:HAS_EXPERTISE]->(e:Expertise)
                                WITH p, e ORDER BY rand() LIMIT 500
                                MATCH (p)-[:SERVES]->(s:Area)
                                MATCH (k:Area {kind: 'KERN'})
                                WHERE k = s OR (s)-[:PART_OF]->(k) OR (k)-[:PART_OF]->(s)
                                RETURN DISTINCT e.id AS expertiseId, e.name AS expertiseName, k.id AS kernId
                                LIMIT 500""").list(r -> new DirectorySample(r.get("expertiseId").asString(),
                        r.get("expertiseName").asString(), r.get("kernId").asString()));
                var names = tx.run("""
                        MATCH (r:CommunityResource) WHERE r.name IS NOT NULL
                        WITH r ORDER BY rand() LIMIT 500
                        RETURN r.name AS name""").list(r -> r.get("name").asString());
                var municipalities = tx.run("""
                        MATCH (m:Area {kind: 'MUNICIPALITY'})
                        WHERE EXISTS { (m)<-[:PART_OF*1..3]-(:Area)<-[:LIVES_IN]-(:Family) }
                        RETURN m.id AS id ORDER BY id""").list(r -> r.get("id").asString());
                var helpers = tx.run("""
                        MATCH (p:Professional) WHERE p.capacity > 0 AND p.acceptingClients = true
                        WITH p ORDER BY rand() LIMIT 500
                        RETURN p.id AS id""").list(r -> r.get("id").asString());
                var reader = tx.run("""
                                MATCH (p:Professional)-[:SERVES]->(:Area)-[:PART_OF*0..3]->(m:Area {kind: 'MUNICIPALITY'})
                                RETURN p.id AS professionalId, m.id AS municipalityId ORDER BY professionalId LIMIT 1""")
                        .list(r -> new Reader(r.get("professionalId").asString(), r.get("municipalityId").asString()));
                return new Samples(families, directory, words(names), municipalities, helpers,
                        reader.isEmpty() ? null : reader.get(0));
            });
        }
    }

    /** Node counts per label and relationship counts per type, from the count store. */
    static Map<String, Long> counts(Driver driver) {
        var counts = new LinkedHashMap<String, Long>();
        try (var session = driver.session()) {
            var labels = session.run("CALL db.labels() YIELD label RETURN label ORDER BY label").list(r -> r.get(0).asString());
            for (var label : labels) {
                counts.put(label, session.run("MATCH (n:`" + label.replace("`", "``") + "`) RETURN count(n)").single().get(0).asLong());
            }
            var types = session.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType")
                    .list(r -> r.get(0).asString());
            for (var type : types) {
                counts.put("[:" + type + "]", session.run("MATCH ()-[r:`" + type.replace("`", "``") + "`]->() RETURN count(r)")
                        .single().get(0).asLong());
            }
        }
        return counts;
    }

    List<FamilySample> familiesWithQuestions() {
        return families.stream().filter(f -> !f.helpQuestionIds().isEmpty()).toList();
    }

    List<FamilySample> familiesWithOpenQuestions() {
        return families.stream().filter(f -> !f.openHelpQuestions().isEmpty() && !f.householdIds().isEmpty()).toList();
    }

    /** Each open help question with the helpers that already have a match for it that is not closed. */
    private static Map<String, List<String>> openQuestions(Record record) {
        var questions = new LinkedHashMap<String, List<String>>();
        record.get("openQuestions").asList(v -> v).forEach(q -> questions.put(q.get("id").asString(),
                q.get("busy").asList(v -> v.asString())));
        return questions;
    }

    private static List<String> strings(Record record, String key) {
        return record.get(key).asList(v -> v.asString());
    }

    /** Words of four or more letters: what someone looking for a resource would type. */
    private static List<String> words(List<String> names) {
        var words = new LinkedHashSet<String>();
        for (var name : names) {
            for (var word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }
}
