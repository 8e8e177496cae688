#!/usr/bin/env bash
# Sends the three benchmark operations in queries/ to the peer with curl and fails on an HTTP error, on GraphQL
# errors or on an empty answer (no family, no professional, no resource: wrong ids or words). Prints a one-line
# summary per operation.
#
# Environment (defaults are ids of the demo data, which are the same on every load):
#   PEER_URL        default http://localhost:4000/graphql
#   FAMILY_ID       default e681135a-5698-5371-89c4-ccd6dc53e61d (Gezin Verbeek)
#   EXPERTISE_NAME  default Jeugd-GGZ
#   KERN_ID         default 66ca51a4-8c6d-57d8-85bc-cc855e45903c (Panningen)
#   FIRST           default 20
#   SEARCH_TEXT     default "(sport OR sport*)": the Lucene query Netwerkkaart's search builds from "sport"
#   VERBOSE=1       also prints each full answer
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
url="${PEER_URL:-http://localhost:4000/graphql}"
family_id="${FAMILY_ID:-e681135a-5698-5371-89c4-ccd6dc53e61d}"
expertise_name="${EXPERTISE_NAME:-Jeugd-GGZ}"
kern_id="${KERN_ID:-66ca51a4-8c6d-57d8-85bc-cc855e45903c}"
first="${FIRST:-20}"
search_text="${SEARCH_TEXT:-(sport OR sport*)}"

# send NAME FILE VARIABLES_JS CHECK_JS: posts the document with the variables (a JavaScript object expression that
# reads process.env), checks the answer with node and prints a summary.
send() {
    local name="$1" file="$2" variables="$3" check="$4"
    local body response status
    body="$(QUERY_FILE="$file" FAMILY_ID="$family_id" EXPERTISE_NAME="$expertise_name" KERN_ID="$kern_id" \
        FIRST="$first" SEARCH_TEXT="$search_text" node -e '
        const fs = require("fs");
        const env = process.env;
        process.stdout.write(JSON.stringify({
            query: fs.readFileSync(env.QUERY_FILE, "utf8"),
            variables: '"$variables"',
        }));')"
    response="$(mktemp)"
    status="$(curl -sS -o "$response" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "$body" "$url")"
    if [[ "${VERBOSE:-0}" == 1 ]]; then cat "$response"; echo; fi
    if ! RESPONSE="$response" STATUS="$status" NAME="$name" node -e '
        const fs = require("fs");
        const name = process.env.NAME;
        let answer;
        try { answer = JSON.parse(fs.readFileSync(process.env.RESPONSE, "utf8")); }
        catch (e) { console.error(`${name}: HTTP ${process.env.STATUS}, not JSON`); process.exit(1); }
        if (answer.errors && answer.errors.length) {
            console.error(`${name}: GraphQL errors: ${JSON.stringify(answer.errors)}`); process.exit(1);
        }
        if (process.env.STATUS !== "200" || !answer.data) {
            console.error(`${name}: HTTP ${process.env.STATUS} without data`); process.exit(1);
        }
        const check = '"$check"';
        const summary = check(answer.data);
        if (!summary) { console.error(`${name}: empty answer`); process.exit(1); }
        console.log(`${name}: ok, ${summary}`);'; then
        cat "$response" >&2; echo >&2
        rm -f "$response"
        return 1
    fi
    rm -f "$response"
}

send familyNetwork "$here/queries/familyNetwork.graphql" \
    '{ familyId: env.FAMILY_ID }' \
    '(d) => { const f = d.families[0]; if (!f) return null;
        const versions = f.ties.filter((t) => t.versions.length === 1).length;
        return `${f.name}: ${f.membersConnection.totalCount} members, ${f.networkConnection.totalCount} network persons, `
            + `${f.ties.length} current ties (${versions} with their current version)`; }'

send professionals "$here/queries/professionals.graphql" \
    '{ expertiseName: env.EXPERTISE_NAME, kernId: env.KERN_ID, first: Number(env.FIRST) }' \
    '(d) => { const c = d.professionalsConnection; if (c.totalCount === 0) return null;
        return `${c.edges.length} of ${c.totalCount} professionals, hasNextPage ${c.pageInfo.hasNextPage}`; }'

send search "$here/queries/search.graphql" \
    '{ text: env.SEARCH_TEXT }' \
    '(d) => { const c = d.communityResourcesSearch;
        if (c.edges.length === 0) return null;
        return `${c.edges.length} of ${c.totalCount} resources, best ${JSON.stringify(c.edges[0].node.name)} score ${c.edges[0].score.toFixed(3)}`; }'
