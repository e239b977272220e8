#!/usr/bin/env bash
# The test command named in the README: builds with warnings as errors and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build OutreachAssistant.sln -c Release --nologo -v quiet
dotnet test OutreachAssistant.sln -c Release --no-build --nologo -v quiet
