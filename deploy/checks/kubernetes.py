#!/usr/bin/env python3
"""Checks deploy/kubernetes: every YAML document parses and is a well-formed object, the settings in
the ConfigMap are sane, the workload keeps the security settings the README promises, and its replicas
share PostgreSQL (the connection string from a Secret) and are probed on the health endpoints.

Usage: kubernetes.py <repo root>. Prints one line per problem and exits 1 if there is any."""
import json
import pathlib
import re
import sys

import yaml

NAMESPACE = "outreach"
CLUSTER_SCOPED = {"Namespace"}
API_VERSIONS = {
    "Namespace": "v1",
    "ConfigMap": "v1",
    "PersistentVolumeClaim": "v1",
    "Deployment": "apps/v1",
}
AUTH_MODES = {"DeviceCode", "ClientSecret", "ClientCertificate", "ManagedIdentity"}
SECRET_KEY = re.compile(r"(secret|password|accesstoken|privatekey)", re.IGNORECASE)
DNS_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$")

# Field names of the Kubernetes API objects used here, so that a misspelt key fails instead of being
# silently dropped by the API server.
DEPLOYMENT_SPEC = {"minReadySeconds", "paused", "progressDeadlineSeconds", "replicas",
                   "revisionHistoryLimit", "selector", "strategy", "template"}
POD_SPEC = {"activeDeadlineSeconds", "affinity", "automountServiceAccountToken", "containers",
            "dnsConfig", "dnsPolicy", "enableServiceLinks", "ephemeralContainers", "hostAliases",
            "hostIPC", "hostNetwork", "hostPID", "hostUsers", "hostname", "imagePullSecrets",
            "initContainers", "nodeName", "nodeSelector", "os", "overhead", "preemptionPolicy",
            "priority", "priorityClassName", "readinessGates", "resourceClaims", "resources",
            "restartPolicy", "runtimeClassName", "schedulerName", "schedulingGates", "securityContext",
            "serviceAccountName", "setHostnameAsFQDN", "shareProcessNamespace", "subdomain",
            "terminationGracePeriodSeconds", "tolerations", "topologySpreadConstraints", "volumes"}
CONTAINER = {"args", "command", "env", "envFrom", "image", "imagePullPolicy", "lifecycle",
             "livenessProbe", "name", "ports", "readinessProbe", "resizePolicy", "resources",
             "restartPolicy", "securityContext", "startupProbe", "stdin", "stdinOnce",
             "terminationMessagePath", "terminationMessagePolicy", "tty", "volumeDevices",
             "volumeMounts", "workingDir"}
POD_SECURITY = {"appArmorProfile", "fsGroup", "fsGroupChangePolicy", "runAsGroup", "runAsNonRoot",
                "runAsUser", "seLinuxChangePolicy", "seLinuxOptions", "seccompProfile",
                "supplementalGroups", "supplementalGroupsPolicy", "sysctls", "windowsOptions"}
CONTAINER_SECURITY = {"allowPrivilegeEscalation", "appArmorProfile", "capabilities", "privileged",
                      "procMount", "readOnlyRootFilesystem", "runAsGroup", "runAsNonRoot",
                      "runAsUser", "seLinuxOptions", "seccompProfile", "windowsOptions"}
VOLUME_MOUNT = {"mountPath", "mountPropagation", "name", "readOnly", "recursiveReadOnly", "subPath",
                "subPathExpr"}
VOLUME_SOURCES = {"persistentVolumeClaim", "emptyDir", "configMap", "secret", "projected",
                  "downwardAPI", "csi", "ephemeral"}  # hostPath and friends are refused on purpose
RESOURCES = {"requests", "limits", "claims"}
PROBE = {"exec", "failureThreshold", "grpc", "httpGet", "initialDelaySeconds", "periodSeconds",
         "successThreshold", "tcpSocket", "terminationGracePeriodSeconds", "timeoutSeconds"}
HTTP_GET = {"host", "httpHeaders", "path", "port", "scheme"}
CONTAINER_PORT = {"containerPort", "hostIP", "hostPort", "name", "protocol"}
ENV_VAR = {"name", "value", "valueFrom"}
ENV_SOURCE = {"configMapKeyRef", "fieldRef", "fileKeyRef", "resourceFieldRef", "secretKeyRef"}
KEY_REF = {"key", "name", "optional"}
# The endpoints the program serves on Health:Url (README, "Health and metrics").
PROBES = {"livenessProbe": "/healthz/live", "readinessProbe": "/healthz/ready"}
HEALTH_URL = re.compile(r"^http://0\.0\.0\.0:(?P<port>[0-9]{1,5})/?$")

