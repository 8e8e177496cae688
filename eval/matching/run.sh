#!/usr/bin/env sh
# The matching evaluation (docs/matching.md) against a running service with the demo data:
#   eval/matching/run.sh [http://localhost:8080 [user [password]]]
# Records each labelled question of eval/matching/questions.tsv as a help question of Gezin Vossen, ranks it with
# matchProfessionals and deletes it again; prints P@5, first fits and MRR per half and per life domain.
cd "$(dirname "$0")/../.." || exit 1
exec ./mvnw -q -B process-test-classes exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath nl.netwerkkaart.eval.EvaluateMatching $*"
