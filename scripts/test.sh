#!/usr/bin/env bash
# Sekimori's one test command (`npm test`). Runs every test there is, in this order:
#   1. Debian packages the tests need (postgresql chromium fonts-noto-cjk poppler-utils slapd ldap-utils), installed
#      only when one is missing;
#   2. `npm ci` only when node_modules is missing or older than package-lock.json;
#   3. `npm run check`  (types, lint, module boundaries);
#   4. `vitest run`     (unit and route tests on in-memory PGlite, each request checked by the
#      audit invariant), then the audit coverage check (scripts/audit-coverage.ts);
#   5. the route/database suites again on a throwaway PostgreSQL cluster;
#   6. the web app build and the end-to-end scenarios in Debian Chromium.
# Prints a summary with the time of each stage and exits non-zero when any stage failed.
# Environment: SKIP_E2E=1, SKIP_PG=1 or SKIP_BENCH=1 to leave a stage out (reported as skipped).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NODE_OPTIONS="${NODE_OPTIONS:-} --max-old-space-size=3072"
export FORCE_COLOR="${FORCE_COLOR:-0}"

STAGE_NAMES=()
STAGE_RESULTS=()
STAGE_SECONDS=()
FAILED=0
PGDIR=""
PG_CTL=""

log() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

record() { # name result seconds
  STAGE_NAMES+=("$1")
  STAGE_RESULTS+=("$2")
  STAGE_SECONDS+=("$3")
  if [ "$2" = "FAIL" ]; then FAILED=1; fi
}

STAGE_LOGS="$(mktemp -d)"
FAILURE_LINES=()

# The lines of a failed stage's output that name what failed (vitest's FAIL lines and the error
# under each, Playwright's ✘ lines, fast-check's seed), for the summary: CI shows the end of the
# output, and the test that failed must be known without a rerun.
failure_lines() { # log file
  sed 's/\x1b\[[0-9;]*m//g' "$1" |
    grep -E '^ *FAIL |^ *(×|✘) |^(AssertionError|Error|TypeError|RangeError)|Test timed out|Counterexample|seed: ?-?[0-9]|^ +[0-9]+\) ' |
    awk '!seen[$0]++' | head -n 40 | cut -c1-300
}

# run_stage NAME COMMAND... : runs the command, records PASS/FAIL and its time.
run_stage() {
  local name="$1"
  shift
  log "$name"
  local start=$SECONDS
  local out="$STAGE_LOGS/${#STAGE_NAMES[@]}.log"
  # Through a process substitution, not a pipe: the stage runs in this shell, so what it sets
  # (the PostgreSQL cluster's folder, for the exit trap) stays visible here.
  local rc=0
  "$@" > >(tee "$out") 2>&1 || rc=$?
  wait $! 2>/dev/null || true
  if [ "$rc" -eq 0 ]; then
    record "$name" PASS $((SECONDS - start))
    return 0
  fi
  record "$name" FAIL $((SECONDS - start))
  local line
  while IFS= read -r line; do FAILURE_LINES+=("[$name] $line"); done < <(failure_lines "$out")
  return 1
}

summary() {
  printf '\n\033[1m== Summary (npm test) ==\033[0m\n'
  local i
  for i in "${!STAGE_NAMES[@]}"; do
    printf '  %-6s %5ss  %s\n' "${STAGE_RESULTS[$i]}" "${STAGE_SECONDS[$i]}" "${STAGE_NAMES[$i]}"
  done
  printf '  total  %5ss\n' "$SECONDS"
  if [ "${#FAILURE_LINES[@]}" -gt 0 ]; then
    printf '\n\033[1m== What failed ==\033[0m\n'
    printf '  %s\n' "${FAILURE_LINES[@]}"
  fi
  if [ "$FAILED" -ne 0 ]; then
    printf '\033[31mFAILED\033[0m: see the stages marked FAIL above.\n'
  else
    printf '\033[32mALL PASSED\033[0m\n'
  fi
}

stop_postgres() {
  if [ -n "$PGDIR" ] && [ -d "$PGDIR" ]; then
    as_postgres "$PG_CTL" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
  PGDIR=""
}
trap 'stop_postgres; rm -rf "$STAGE_LOGS"' EXIT
trap 'stop_postgres; exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------------------------
find_pg_bin() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

missing_packages() {
  local missing=()
  find_pg_bin >/dev/null || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ -x /usr/sbin/slapd ] || missing+=(slapd)
  command -v ldapsearch >/dev/null 2>&1 || missing+=(ldap-utils)
  echo "${missing[@]:-}"
}

install_packages() {
  local missing
  missing="$(missing_packages)"
  if [ -z "$missing" ]; then
    echo "All Debian packages present (postgresql chromium fonts-noto-cjk poppler-utils slapd ldap-utils)."
    return 0
  fi
  echo "Missing Debian packages: $missing"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      echo "Not root and no password-less sudo: install them with" >&2
      echo "  sudo apt-get update && sudo apt-get install -y $missing" >&2
      return 1
    fi
  fi
  # shellcheck disable=SC2086
  $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing </dev/null
}

