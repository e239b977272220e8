#!/usr/bin/env bash
# The test command named in the README: builds with warnings as errors and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
# Deployment files first, with real parsers (README, "Deployment"): seconds, no build needed.
deploy/verify
dotnet build OutreachAssistant.sln -c Release --nologo -v quiet
rm -rf TestResults/own-text
dotnet test OutreachAssistant.sln -c Release --no-build --nologo -v quiet
# Fixture-suite scores of own-text extraction, written by the Core tests (absent when ../shared is).
cat TestResults/own-text/*.txt 2>/dev/null || true