problems = []


def fail(where, message):
    problems.append(f"{where}: {message}")


def unknown_keys(where, mapping, allowed):
    if not isinstance(mapping, dict):
        fail(where, "must be a mapping")
        return
    for key in sorted(set(mapping) - allowed):
        fail(where, f"unknown field '{key}'")


def check_object(where, doc):
    for field in ("apiVersion", "kind"):
        if not isinstance(doc.get(field), str) or not doc[field]:
            fail(where, f"missing {field}")
    meta = doc.get("metadata")
    name = meta.get("name") if isinstance(meta, dict) else None
    if not isinstance(name, str) or not DNS_NAME.match(name):
        fail(where, f"metadata.name missing or not a DNS name: {name!r}")
    kind = doc.get("kind")
    if kind in ("Secret", "Service"):
        fail(where, f"no {kind} belongs here (Secrets are referenced, not stored; nothing is served to other pods)")
    elif kind in API_VERSIONS and doc.get("apiVersion") != API_VERSIONS[kind]:
        fail(where, f"{kind} must be apiVersion {API_VERSIONS[kind]}")
    if kind not in CLUSTER_SCOPED and isinstance(meta, dict) and meta.get("namespace") != NAMESPACE:
        fail(where, f"metadata.namespace must be '{NAMESPACE}'")


