#!/usr/bin/env bash
# The test command named in the README: builds with warnings as errors and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
# Deployment files first, with real parsers (README, "Deployment"): seconds, no build needed.
deploy/verify
dotnet build OutreachAssistant.sln -c Release --nologo -v quiet
rm -rf TestResults/own-text TestResults/trx
# The quiet console names a failing test; the TRX files keep its message, printed here when a run fails.
if ! dotnet test OutreachAssistant.sln -c Release --no-build --nologo -v quiet --logger trx --results-directory TestResults/trx; then
  python3 tests/failed-tests.py TestResults/trx || true
  exit 1
fi
# Fixture-suite scores of own-text extraction, written by the Core tests (absent when ../shared is).
cat TestResults/own-text/*.txt 2>/dev/null || true
