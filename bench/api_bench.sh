#!/usr/bin/env bash
# Load test of the HTTP API (`dossier serve`) on loopback with wrk.
#
# Measures requests/s and latency p50/p99 for
#   search   GET /api/v1/search?q=...      (10 rotating queries: words, a phrase,
#                                           a prefix, language/date filters)
#   person   GET /api/v1/persons/{id}      (rotating over the 200 persons with
#                                           the most sources)
#   persons  GET /api/v1/persons?...       (the list: 5 rotating sorts/pages/filters)
# and prints a table (with the server's CPU time per request, which other
# load on the machine changes far less than requests/s) plus the server's
# peak RSS (VmHWM).
#
# Usage: bench/api_bench.sh [--corpus DIR] [--db DB] [--mb 20] [--duration 20s]
#                           [--connections 16] [--threads 2] [--server-threads N]
#                           [--warmup 2s] [--build DIR] [--keep]
#   --corpus DIR  ingest this corpus directory instead of generating one
#   --db DB       use an already ingested database (copied, never modified)
#   --mb N        size of the generated corpus (corpus_gen --seed 42), default 20
#   --duration    wrk duration per endpoint, default 20s
#   --connections / --threads   wrk -c / -t, default 16 / 2
#   --server-threads N          dossier serve --threads (default: server's own)
#   --warmup      short unmeasured wrk run per endpoint first (0 to skip)
#   --build DIR   build directory with dossier and bench/corpus_gen (default build)
#   --keep        keep the temp dir (db, server log, wrk outputs)
# Needs wrk (apt-get install -y wrk), curl and python3.
# Exits non-zero if any request returns a non-2xx status or wrk reports socket
# errors (connect/read/write/timeout).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
corpus="" db_in="" mb=20 duration=20s connections=16 threads=2 server_threads=""
warmup=2s build="$here/build" keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --corpus) corpus=$2; shift 2 ;;
    --db) db_in=$2; shift 2 ;;
    --mb) mb=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --server-threads) server_threads=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "api_bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

die() { echo "api_bench: $*" >&2; exit 1; }
dossier="$build/dossier"
[[ -x $dossier ]] || die "no $dossier (build the project first)"
command -v wrk >/dev/null || die "wrk not found: apt-get install -y wrk"
command -v curl >/dev/null || die "curl not found"
command -v python3 >/dev/null || die "python3 not found"

tmp=$(mktemp -d /tmp/api_bench.XXXXXX)
server_pid=""
cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ $keep == 1 ]]; then echo "api_bench: kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "api_bench: $*" >&2; }

# --- database ---------------------------------------------------------------
db="$tmp/bench.db"
if [[ -n $db_in ]]; then
  [[ -f $db_in ]] || die "no database $db_in"
  cp "$db_in" "$db"
  [[ -f $db_in-wal ]] && cp "$db_in-wal" "$db-wal"
  log "using a copy of $db_in"
else
  if [[ -z $corpus ]]; then
    gen="$build/bench/corpus_gen"
    [[ -x $gen ]] || die "no $gen"
    corpus="$tmp/corpus"
    log "generating a $mb MB corpus"
    "$gen" --out "$corpus" --mb "$mb" --seed 42 >&2
  fi
  [[ -d $corpus ]] || die "no corpus directory $corpus"
  log "ingesting $corpus (this takes a while)"
  t0=$(date +%s)
  "$dossier" --db "$db" ingest -q "$corpus" >&2
  log "ingested in $(( $(date +%s) - t0 )) s"
fi

user=bench_api pass="bench-$RANDOM-$RANDOM-pw"
echo "$pass" | "$dossier" --db "$db" user add "$user" --role viewer --password-stdin >/dev/null \
  || die "could not create user $user"

# --- server -----------------------------------------------------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
serve_args=(--listen "127.0.0.1:$port")
[[ -n $server_threads ]] && serve_args+=(--threads "$server_threads")
"$dossier" --db "$db" serve "${serve_args[@]}" >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  curl -sf "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { tail -20 "$tmp/server.log" >&2; die "server exited"; }
  sleep 0.1