def walk_keys(value, path=""):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield f"{path}:{key}".lstrip(":"), key
            yield from walk_keys(inner, f"{path}:{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from walk_keys(inner, f"{path}:{index}")


def check_settings(where, text, root_keys):
    try:
        settings = json.loads(text)
    except json.JSONDecodeError as error:
        fail(where, f"not valid JSON: {error}")
        return
    for key in sorted(set(settings) - root_keys - {"Auth"}):
        fail(where, f"top-level key '{key}' is not a setting of appsettings.json")
    for path, key in walk_keys(settings):
        if SECRET_KEY.search(key):
            fail(where, f"'{path}' looks like a secret; secrets come from the environment or a mounted file")
    if settings.get("Graph", {}).get("Mode") != "Remote":
        fail(where, "Graph:Mode must be Remote")
    mode = settings.get("Auth", {}).get("Mode")
    if mode not in AUTH_MODES:
        fail(where, f"Auth:Mode must be one of {sorted(AUTH_MODES)}, not {mode!r}")
    mailboxes = settings.get("Mailboxes")
    if not isinstance(mailboxes, list) or not mailboxes:
        fail(where, "Mailboxes must list at least one mailbox")
        return
    ids = [m.get("Id") for m in mailboxes if isinstance(m, dict)]
    for mailbox in mailboxes:
        if not re.match(r"^[A-Za-z0-9_-]+$", str(mailbox.get("Id", ""))) or not mailbox.get("User"):
            fail(where, f"mailbox needs an Id (letters, digits, - and _) and a User: {mailbox}")
    if len(ids) != len(set(ids)):
        fail(where, "mailbox ids must be unique")


def effective(pod_sc, container_sc, key):
    return container_sc.get(key, pod_sc.get(key))


def check_quantities(where, resources):
    unknown_keys(where, resources, RESOURCES)
    for part in ("requests", "limits"):
        values = resources.get(part) or {}
        for res in ("cpu", "memory"):
            if res not in values:
                fail(where, f"resources.{part}.{res} missing")
            elif not QUANTITY.match(str(values[res])):
                fail(where, f"resources.{part}.{res} is not a quantity: {values[res]!r}")


def check_deployment(where, doc, objects):
    spec = doc.get("spec") or {}
    unknown_keys(f"{where} spec", spec, DEPLOYMENT_SPEC)
    replicas = spec.get("replicas")
    if not isinstance(replicas, int) or replicas < 2:
        fail(where, "replicas must be 2 or more: the nodes share PostgreSQL and Quartz's clustered store")
    if (spec.get("strategy") or {}).get("type") != "Recreate":
        fail(where, "strategy.type must be Recreate, so two versions never work on one database schema")
    template = spec.get("template") or {}
    labels = (template.get("metadata") or {}).get("labels") or {}
    selector = (spec.get("selector") or {}).get("matchLabels") or {}
    if not selector or any(labels.get(k) != v for k, v in selector.items()):
        fail(where, "selector.matchLabels must be non-empty and match the pod template's labels")
    pod = template.get("spec") or {}
    unknown_keys(f"{where} pod spec", pod, POD_SPEC)
    if pod.get("automountServiceAccountToken") is not False:
        fail(where, "automountServiceAccountToken must be false (the service never calls the Kubernetes API)")
    for flag in ("hostNetwork", "hostPID", "hostIPC"):
        if pod.get(flag):
            fail(where, f"{flag} must not be set")
    pod_sc = pod.get("securityContext") or {}
    unknown_keys(f"{where} pod securityContext", pod_sc, POD_SECURITY)

    volumes = {}
    for volume in pod.get("volumes") or []:
        sources = set(volume) - {"name"}
        vwhere = f"{where} volume {volume.get('name')!r}"
        if len(sources) != 1 or not sources <= VOLUME_SOURCES:
            fail(vwhere, f"needs exactly one allowed source ({sorted(VOLUME_SOURCES)}), has {sorted(sources)}")
            continue
        volumes[volume.get("name")] = (sources.pop(), volume)

    containers = pod.get("containers") or []
    if len(containers) != 1:
        fail(where, "expects exactly one container")
    for container in containers:
        cwhere = f"{where} container {container.get('name')!r}"
        unknown_keys(cwhere, container, CONTAINER)
        if not container.get("image") or ":" not in container["image"].rsplit("/", 1)[-1]:
            fail(cwhere, "image must name a tag")
        elif container["image"].endswith(":latest"):
            fail(cwhere, "image must not use the latest tag")
        check_health(cwhere, container)
        sc = container.get("securityContext") or {}
        unknown_keys(f"{cwhere} securityContext", sc, CONTAINER_SECURITY)
        if effective(pod_sc, sc, "runAsNonRoot") is not True:
            fail(cwhere, "runAsNonRoot must be true")
        if effective(pod_sc, sc, "runAsUser") == 0:
            fail(cwhere, "runAsUser must not be 0")
        if sc.get("allowPrivilegeEscalation") is not False:
            fail(cwhere, "allowPrivilegeEscalation must be false")
        if sc.get("privileged"):
            fail(cwhere, "privileged must not be set")
        if sc.get("readOnlyRootFilesystem") is not True:
            fail(cwhere, "readOnlyRootFilesystem must be true")
        capabilities = sc.get("capabilities") or {}
        if "ALL" not in (capabilities.get("drop") or []) or capabilities.get("add"):
            fail(cwhere, "capabilities must drop ALL and add none")
        if (effective(pod_sc, sc, "seccompProfile") or {}).get("type") != "RuntimeDefault":
            fail(cwhere, "seccompProfile.type must be RuntimeDefault")
        check_quantities(f"{cwhere} resources", container.get("resources") or {})

        mounts = {}
        for mount in container.get("volumeMounts") or []:
            unknown_keys(f"{cwhere} volumeMount", mount, VOLUME_MOUNT)
            if mount.get("name") not in volumes:
                fail(cwhere, f"volumeMount {mount.get('name')!r} names no volume")
                continue
            mounts[mount.get("mountPath")] = (mount, *volumes[mount["name"]])
        data = mounts.get("/data")
        if not data or data[1] != "emptyDir" or data[0].get("readOnly"):
            fail(cwhere, "/data must be a writable emptyDir: the state is in PostgreSQL, and a shared volume would "
                         "put every replica's data folder lock on one file")
        tmp = mounts.get("/tmp")
        if not tmp or tmp[1] != "emptyDir":
            fail(cwhere, "/tmp must be an emptyDir (the root filesystem is read-only)")
        for path, (mount, source, volume) in mounts.items():
            if source == "configMap":
                name = volume["configMap"].get("name")
                configmap = objects.get(("ConfigMap", name))
                if configmap is None:
                    fail(cwhere, f"ConfigMap {name!r} mounted at {path} is not defined")
                elif mount.get("subPath") and mount["subPath"] not in (configmap.get("data") or {}):
                    fail(cwhere, f"ConfigMap {name!r} has no key {mount['subPath']!r}")
            if source == "secret" and not mount.get("readOnly"):
                fail(cwhere, f"the secret mounted at {path} must be readOnly")


def env_of(cwhere, container):
    """The container's environment: name -> the variable's entry."""
    env = {}
    for variable in container.get("env") or []:
        unknown_keys(f"{cwhere} env", variable, ENV_VAR)
        name = variable.get("name")
        if name in env:
            fail(cwhere, f"env {name} is set twice")
        source = variable.get("valueFrom")
        if source is not None:
            unknown_keys(f"{cwhere} env {name} valueFrom", source, ENV_SOURCE)
            for ref in ("secretKeyRef", "configMapKeyRef"):
                if ref in source:
                    unknown_keys(f"{cwhere} env {name} {ref}", source[ref], KEY_REF)
        env[name] = variable
    return env


def check_health(cwhere, container):
    """PostgreSQL from a Secret, Health:Url on the pod's addresses, its port declared, and both probes on it."""
    env = env_of(cwhere, container)
    provider = (env.get("Storage__Provider") or {}).get("value")
    if provider != "PostgreSql":
        fail(cwhere, f"env Storage__Provider must be PostgreSql for several replicas, not {provider!r}")
    connection = env.get("Storage__ConnectionString") or {}
    ref = (connection.get("valueFrom") or {}).get("secretKeyRef") or {}
    if "value" in connection or not ref.get("name") or not ref.get("key"):
        fail(cwhere, "env Storage__ConnectionString must come from a Secret (valueFrom.secretKeyRef), never a value")
    url = (env.get("Health__Url") or {}).get("value") or ""
    match = HEALTH_URL.match(url)
    if not match:
        fail(cwhere, f"env Health__Url must be http://0.0.0.0:PORT (the kubelet probes the pod's IP), not {url!r}")
        return
    port = int(match.group("port"))
    ports = {}
    for entry in container.get("ports") or []:
        unknown_keys(f"{cwhere} port", entry, CONTAINER_PORT)
        if entry.get("hostPort") or entry.get("hostIP"):
            fail(cwhere, "ports must not bind the node's own address (hostPort, hostIP)")
        ports[entry.get("name")] = entry.get("containerPort")
    if list(ports.values()) != [port]:
        fail(cwhere, f"ports must declare exactly the health port {port} (Health__Url), declares {sorted(ports.values())}")
    for kind, path in PROBES.items():
        probe = container.get(kind)
        if not isinstance(probe, dict):
            fail(cwhere, f"{kind} missing: it must GET {path}")
            continue
        unknown_keys(f"{cwhere} {kind}", probe, PROBE)
        get = probe.get("httpGet")
        if not isinstance(get, dict):
            fail(cwhere, f"{kind} must be an httpGet of {path}")
            continue
        unknown_keys(f"{cwhere} {kind} httpGet", get, HTTP_GET)
        target = ports.get(get.get("port"), get.get("port"))
        if get.get("path") != path or target != port:
            fail(cwhere, f"{kind} must GET {path} on port {port}, not {get.get('path')!r} on {get.get('port')!r}")


def main():
    root = pathlib.Path(sys.argv[1])
    folder = root / "deploy" / "kubernetes"
    root_keys = set(json.loads((root / "appsettings.json").read_text()))
    objects, kustomization, files = {}, None, []
    for path in sorted(folder.glob("*.y*ml")):
        try:
            docs = [d for d in yaml.safe_load_all(path.read_text()) if d is not None]
        except yaml.YAMLError as error:
            fail(path.name, f"YAML does not parse: {error}")
            continue
        if path.name == "kustomization.yaml":
            kustomization = docs[0] if docs else {}
            continue
        files.append(path.name)
        for index, doc in enumerate(docs):
            where = f"{path.name}#{index + 1}"
            if not isinstance(doc, dict):
                fail(where, "document is not a mapping")
                continue
            check_object(where, doc)
            key = (doc.get("kind"), (doc.get("metadata") or {}).get("name"))
            if key in objects:
                fail(where, f"duplicate {key[0]} {key[1]}")
            objects[key] = doc
            print(f"  {where}: {key[0]} {key[1]}")

    if kustomization is None:
        fail("kustomization.yaml", "missing")
    elif sorted(kustomization.get("resources") or []) != sorted(files):
        fail("kustomization.yaml", f"resources must list exactly {sorted(files)}")
    for kind in ("Namespace", "ConfigMap", "Deployment"):
        if not any(k == kind for k, _ in objects):
            fail("deploy/kubernetes", f"no {kind}")
    for (kind, name), doc in objects.items():
        if kind == "ConfigMap":
            for key, value in (doc.get("data") or {}).items():
                if not isinstance(value, str):
                    fail(f"ConfigMap {name}", f"data.{key} must be a string")
                elif key.startswith("appsettings") and key.endswith(".json"):
                    check_settings(f"ConfigMap {name} {key}", value, root_keys)
        if kind == "Deployment":
            check_deployment(f"Deployment {name}", doc, objects)

    for problem in problems:
        print(f"FAIL {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
