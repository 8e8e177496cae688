#!/usr/bin/env bash
# Pulls another system's HSDS 3.x API into your municipality through the running service (the mutation pullHsdsFeed)
# and follows the import until it is done, printing its progress and, at the end, its counts.
#
#   bin/hsds-pull.sh FEED_BASE_URL [--full] [--api-key KEY]
#
# FEED_BASE_URL is the feed's API base address, e.g. https://sociale-kaart.example.org/hsds (its paths are /services,
# /services/{id}, ...). After a complete pull, the next pull of the same feed asks only for what changed since; --full
# reads everything again. Sign-in: NETWERKKAART_TOKEN (a JWT of your identity provider, prod) or NETWERKKAART_USER and
# NETWERKKAART_PASSWORD (HTTP Basic, demo accounts outside prod). NETWERKKAART_URL is the service (default
# http://localhost:8080). Needs curl.
set -euo pipefail

usage() { echo "usage: $0 FEED_BASE_URL [--full] [--api-key KEY]" >&2; exit 2; }
[ $# -ge 1 ] || usage
feed=$1; shift
full=false; key=
while [ $# -gt 0 ]; do
  case "$1" in
    --full) full=true ;;
    --api-key) [ $# -ge 2 ] || usage; key=$2; shift ;;
    *) usage ;;
  esac
  shift
done
service=${NETWERKKAART_URL:-http://localhost:8080}
if [ -n "${NETWERKKAART_TOKEN:-}" ]; then
  auth=(-H "Authorization: Bearer $NETWERKKAART_TOKEN")
else
  auth=(-u "${NETWERKKAART_USER:-municipality}:${NETWERKKAART_PASSWORD:-demo}")
fi
json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
graphql() {
  curl -sS --fail-with-body "${auth[@]}" -H 'Content-Type: application/json' -d "$1" "$service/graphql"
}
field() { printf '%s' "$1" | grep -o "\"$2\":[^,}]*" | head -1 | sed -e "s/\"$2\"://" -e 's/"//g'; }

input="{\"baseUrl\":\"$(json "$feed")\",\"full\":$full"
[ -n "$key" ] && input="$input,\"apiKey\":\"$(json "$key")\""
input="$input}"
started=$(graphql "{\"query\":\"mutation(\$input: PullHsdsFeedInput!) { pullHsdsFeed(input: \$input) { job { id } modifiedAfter userErrors { field message } } }\",\"variables\":{\"input\":$input}}")
job=$(field "$started" id)
if [ -z "$job" ]; then
  echo "The pull did not start: $started" >&2
  exit 1
fi
echo "Pulling $feed (job $job, changed after: $(field "$started" modifiedAfter))"
query="{\"query\":\"query(\$id: ID) { hsdsImportJobs(id: \$id) { status phase processed total report { created updated unchanged refused } userErrors { message } } }\",\"variables\":{\"id\":\"$job\"}}"
while true; do
  state=$(graphql "$query")
  status=$(field "$state" status)
  echo "  $(field "$state" phase): $(field "$state" processed) of $(field "$state" total)"
  if [ "$status" != "RUNNING" ]; then
    break
  fi
  sleep 2
done
if [ "$status" = "DONE" ]; then
  echo "Done: $(field "$state" created) created, $(field "$state" updated) updated, $(field "$state" unchanged) unchanged, $(field "$state" refused) refused services"
  echo "(the report of every record: query hsdsImportJobs(id: \"$job\") { report { records { record outcome } errors { record field reason } flags { record field reason } } })"
else
  echo "Failed: $state" >&2
  exit 1
fi