done
curl -sf "$base/healthz" >/dev/null || die "server did not come up on $base"
log "server pid $server_pid on $base"

login=$(python3 - "$base" "$user" "$pass" <<'EOF'
import json, sys, urllib.request
base, user, pw = sys.argv[1:4]
req = urllib.request.Request(base + "/api/v1/login",
    data=json.dumps({"username": user, "password": pw}).encode(),
    headers={"Content-Type": "application/json"}, method="POST")
with urllib.request.urlopen(req) as r:
    for h in r.headers.get_all("Set-Cookie") or []:
        k, _, v = h.split(";")[0].partition("=")
        if k.strip() == "dossier_session":
            print(v.strip()); break
EOF
) || die "login failed"
[[ -n $login ]] || die "login returned no dossier_session cookie"
cookie="Cookie: dossier_session=$login"

# --- request sets -----------------------------------------------------------
# Search: words frequent in the generated corpus (en and ru), a phrase, a
# prefix, an OR, a language filter and a date filter.
python3 - "$tmp/search.paths" <<'EOF'
import sys, urllib.parse as u
qs = [
    ("torture", {}),
    ("detention", {}),
    ('"hunger strike"', {}),
    ('"political prisoner"', {"language": "en"}),
    ("journalists extremism", {}),
    ("appeal sentence", {"from": "2018"}),
    ("lawyer*", {}),
    ("приговор", {"language": "ru"}),
    ("колонии", {}),
    ("родственники OR адвокат", {"language": "ru"}),
]
with open(sys.argv[1], "w") as f:
    for q, extra in qs:
        print("/api/v1/search?" + u.urlencode({"q": q, **extra}), file=f)
EOF

curl -sf -H "$cookie" "$base/api/v1/persons?limit=200&sort=sources" -o "$tmp/persons.json" \
  || die "GET /api/v1/persons failed"
python3 - "$tmp/persons.json" "$tmp/person.paths" <<'EOF'
import json, sys
items = json.load(open(sys.argv[1]))["items"]
if not items:
    sys.exit("no persons in the database")
with open(sys.argv[2], "w") as f:
    for p in items:
        print("/api/v1/persons/%d" % p["id"], file=f)
EOF

cat >"$tmp/persons_list.paths" <<'EOF'
/api/v1/persons?limit=50
/api/v1/persons?limit=50&sort=sources
/api/v1/persons?limit=50&sort=last&offset=200
/api/v1/persons?limit=50&status=detained&sort=events
/api/v1/persons?limit=50&q=zakharovich
EOF

# Sanity: every path answers 2xx before we load it.
for set in search person persons_list; do
  while read -r p; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base$p")
    [[ $code == 2* ]] || die "GET $p -> $code"
  done <"$tmp/$set.paths"
done

# wrk script: rotates over the paths (each thread starts at a different one),
# counts any status outside 200-299 and prints one parsable line at the end.
make_lua() {  # paths-file -> lua
  {
    echo "local paths = {"
    sed 's/\\/\\\\/g; s/"/\\"/g; s/.*/  "&",/' "$1"
    cat <<'EOF'
}
local threads, n = {}, 0
function setup(thread)
  n = n + 1
  thread:set("start", n)
  table.insert(threads, thread)
end
function init(args)
  i = start or 0
  bad = 0
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local b = 0
  for _, t in ipairs(threads) do b = b + (t:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d sockerr=%d\n",
    summary.requests, summary.duration, latency:percentile(50),
    latency:percentile(99), latency.max, b,
    e.connect + e.read + e.write + e.timeout))
end
EOF
  } >"$2"
}

rss_kb() { awk '/^VmHWM/ {print $2}' "/proc/$server_pid/status"; }
# The server's CPU time (user + system) in clock ticks: per request, a figure
# that other load on the machine changes far less than requests/s.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }

