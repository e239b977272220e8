#!/usr/bin/env python3
"""Checks deploy/container/Dockerfile by reading it (no container engine on the build machines).

Parses the instructions with Dockerfile's line rules, then checks the stages, that every file the
build needs is copied in and not cut out by .dockerignore, the runtime image, a non-root USER before
ENTRYPOINT, no ADD, the data volume and the entry point's assembly name.

Usage: dockerfile.py <repo root>. Prints one line per problem and exits 1 if there is any."""
import json
import pathlib
import re
import shlex
import sys

INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
                "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}
ROOT_BUILD_FILES = ["global.json", "nuget.config", "Directory.Build.props", "Directory.Packages.props"]
# MSBuild items whose Include is a path (PackageReference and friends name packages instead).
PATH_ITEMS = re.compile(r"<(None|Content|EmbeddedResource|Compile|AdditionalFiles|ProjectReference)\s[^>]*"
                        r"\bInclude=\"([^\"]+)\"")

problems = []


def fail(message):
    problems.append(message)


def parse(text):
    """Yields (line number, INSTRUCTION, arguments) with continuation lines joined."""
    escape = "\\"
    pending, start = "", 0
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            match = re.match(r"#\s*escape\s*=\s*(\S)", stripped)
            if match and number == 1:
                escape = match.group(1)
            continue
        if pending and stripped.startswith("#"):
            continue  # comment lines inside a continued instruction are dropped
        if not pending:
            start = number
        if stripped.endswith(escape):
            pending += stripped[:-1] + " "
            continue
        full = (pending + stripped).strip()
        pending = ""
        keyword, _, args = full.partition(" ")
        yield start, keyword, args.strip()
    if pending:
        fail(f"line {start}: the file ends inside a continued instruction")


def exec_form(number, keyword, args):
    try:
        value = json.loads(args)
    except json.JSONDecodeError:
        fail(f"line {number}: {keyword} must use the JSON exec form, got {args!r}")
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        fail(f"line {number}: {keyword} must be a JSON array of strings")
        return None
    return value


def split_flags(args):
    words = shlex.split(args, posix=True)
    flags = {}
    while words and words[0].startswith("--"):
        name, _, value = words.pop(0)[2:].partition("=")
        flags[name] = value
    return flags, words


def ignore_rules(root):
    rules = []
    path = root / ".dockerignore"
    if not path.exists():
        return rules
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line.lstrip("!").strip("/")
        regex = ""
        i = 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                regex, i = regex + "(?:.*/)?", i + 3
            elif pattern.startswith("**", i):
                regex, i = regex + ".*", i + 2
            elif pattern[i] == "*":
                regex, i = regex + "[^/]*", i + 1
            elif pattern[i] == "?":
                regex, i = regex + "[^/]", i + 1
            else:
                regex, i = regex + re.escape(pattern[i]), i + 1
        rules.append((re.compile(regex + "$"), negate))
    return rules


def ignored(rules, relative):
    """Docker's rule: the last matching pattern wins; a path is also cut if a parent folder is."""
    parts = relative.split("/")
    for depth in range(1, len(parts) + 1):
        prefix = "/".join(parts[:depth])
        verdict = None
        for regex, negate in rules:
            if regex.match(prefix):
                verdict = not negate
        if verdict:
            return True
    return False