# ---------------------------------------------------------------------------------------------
# 2. npm dependencies
# ---------------------------------------------------------------------------------------------
install_node_modules() {
  if [ -d node_modules ] && [ -f node_modules/.package-lock.json ] &&
    [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "node_modules is up to date with package-lock.json."
    return 0
  fi
  echo "node_modules missing or older than package-lock.json: npm ci"
  npm ci --no-audit --no-fund </dev/null
}

# ---------------------------------------------------------------------------------------------
# 5. PostgreSQL
# ---------------------------------------------------------------------------------------------
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(Number(process.argv[1]),"127.0.0.1",()=>{console.log(s.address().port);s.close()}).on("error",()=>{const t=require("net").createServer();t.listen(0,"127.0.0.1",()=>{console.log(t.address().port);t.close()})})' "$1"
}

start_postgres() {
  local bin
  bin="$(find_pg_bin)" || {
    echo "PostgreSQL server binaries not found (Debian package postgresql)." >&2
    return 1
  }
  PG_CTL="$bin/pg_ctl"
  PGDIR="$(mktemp -d /tmp/sekimori-pg.XXXXXX)"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PGDIR"; fi
  chmod 700 "$PGDIR"
  PGPORT_TEST="$(free_port "${SEKIMORI_TEST_PG_PORT:-55432}")"
  echo "Throwaway PostgreSQL ($("$bin/postgres" --version)) in $PGDIR on port $PGPORT_TEST"
  as_postgres "$bin/initdb" -D "$PGDIR/data" --no-locale -E UTF8 -U postgres -A trust >"$PGDIR.initdb.log" 2>&1 || {
    cat "$PGDIR.initdb.log" >&2
    return 1
  }
  rm -f "$PGDIR.initdb.log"
  as_postgres "$PG_CTL" -D "$PGDIR/data" -l "$PGDIR/server.log" \
    -o "-p $PGPORT_TEST -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    -w -t 60 start >/dev/null || {
    cat "$PGDIR/server.log" >&2
    return 1
  }
  as_postgres "$bin/psql" -h "$PGDIR" -p "$PGPORT_TEST" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE sekimori_test LOGIN SUPERUSER PASSWORD 'sekimori_test'" >/dev/null || return 1
  export TEST_DATABASE_URL="postgres://sekimori_test:sekimori_test@127.0.0.1:$PGPORT_TEST/postgres"
}

# The suites that open a database (route and DB tests); pure unit tests need not run twice.
db_test_files() {
  grep -rlE --include='*.test.ts' "test/(app|db)['\"]|createTestApp|openTestDatabase|TEST_DATABASE_URL" server 2>/dev/null | sort
}

run_postgres_suites() {
  start_postgres || return 1
  local files
  mapfile -t files < <(db_test_files)
  if [ "${#files[@]}" -eq 0 ]; then
    echo "No route/database test files found (expected files using server/test/app or db)." >&2
    return 1
  fi
  echo "Running ${#files[@]} route/database test files against $TEST_DATABASE_URL"
  local rc=0
  npx vitest run "${files[@]}" </dev/null || rc=$?
  as_postgres "$PG_CTL" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
  stop_postgres
  unset TEST_DATABASE_URL
  return $rc
}

# ---------------------------------------------------------------------------------------------
# 6. web build + e2e
# ---------------------------------------------------------------------------------------------
build_web() {
  if [ ! -f web/vite.config.ts ]; then
    echo "web/vite.config.ts not found: the web app is missing." >&2
    return 1
  fi
  npm run build:web </dev/null
}

# ---------------------------------------------------------------------------------------------
echo "Sekimori test command — $(node --version), $(nproc) cores, CI=${CI:-}"

if ! run_stage "Debian packages" install_packages; then
  summary
  exit 1
fi
if ! run_stage "npm dependencies" install_node_modules; then
  summary
  exit 1
fi
run_stage "npm run check (tsc, biome, module boundaries)" npm run check </dev/null
# The CLI tests spawn bin/sekimori.js, which runs this bundle (as `npm start` does) when fresh.
run_stage "server bundle (esbuild)" npm run build:server </dev/null
# Every test app checks the audit invariant per request and notes which state-changing routes
# succeeded; afterwards every such route must have been exercised (server/http/audit-invariant.ts).
AUDIT_COVERAGE_DIR="$(mktemp -d)"
vitest_pglite() {
  SEKIMORI_AUDIT_COVERAGE_DIR="$AUDIT_COVERAGE_DIR" npx vitest run </dev/null
}
run_stage "vitest on PGlite (unit + route tests)" vitest_pglite
run_stage "audit coverage (every state-changing route, audited)" \
  env SEKIMORI_AUDIT_COVERAGE_DIR="$AUDIT_COVERAGE_DIR" npx tsx scripts/audit-coverage.ts </dev/null
rm -rf "$AUDIT_COVERAGE_DIR"
if [ "${SKIP_PG:-}" = "1" ]; then
  record "route/DB suites on PostgreSQL" SKIP 0
else
  run_stage "route/DB suites on PostgreSQL" run_postgres_suites
fi
if [ "${SKIP_E2E:-}" = "1" ]; then
  record "web build + e2e (Chromium)" SKIP 0
else
  if run_stage "web build" build_web; then
    run_stage "e2e scenarios (Chromium)" bash scripts/e2e.sh </dev/null
  else
    record "e2e scenarios (Chromium)" FAIL 0
  fi
fi

# Benchmark smoke test at 1/20 scale (issue 7): figures are printed, not asserted.
if [ "${SKIP_BENCH:-}" = "1" ]; then
  record "benchmark smoke (--quick)" SKIP 0
else
  run_stage "benchmark smoke (--quick)" npm run bench -- --quick </dev/null
fi

summary
exit "$FAILED"
