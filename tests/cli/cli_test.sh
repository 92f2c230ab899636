#!/usr/bin/env bash
# The aims CLI as a user calls it: exit status and messages. Usage: cli_test.sh AIMS ROOT SCENARIOS
set -u
AIMS=$1; ROOT=$2; SCEN=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
check() { # name expected_status command...
  local name=$1 want=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  if [ "$got" = "$want" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $name: exit $got, want $want"; cat "$tmp/err" | head -5; fi
}
contains() { # name file text
  if grep -qF -- "$3" "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $1: '$3' not in $(basename $2):"; head -5 "$2"; fi
}

check help 0 "$AIMS" --help;            contains help-text "$tmp/out" "aims classify FILE"
check version 0 "$AIMS" --version;      contains version-text "$tmp/out" "aims 0."
check no-args 2 "$AIMS"
check unknown-cmd 2 "$AIMS" frobnicate; contains unknown-cmd-msg "$tmp/err" "unknown command"
check missing-file 2 "$AIMS" classify "$tmp/nope.json"; contains missing-file-msg "$tmp/err" "nope.json: cannot read"

# A valid profile from a file and from stdin.
printf '{"id":"bot","roles":["provider"],"transparency":["art50.1"]}' > "$tmp/bot.json"
check classify-file 0 "$AIMS" classify "$tmp/bot.json"; contains classify-class "$tmp/out" '"risk_class": "limited_risk"'
check classify-stdin 0 bash -c "cat '$tmp/bot.json' | '$AIMS' classify -"; contains stdin-class "$tmp/out" '"risk_class": "limited_risk"'

# Broken JSON: line and column.
printf '{\n  "id": "x",\n  "roles": [provider]\n}\n' > "$tmp/broken.json"
check broken 2 "$AIMS" classify "$tmp/broken.json"; contains broken-loc "$tmp/err" "broken.json: line 3, column 13"
# Wrong type: the JSON path.
printf '{"id":"x","profiling":"yes"}' > "$tmp/type.json"
check wrong-type 2 "$AIMS" classify "$tmp/type.json"; contains wrong-type-path "$tmp/err" "type.json: at /profiling: expected true or false"
# Unknown ID.
printf '[{"id":"a"},{"id":"b","annex3":["annex3.9.z"]}]' > "$tmp/unknown.json"
check unknown-id 2 "$AIMS" classify "$tmp/unknown.json"; contains unknown-id-path "$tmp/err" "at /1/annex3/0: unknown Annex III point 'annex3.9.z'"
# Missing id.
printf '{"name":"no id"}' > "$tmp/noid.json"
check missing-id 2 "$AIMS" classify "$tmp/noid.json"; contains missing-id-path "$tmp/err" "at /id: missing required field 'id'"
# A project file: errors point into /systems.
printf '{"format":"aims-project","systems":[{"id":"s1","roles":["wizard"]}]}' > "$tmp/proj.json"
check project-bad-role 2 "$AIMS" classify "$tmp/proj.json"; contains project-path "$tmp/err" "at /systems/0/roles/0: unknown role 'wizard'"
# Every scenario profile classifies with exit 0 (the content is checked by core_tests).
for f in "$SCEN"/*.json; do
  python3 -c "import json,sys;print(json.dumps(json.load(open(sys.argv[1]))['profile']))" "$f" > "$tmp/p.json"
  check "scenario-$(basename "$f")" 0 "$AIMS" classify "$tmp/p.json" --lang de
done
# German output uses the official terms.
printf '{"id":"cv","roles":["deployer"],"annex3":["annex3.4.a"],"profiling":true}' > "$tmp/cv.json"
check german 0 "$AIMS" classify "$tmp/cv.json" --lang de; contains german-ref "$tmp/out" "Anhang III"
# Dates as enacted.
check enacted 0 "$AIMS" classify "$tmp/cv.json" --as-enacted; contains enacted-date "$tmp/out" '"applies_from": "2026-08-02"'
# Fines with turnover.
printf '{"id":"emo","roles":["deployer"],"prohibited_practices":["art5.1.f"]}' > "$tmp/emo.json"
check fines 0 "$AIMS" classify "$tmp/emo.json" --turnover 1000000000; contains fine-max "$tmp/out" '"max_eur": 70000000'
check bad-option 2 "$AIMS" classify "$tmp/emo.json" --turnover lots
# Small mid-caps (Art. 99(6a)): the lower amount for Art. 99(4)/(5) only; an Art. 5 breach stays
# at the higher of EUR 35 m or 7 %. SME (Art. 99(6)): lower for every tier. Both: usage error.
printf '{"id":"emo","roles":["deployer"],"prohibited_practices":["art5.1.f"],"annex3":["annex3.4.a"],"profiling":true}' > "$tmp/emo-hr.json"
check smc 0 "$AIMS" classify "$tmp/emo-hr.json" --turnover 100000000 --small-midcap --compact
contains smc-art5-higher "$tmp/out" '"tier":"art99.3","ref":"Art. 99(3) AI Act","amount_eur":35000000.0,"percent":7.0,"rule":"higher","max_eur":35000000.0'
contains smc-because "$tmp/out" 'Small mid-cap rule: Art. 99(6a) AI Act.'
check smc-hr 0 "$AIMS" classify "$tmp/cv.json" --turnover 100000000 --small-midcap --compact
contains smc-art26-lower "$tmp/out" '"tier":"art99.4","ref":"Art. 99(4) AI Act","amount_eur":15000000.0,"percent":3.0,"rule":"lower","max_eur":3000000.0'
check sme-all-lower 0 "$AIMS" classify "$tmp/emo-hr.json" --turnover 100000000 --sme --compact
contains sme-art5-lower "$tmp/out" '"tier":"art99.3","ref":"Art. 99(3) AI Act","amount_eur":35000000.0,"percent":7.0,"rule":"lower","max_eur":7000000.0'
check sme-and-smc 2 "$AIMS" classify "$tmp/emo-hr.json" --sme --small-midcap; contains sme-and-smc-msg "$tmp/err" "--sme and --small-midcap exclude each other"
check smc-help 0 "$AIMS" --help; contains smc-help-text "$tmp/out" "--small-midcap"
# Where the catalog's statements come from.
check sources 0 "$AIMS" catalog --sources; contains sources-date "$tmp/out" "legal status as of 20"
contains sources-omnibus "$tmp/out" "omnibus-2026-1744 [amended]"; contains sources-secondary "$tmp/out" "Resting on secondary sources"
check sources-json 0 "$AIMS" catalog --sources --json --lang de; contains sources-json-de "$tmp/out" '"legal_status_as_of"'
contains sources-json-title "$tmp/out" "Verordnung (EU) 2024/1689"
check catalog-bad-option 2 "$AIMS" catalog --frobnicate
# What changed with the law: a project's acknowledged results against today's catalog.
cat > "$tmp/ack.json" <<'JSON'
{"format":"aims-project","version":1,"systems":[
 {"id":"tagger","roles":["provider"],"prohibited_practices":["art5.1.g"],"prohibited_exceptions":["art5.1.g"],
  "acknowledged":{"on":"2026-11-28","catalog_version":1,"legal_status_as_of":"2026-11-27","risk_class":"prohibited",
   "prohibited_practices":["art5.1.g"],"obligations":[{"id":"art4","role":"provider","applies_from":"2025-02-02"},{"id":"art5","role":"provider","applies_from":"2025-02-02"}]}},
 {"id":"bot","roles":["provider"],"transparency":["art50.1"]}]}
JSON
check changes 0 "$AIMS" classify "$tmp/ack.json" --changes --compact
contains changes-status "$tmp/out" '"system":"tagger","status":"changed"'
contains changes-class "$tmp/out" '{"what":"risk_class","old":"prohibited","new":"minimal_risk"}'
contains changes-entry "$tmp/out" '{"what":"practice_removed","entry":"art5.1.g","ref":"Art. 5(1)(g) AI Act","old":"art5.1.g","new":null}'
contains changes-new "$tmp/out" '"system":"bot","status":"not_acknowledged"'
check changes-profile 2 "$AIMS" classify "$tmp/bot.json" --changes; contains changes-profile-msg "$tmp/err" "FILE must be a project"
sed 's/"legal_status_as_of":"2026-11-27"/"legal_status_as_of":"last week"/' "$tmp/ack.json" > "$tmp/ack-bad.json"
check changes-bad 2 "$AIMS" classify "$tmp/ack-bad.json" --changes; contains changes-bad-path "$tmp/err" "at /systems/0/acknowledged/legal_status_as_of: expected a date"

# validate: the demo project is valid; every problem of a broken one is listed with its path.
check validate-demo 0 "$AIMS" validate "$ROOT/assets/project/demo-de.json"; contains validate-demo-msg "$tmp/out" "valid aims-project version 1"
printf '{"format":"aims-project","version":1,"risks":[{"id":"r","likelihood":9}],"tasks":[{"id":"t","due":"soon"}]}' > "$tmp/badproj.json"
check validate-bad 2 "$AIMS" validate "$tmp/badproj.json"
contains validate-bad-1 "$tmp/err" "badproj.json: at /risks/0/likelihood: expected a number from 1 to 5"
contains validate-bad-2 "$tmp/err" "badproj.json: at /tasks/0/due: expected a date"
contains validate-bad-count "$tmp/err" "invalid: 2 problems"
printf '{"format":"aims-project",\n"version": 1,\n"systems": [}' > "$tmp/synproj.json"
check validate-syntax 2 "$AIMS" validate "$tmp/synproj.json"; contains validate-syntax-loc "$tmp/err" "synproj.json: line 3, column 13"
check validate-migrate 0 "$AIMS" validate "$tmp/bot.json"; contains validate-migrate-msg "$tmp/err" "migrated: a single system profile"
# classify takes a project file: one result per system.
check classify-project 0 "$AIMS" classify "$ROOT/assets/project/demo-de.json" --compact
contains classify-project-n "$tmp/out" '"system":"bewerber-vorauswahl"'

# report: the reports for the auditor (content is checked by core_tests).
DEMO="$ROOT/assets/project/demo-de.json"
lines() { # name file expected_count
  local n; n=$(wc -l < "$2"); if [ "$n" = "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $1: $n lines, want $3"; fi
}
check report-html 0 "$AIMS" report "$DEMO" --format html --as-of 2026-11-27
contains report-html-org "$tmp/out" "Brenner Antriebstechnik GmbH"; contains report-html-table "$tmp/out" "<table"
check report-md-de 0 "$AIMS" report "$DEMO" --format md --lang de; contains report-md-soa "$tmp/out" "## 4 Erklärung zur Anwendbarkeit"
check report-soa 0 "$AIMS" report "$DEMO" --format csv --table soa; lines report-soa-lines "$tmp/out" 39
contains report-soa-row "$tmp/out" "A.6.2.8,"
check report-out 0 "$AIMS" report "$DEMO" --format html --lang de --out "$tmp/report.html"; contains report-out-file "$tmp/report.html" "Risikoinventar"
check report-csv-dir 0 "$AIMS" report "$DEMO" --format csv --out "$tmp/csv"
for t in soa gaps risks inventory; do contains "report-csv-dir-$t" "$tmp/out" "$tmp/csv/$t.csv"; done
lines report-csv-dir-risks "$tmp/csv/risks.csv" 9; lines report-csv-dir-gaps "$tmp/csv/gaps.csv" 71
check report-bad-format 2 "$AIMS" report "$DEMO" --format pdf; contains report-bad-format-msg "$tmp/err" "--format must be html, md or csv"
check report-no-format 2 "$AIMS" report "$DEMO"
check report-csv-no-table 2 "$AIMS" report "$DEMO" --format csv; contains report-csv-no-table-msg "$tmp/err" "--table"
check report-bad-table 2 "$AIMS" report "$DEMO" --format csv --table secrets
check report-bad-date 2 "$AIMS" report "$DEMO" --format html --as-of 27.11.2026
check report-invalid 2 "$AIMS" report "$tmp/badproj.json" --format html
contains report-invalid-path "$tmp/err" "badproj.json: at /risks/0/likelihood: expected a number from 1 to 5"
contains report-invalid-count "$tmp/err" "invalid: 2 problems"
check report-missing 2 "$AIMS" report "$tmp/nope.json" --format md
# The formats come from one table (core/report.h): every --format the usage lists is accepted
# (one file, or a directory of tables), the error names the same list, and the aliases work.
"$AIMS" --help > "$tmp/help"
formats=$(sed -n 's/.*aims report FILE --format \([a-z|]*\) .*/\1/p' "$tmp/help")
[ -n "$formats" ] && pass=$((pass+1)) || { fail=$((fail+1)); echo "FAIL report-usage-formats: no --format list in the usage"; }
for f in ${formats//|/ }; do
  check "report-format-$f" 0 "$AIMS" report "$DEMO" --format "$f" --out "$tmp/fmt-$f" --as-of 2026-11-27
  [ -s "$tmp/fmt-$f" ] || [ -n "$(ls "$tmp/fmt-$f" 2>/dev/null)" ] && pass=$((pass+1)) || { fail=$((fail+1)); echo "FAIL report-format-$f: nothing written"; }
  contains "report-format-$f-help" "$tmp/help" "$f: "
done
check report-bad-format-list 2 "$AIMS" report "$DEMO" --format nonsense
contains report-bad-format-list-msg "$tmp/err" "--format must be $(echo "$formats" | sed 's/|/, /g; s/\(.*\), /\1 or /')"
check report-alias 0 "$AIMS" report "$DEMO" --format markdown --as-of 2026-11-27; contains report-alias-md "$tmp/out" "# "

# GDPR, NIS2 and sectors (#16): assess JSON carries the existing compliance and the sector; a
# credit institution's classify output notes Art. 26(5) on the scoring system's Art. 26.
FIN="$ROOT/assets/project/demo-finance.json"
check assess-existing 0 "$AIMS" assess "$DEMO" --as-of 2026-11-27
contains assess-existing-key "$tmp/out" '"existing_compliance": {'
contains assess-existing-gdpr "$tmp/out" '"id": "gdpr.art35"'
contains assess-existing-carried "$tmp/out" '"carried_from": "Art. 35 GDPR"'
contains assess-existing-nis2 "$tmp/out" '"ref": "Art. 23(4)(a) NIS2"'
check assess-finance 0 "$AIMS" assess "$FIN" --as-of 2026-11-27
contains assess-finance-sector "$tmp/out" '"ref": "Art. 26(5) AI Act"'
check classify-finance 0 "$AIMS" classify "$FIN"
contains classify-finance-note "$tmp/out" 'Deployers that are financial institutions meet the monitoring duty'
check classify-demo-no-finance 0 "$AIMS" classify "$DEMO"
if grep -qF 'financial institutions' "$tmp/out"; then fail=$((fail+1)); echo "FAIL classify-demo-no-finance: finance note on a manufacturer"; else pass=$((pass+1)); fi
printf '{"format":"aims-project","version":1,"organisation":{"gdpr":{"toms":"yes"}}}' > "$tmp/gdpr.json"
check validate-gdpr 2 "$AIMS" validate "$tmp/gdpr.json"; contains validate-gdpr-path "$tmp/err" "/organisation/gdpr/toms"

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