def needed_inputs(root):
    """Repository files the build reads: the root build files, and every path an MSBuild item names."""
    needed = {name for name in ROOT_BUILD_FILES if (root / name).exists()}
    projects = list((root / "src").rglob("*.csproj")) + [root / "Directory.Build.props"]
    for project in projects:
        if not project.exists():
            continue
        for _, include in PATH_ITEMS.findall(project.read_text()):
            include = include.replace("$(MSBuildThisFileDirectory)", "").replace("\\", "/")
            if "$(" in include:
                continue
            literal = include.split("*", 1)[0].rstrip("/")
            target = (project.parent / literal).resolve()
            try:
                needed.add(str(target.relative_to(root.resolve())))
            except ValueError:
                fail(f"{project.relative_to(root)} names {include}, outside the build context")
    return needed


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    dockerfile = root / "deploy" / "container" / "Dockerfile"
    instructions = list(parse(dockerfile.read_text()))
    rules = ignore_rules(root)
    if not rules:
        fail(".dockerignore is missing at the repository root (the build context)")

    stages = []  # dicts: name, image, instructions
    for number, keyword, args in instructions:
        upper = keyword.upper()
        if upper not in INSTRUCTIONS:
            fail(f"line {number}: unknown instruction {keyword!r}")
            continue
        if keyword != upper:
            fail(f"line {number}: write instructions in upper case ({keyword})")
        if upper == "FROM":
            words = args.split()
            name = words[2] if len(words) == 3 and words[1].upper() == "AS" else None
            if len(words) not in (1, 3) or (len(words) == 3 and name is None):
                fail(f"line {number}: FROM must be 'image' or 'image AS name'")
            image = words[0] if words else ""
            if ":" not in image.rsplit("/", 1)[-1] or image.endswith(":latest"):
                fail(f"line {number}: base image {image!r} must name a tag other than latest")
            if name and any(s["name"] == name for s in stages):
                fail(f"line {number}: stage name {name!r} is used twice")
            stages.append({"name": name, "image": image, "lines": []})
            continue
        if not stages:
            if upper != "ARG":
                fail(f"line {number}: {upper} before the first FROM")
            continue
        stages[-1]["lines"].append((number, upper, args))

    if len(stages) < 2:
        fail("expects a multi-stage build (an SDK stage and a runtime stage)")
        return report()
    build, final = stages[0], stages[-1]
    print(f"  {len(instructions)} instructions in {len(stages)} stages: "
          + ", ".join(f"{s['name'] or '(final)'} from {s['image']}" for s in stages))

    # Versions and images, from the repository itself.
    sdk = json.loads((root / "global.json").read_text())["sdk"]["version"]
    channel = ".".join(sdk.split(".")[:2])
    if build["image"] != f"mcr.microsoft.com/dotnet/sdk:{channel}":
        fail(f"the build stage must use mcr.microsoft.com/dotnet/sdk:{channel} (global.json pins {sdk})")
    needs_aspnet = any("Microsoft.AspNetCore.App" in p.read_text() for p in (root / "src").rglob("*.csproj"))
    runtime = "aspnet" if needs_aspnet else "runtime"
    if final["image"] != f"mcr.microsoft.com/dotnet/{runtime}:{channel}":
        fail(f"the runtime stage must use mcr.microsoft.com/dotnet/{runtime}:{channel}"
             + (" (a project references the Microsoft.AspNetCore.App shared framework)" if needs_aspnet else ""))

    copied = []  # repository paths copied from the context into the build stage
    names = [s["name"] for s in stages]
    for index, stage in enumerate(stages):
        for number, keyword, args in stage["lines"]:
            if keyword == "ADD":
                fail(f"line {number}: use COPY, not ADD (ADD fetches URLs and unpacks archives)")
            if keyword == "WORKDIR" and not args.startswith("/"):
                fail(f"line {number}: WORKDIR must be absolute")
            if keyword != "COPY":
                continue
            flags, words = split_flags(args)
            if len(words) < 2:
                fail(f"line {number}: COPY needs a source and a destination")
                continue
            source = flags.get("from")
            if source is not None:
                if source not in names[:index] and not (source.isdigit() and int(source) < index):
                    fail(f"line {number}: COPY --from={source} names no earlier stage")
                continue
            for item in words[:-1]:
                relative = item.strip("/").removeprefix("./") or "."
                if not (root / relative).exists():
                    fail(f"line {number}: COPY source {item} does not exist in the repository")
                elif ignored(rules, relative):
                    fail(f"line {number}: COPY source {item} is excluded by .dockerignore")
                elif index == 0:
                    copied.append(relative)
    # The restore layer sees only the project files copied before it: every project must be among them.
    restore = next((n for n, k, a in build["lines"] if k == "RUN" and "dotnet restore" in a), None)
    early = {w.strip("/") for n, k, a in build["lines"] if k == "COPY" and restore and n < restore
             for w in split_flags(a)[1][:-1]}
    if restore is None:
        fail("the build stage has no 'dotnet restore' step")
    for project in sorted((root / "src").rglob("*.csproj")):
        relative = str(project.relative_to(root))
        if "/bin/" in relative or "/obj/" in relative:
            continue
        if relative not in early:
            fail(f"{relative} is not copied before 'dotnet restore' (the restore layer would miss it)")
    for path in sorted(needed_inputs(root)):
        if not any(path == c or path.startswith(c + "/") or c == "." for c in copied):
            fail(f"the build reads {path}, but the build stage does not COPY it")
        elif ignored(rules, path):
            fail(f"the build reads {path}, but .dockerignore excludes it")

    # The runtime stage: non-root user before the entry point, the data volume, the entry point.
    lines = final["lines"]
    user, entry_seen = None, False
    env, volumes, entrypoint, cmd, exposed, healthcheck = {}, [], None, None, [], None
    for number, keyword, args in lines:
        if keyword == "USER":
            user = args.split(":")[0]
        elif keyword == "ENTRYPOINT":
            entrypoint = exec_form(number, keyword, args)
            entry_seen = True
            if user is None or user in ("root", "0"):
                fail(f"line {number}: ENTRYPOINT comes before a non-root USER")
        elif keyword == "CMD":
            cmd = exec_form(number, keyword, args)
        elif keyword == "ENV":
            for word in shlex.split(args):
                key, sep, value = word.partition("=")
                if not sep:
                    fail(f"line {number}: write ENV as key=value")
                env[key] = value
        elif keyword == "VOLUME":
            volumes += exec_form(number, keyword, args) or []
        elif keyword == "EXPOSE":
            exposed += args.split()
        elif keyword == "HEALTHCHECK":
            healthcheck = (number, args)
    if user is None or user in ("root", "0"):
        fail("the runtime stage must switch to a non-root USER")
    elif not user.isdigit():
        fail(f"USER {user} should be numeric, so Kubernetes' runAsNonRoot can verify it")
    if env.get("Storage__DataDirectory") != "/data" or "/data" not in volumes:
        fail("the runtime stage must set ENV Storage__DataDirectory=/data and VOLUME /data")
    check_health(env, exposed, healthcheck)
    worker = (root / "src" / "OutreachAssistant.Worker" / "OutreachAssistant.Worker.csproj").read_text()
    assembly = re.search(r"<AssemblyName>([^<]+)</AssemblyName>", worker).group(1)
    if entrypoint != ["dotnet", f"{assembly}.dll"]:
        fail(f'ENTRYPOINT must be ["dotnet", "{assembly}.dll"] (the Worker\'s assembly name)')
    if cmd != ["run"]:
        fail('CMD must be ["run"]')
    return report()