results="$tmp/results.tsv"
: >"$results"
failed=0
run() {  # name paths-file
  local name=$1 lua="$tmp/$1.lua" out="$tmp/$1.wrk"
  make_lua "$2" "$lua"
  if [[ $warmup != 0 && $warmup != 0s ]]; then
    wrk -t "$threads" -c "$connections" -d "$warmup" -s "$lua" -H "$cookie" "$base" >/dev/null 2>&1 || true
  fi
  local before; before=$(wc -l <"$tmp/server.log")
  log "wrk $name: -t$threads -c$connections -d$duration over $(wc -l <"$2") paths"
  local cpu0; cpu0=$(cpu_ticks)
  wrk -t "$threads" -c "$connections" -d "$duration" --timeout 10s --latency \
      -s "$lua" -H "$cookie" "$base" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed on $name"; }
  local cpu=$(( $(cpu_ticks) - cpu0 ))
  local line; line=$(grep '^BENCH ' "$out") || { cat "$out" >&2; die "no result line from wrk ($name)"; }
  # server-side view of the same requests, from its access log (one JSON line each)
  local srv; srv=$(tail -n +"$((before + 1))" "$tmp/server.log" | python3 -c '
import json, sys
ms = []
for l in sys.stdin:
    try: ms.append(json.loads(l)["ms"])
    except Exception: pass
print("%.1f" % max(ms) if ms else "-")')
  echo "$name $line srv_max_ms=$srv cpu_ticks=$cpu hz=$(getconf CLK_TCK)" >>"$results"
  if grep -q 'non2xx=[1-9]\|sockerr=[1-9]' <<<"$line"; then
    failed=1
    log "$name: errors! wrk output:"; cat "$out" >&2
  fi
}

run "search" "$tmp/search.paths"
run "person" "$tmp/person.paths"
run "persons" "$tmp/persons_list.paths"
peak=$(rss_kb)

# --- report -----------------------------------------------------------------
ndocs=$(python3 - "$base" "$login" <<'EOF'
import json, sys, urllib.request
r = urllib.request.Request(sys.argv[1] + "/api/v1/documents?limit=1",
                           headers={"Cookie": "dossier_session=" + sys.argv[2]})
print(json.load(urllib.request.urlopen(r))["total"])
EOF
) || ndocs="?"
nthreads=$(awk '/^Threads/ {print $2}' "/proc/$server_pid/status")
echo
echo "dossier API on loopback: $ndocs documents, wrk -t$threads -c$connections -d$duration," \
     "server threads ${server_threads:-default} ($nthreads OS threads), $(nproc) cores"
python3 - "$results" <<'EOF'
import sys
rows = []
labels = {"search": "GET /api/v1/search?q=… (10 queries)",
          "person": "GET /api/v1/persons/{id} (200 ids)",
          "persons": "GET /api/v1/persons?… (list, 5 variants)"}
for l in open(sys.argv[1]):
    name, _, *kv = l.split()
    d = dict(x.split("=", 1) for x in kv)
    rps = int(d["requests"]) / (int(d["duration_us"]) / 1e6)
    ms = lambda k: "%.1f ms" % (int(d[k]) / 1000)
    err = int(d["non2xx"]) + int(d["sockerr"])
    srv = d.get("srv_max_ms", "-")
    n = int(d["requests"])
    cpu = "%.1f ms" % (int(d["cpu_ticks"]) * 1000 / int(d["hz"]) / n) if n else "-"
    rows.append((labels.get(name, name), "%.0f" % rps, ms("p50_us"), ms("p99_us"),
                 ms("max_us"), srv if srv == "-" else srv + " ms", cpu, str(err)))
head = ("endpoint", "req/s", "p50", "p99", "max", "server max", "CPU/req", "errors")
w = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
fmt = lambda r: "| " + " | ".join(c.ljust(w[i]) if i == 0 else c.rjust(w[i])
                                  for i, c in enumerate(r)) + " |"
print(fmt(head))
print("|" + "|".join("-" * (x + 2) if i == 0 else "-" * (x + 1) + ":" for i, x in enumerate(w)) + "|")
for r in rows: print(fmt(r))
EOF
echo "server peak RSS (VmHWM): $((peak / 1024)) MB"
echo "(latencies as seen by wrk; server max = slowest handler time in the server's access log;"
echo " CPU/req = the server's user + system CPU time per request;"
echo " errors = non-2xx responses + socket errors/timeouts)"

if [[ $failed != 0 ]]; then
  die "some requests failed (non-2xx or socket errors), see above"
fi
