#!/usr/bin/env bash
# Runs every check of the project: the one command a newcomer runs and CI runs (.ci/run calls it).
#   1. installs the pinned npm tools (tools/package-lock.json, integrity-checked by npm ci)
#   2. dotnet format --verify-no-changes
#   3. dotnet test of the whole solution (TRX results in artifacts/test-results)
#   4. the standalone `pact verifier` CLI against the sandbox, over the committed pacts/
# and ends with the line "N passed, N failed" counted from the TRX files and those checks.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

checks_passed=0
checks_failed=0
failed_names=()
dotnet_test_ok=true

# Runs one check outside dotnet test; it counts as one result.
check() {
  local name=$1
  shift
  echo "==> $name"
  if "$@"; then
    checks_passed=$((checks_passed + 1))
  else
    checks_failed=$((checks_failed + 1))
    failed_names+=("$name")
    echo "FAILED: $name" >&2
  fi
}

need() {
  command -v "$1" >/dev/null 2>&1 || {
    echo "error: '$1' is not on PATH. $2" >&2
    exit 2
  }
}
need dotnet "Install the .NET 10 SDK."
need node "Install Node.js 20 or later (it brings npm)."
need npm "Install npm (it comes with Node.js)."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ -n ${RCL_ACCEPT:-} ]]; then
  # Accepting rewrites the approved API and the committed pact instead of comparing: never in a full run.
  echo "note: RCL_ACCEPT is ignored by this command; run the accept commands from the README on their own." >&2
  unset RCL_ACCEPT
fi

install_tools() {
  local stamp=tools/node_modules/.rclcontract-lock
  local want
  want=$(node -e "const c=require('crypto');process.stdout.write(c.createHash('sha256').update(require('fs').readFileSync('tools/package-lock.json')).digest('hex'))")
  if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
    echo "npm tools are up to date"
    return 0
  fi
  # --ignore-scripts: no package's install script runs (swagger-mock-validator's postinstall only patches ajv's
  # coercion of blank strings to numbers, which this spec never meets; see README, Limitations).
  (cd tools && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) && echo "$want" >"$stamp"
}

verify_with_pact_cli() {
  local pact_cli=tools/node_modules/@pact-foundation/pact-cli-linux-x64/standalone/pact
  if [[ ! -x $pact_cli ]]; then
    if [[ $(uname -sm) == "Linux x86_64" ]]; then
      echo "$pact_cli is missing: the npm tools step did not install it (see its output above)." >&2
    else
      echo "The standalone pact CLI is published for linux-x64 only; this machine is $(uname -sm)." >&2
    fi
    return 1
  fi
  local log="$results/sandbox.log" port="" pid
  dotnet src/RclContract.Cli/bin/Debug/net10.0/rcl.dll sandbox --port 0 --provider-states >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    port=$(sed -n 's#^Sandbox listening on http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$log" | head -n 1)
    [[ -n $port ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if [[ -z $port ]]; then
    echo "The sandbox did not start; its output:" >&2
    cat "$log" >&2
    kill "$pid" 2>/dev/null
    return 1
  fi
  "$pact_cli" verifier --dir pacts --hostname 127.0.0.1 --port "$port" \
    --provider-name rcl-core-api \
    --state-change-url "http://127.0.0.1:$port/_sandbox/provider-states" \
    --no-colour --loglevel warn
  local status=$?
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return $status
}

check "npm tools (npm ci)" install_tools
check "code style (dotnet format --verify-no-changes)" dotnet format RclContract.sln --verify-no-changes --verbosity quiet
echo "==> dotnet test"
# A hung test host is killed after 5 minutes and counts as failed instead of stalling CI.
dotnet test RclContract.sln --logger "trx" --results-directory "$results" --verbosity minimal \
  --blame-hang-timeout 5m || dotnet_test_ok=false
if compgen -G "pacts/*.json" >/dev/null; then
  check "pact verifier CLI against the sandbox" verify_with_pact_cli
fi

# Count the results: every TRX file's counters, plus one for each check above. A test project of the solution
# that left no TRX, or ran no test, counts as one failure, named.
tests_passed=0
tests_failed=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  for outcome in passed failed error timeout aborted disconnected notRunnable; do
    value=$(sed -n "s/.* $outcome=\"\([0-9]*\)\".*/\1/p" <<<"$counters")
    if [[ $outcome == passed ]]; then
      tests_passed=$((tests_passed + ${value:-0}))
    else
      tests_failed=$((tests_failed + ${value:-0}))
    fi
  done
done
for project in $(dotnet sln RclContract.sln list | grep -o '[^/\\]*Tests\.csproj$'); do
  assembly="${project%.csproj}.dll"
  trx=$(grep -il "${assembly}\"" "$results"/*.trx 2>/dev/null | head -n 1)
  executed=$([[ -n $trx ]] && grep -o '<Counters [^>]*>' "$trx" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
  if [[ -z $trx || ${executed:-0} -eq 0 ]]; then
    failed_names+=("${project%.csproj} (no test results)")
    tests_failed=$((tests_failed + 1))
  fi
done
if [[ $dotnet_test_ok == false && $tests_failed -eq 0 ]]; then
  # dotnet test failed without a failed test: a build error or a crashed test host.
  failed_names+=("dotnet test (build or test host failure)")
  tests_failed=1
fi

passed=$((tests_passed + checks_passed))
failed=$((tests_failed + checks_failed))
if ((${#failed_names[@]})); then
  echo "Failed checks: ${failed_names[*]}" >&2
fi
echo "$passed passed, $failed failed"
[[ $dotnet_test_ok == true && $failed -eq 0 ]]