def check_health(env, exposed, healthcheck):
    """Health:Url on every address of the container, that port alone exposed, and a HEALTHCHECK asking /healthz/live on it."""
    match = re.match(r"^http://0\.0\.0\.0:([0-9]{1,5})/?$", env.get("Health__Url", ""))
    if not match:
        fail("the runtime stage must set ENV Health__Url=http://0.0.0.0:PORT (probes come from outside the container)")
        return
    port = match.group(1)
    if exposed != [port] and exposed != [f"{port}/tcp"]:
        fail(f"EXPOSE must name the health port {port} alone (Health__Url), not {exposed}")
    if healthcheck is None:
        fail("the runtime stage has no HEALTHCHECK")
        return
    number, args = healthcheck
    options, _, command = args.partition("CMD")
    for flag in re.findall(r"--([a-z-]+)=", options):
        if flag not in ("interval", "timeout", "start-period", "start-interval", "retries"):
            fail(f"line {number}: unknown HEALTHCHECK option --{flag}")
    if "--timeout=" not in options:
        fail(f"line {number}: HEALTHCHECK needs a --timeout, so a stuck probe cannot hang")
    probe = exec_form(number, "HEALTHCHECK CMD", command.strip())
    text = " ".join(probe or [])
    if probe and (f"/dev/tcp/127.0.0.1/{port}" not in text or "GET /healthz/live " not in text):
        fail(f"line {number}: HEALTHCHECK must ask GET /healthz/live on 127.0.0.1:{port}")


def report():
    for problem in problems:
        print(f"FAIL {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
