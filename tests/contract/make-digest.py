#!/usr/bin/env python3
"""Turns Cisco's public OpenAPI description of the Webex Admin API into the compact contract
digest the contract test judges the client and the sandbox by (tests/contract/webex-digest.json),
and writes the spec's own example responses into tests/contract/payloads/spec/.

    tests/contract/make-digest.py SPEC.json --commit SHA

SPEC.json is public-spec/webex-admin.json of https://github.com/webex/webex-openapi-specs at
commit SHA. Python 3 standard library only. The output is deterministic (sorted keys): a newer
spec shows up as a reviewable diff of the digest.

Only the operations the project uses or emulates are digested (OPERATIONS below). NOTES lists
every place where the client or the sandbox knowingly differs from, or goes beyond, the spec,
each with its source; the generator copies them into the digest so they travel with it.
"""

import argparse
import json
import os
import re
import sys

# (method, path in the spec, name). Paths under /identity are host-relative; the others are
# relative to the REST base https://webexapis.com/v1 (the spec has no "servers").
OPERATIONS = [
    ("GET", "/people/me", "people.me"),
    ("GET", "/people", "people.list"),
    ("GET", "/people/{personId}", "people.get"),
    ("DELETE", "/people/{personId}", "people.delete"),
    ("GET", "/organizations", "organizations.list"),
    ("GET", "/organizations/{orgId}", "organizations.get"),
    ("DELETE", "/organizations/{orgId}", "organizations.delete"),
    ("GET", "/roles", "roles.list"),
    ("GET", "/licenses", "licenses.list"),
    ("POST", "/identity/scim/{orgId}/v2/Bulk", "scim.bulk"),
    ("GET", "/identity/scim/{orgId}/v2/Users", "scim.users.list"),
]

# Fields the client's decoder (core/net/ApiJson.cpp) cannot do without: the spec marks none of
# them required, so the sandbox must send them for the client to work, and a real answer without
# them is reported, never misread. Paths: "field", "items[].field".
CLIENT_NEEDS = {
    "people.list": ["items"],
    "organizations.list": ["items", "items[].id"],
    "organizations.get": ["id"],
    "roles.list": ["items", "items[].id", "items[].name"],
    "licenses.list": ["items", "items[].id"],
    "scim.bulk": ["Operations", "Operations[].status"],
}

# Fields holding Webex ids (unpadded base64 of ciscospark://us/TYPE/...), checked in answers.
ID_FIELDS = ["id", "orgId", "managerId", "locationId", "roles[]", "licenses[]",
             "items[].id", "items[].orgId", "items[].roles[]", "items[].licenses[]"]

# Answer fields the sandbox sends beyond the spec, each explained in NOTES.
KNOWN_EXTRAS = {
    "scim.bulk": ["Operations[].path", "Operations[].response"],
}

NOTES = [
    {"topic": "base paths",
     "what": "The spec has no servers entry. Operation paths are relative to https://webexapis.com/v1, "
             "except /identity/..., which is host-relative; the digest writes them as /v1/... and /identity/....",
     "source": "docs/WEBEX-API.md section 0 (wxc_sdk rest.py BASE; Cisco SCIM examples)"},
    {"topic": "pagination cursor",
     "what": "GET /v1/people: the sandbox's Link rel=\"next\" URL carries a `cursor` parameter that the spec does not "
             "define. The client never builds it: it follows the Link URL exactly as given. The contract test accepts "
             "an undefined parameter only in a request whose URL is exactly a Link the server sent before.",
     "source": "Webex REST API Basics, Pagination (developer.webex.com/docs/basics): follow the Link header as given"},
    {"topic": "max capped",
     "what": "GET /v1/people: the spec gives no absolute cap for `max`, only 100 with callingData and 50 with locationId. "
             "The sandbox silently caps `max` at 1000, as the real service does with an over-large max; the client asks "
             "for 1000 and accepts any smaller page.",
     "source": "Webex REST API Basics, Pagination: 'If max is above an endpoint's limit, the server silently caps it'"},
    {"topic": "invitePending/loginEnabled",
     "what": "The spec types Person.invitePending and loginEnabled as strings (\"true\"/\"false\"); SDK models and a captured "
             "answer carry JSON booleans. The client reads both; the sandbox sends neither.",
     "source": "spec Person schema; wxc_sdk people/__init__.py; a captured /v1/people answer (docs/WEBEX-API.md S13)"},
    {"topic": "notFoundIds",
     "what": "The spec types notFoundIds as an array of strings. The sandbox sent null; fixed to [] (contract run).",
     "source": "spec PersonCollectionResponse"},
    {"topic": "SCIM Bulk response schema",
     "what": "The spec's 200 schema for POST /identity/scim/{orgId}/v2/Bulk is BulkUser, the request schema "
             "(required schemas, failOnErrors, operations). Its example shows the RFC 7644 BulkResponse "
             "(schemas, Operations[{location, method, bulkId, version, status}]). The digest takes the answer's "
             "fields from the example; status is a string.",
     "source": "spec /identity/scim/{orgId}/v2/Bulk example; RFC 7644 section 3.7.3"},
    {"topic": "SCIM Bulk echo",
     "what": "The sandbox echoes each operation's `path` (and `bulkId`) in the Bulk answer; Cisco's example and RFC 7644 "
             "give `location` (bulkId only for POST). The client must match answers by location first (issue #18 item 1, "
             "another branch adds a sandbox mode that answers exactly like the example).",
     "source": "spec Bulk example; RFC 7644 section 3.7.3; issue #18"},
    {"topic": "SCIM Bulk per-operation errors",
     "what": "A failed Bulk operation carries `response` (a SCIM Error: schemas, status, detail), as RFC 7644 section 3.7.3 "
             "shows; Cisco's example has only successes.",
     "source": "RFC 7644 section 3.7.3; wxc_sdk scim/bulk (docs/WEBEX-API.md S6c)"},
    {"topic": "SCIM Bulk request spelling",
     "what": "The client sends `Operations` and no `failOnErrors`; the spec's request schema spells `operations` and lists "
             "failOnErrors as required. The sandbox accepts both spellings (issue #18 item 4 changes the client).",
     "source": "spec BulkUser schema; issue #18"},
    {"topic": "SCIM Bulk over 100 operations",
     "what": "The spec says more than 100 operations is an error without naming the status; the sandbox answers 413, which "
             "is not in the operation's listed statuses (400 is). The client never sends more than 100 (it refuses before "
             "sending), so no run sees it; left as is because the Bulk handler is being changed on another branch.",
     "source": "spec Bulk description ('an error is thrown if the limit is exceeded')"},
    {"topic": "409 body",
     "what": "DELETE /v1/organizations/{orgId}: the spec lists 409 and the six condition strings but no body; the sandbox "
             "answers the generic Webex error shape with one errors[] entry per condition.",
     "source": "spec organizations description; docs/WEBEX-API.md section 3 (inference)"},
    {"topic": "deletion delay",
     "what": "After the accepted DELETE /v1/organizations/{orgId} (204) the sandbox still answers GET /v1/organizations/{orgId} "
             "200 for orgDeletionDelayMs, then 404; the client polls until 404.",
     "source": "spec organizations description: deletion can take up to 10 minutes"},
    {"topic": "TrackingID and errors",
     "what": "The spec lists no response headers but Link. Every sandbox answer carries TrackingID (the request's own when "
             "given) and error bodies {message, errors[{description}], trackingId}, as the real service does.",
     "source": "ObjectIsAdvantag/webex-api-emulator utils.js; WebexPythonSDK exceptions.py (docs/WEBEX-API.md S7, S8)"},
    {"topic": "extension endpoints",
     "what": "/v1/controlHub/organizations/{orgId}/{subscriptions,linkedSites,directorySync,managedBy,managedOrgs} and "
             ".../people/{personId}/convert are the project's own (resources/api/openapi.yaml), declared once in "
             "core/ApiExtensions.h. A server offering them says so with the X-Webex-Org-Delete-Extensions answer header; "
             "the client sends none otherwise (the real API, public-API-only mode).",
     "source": "core/ApiExtensions.h; resources/api/openapi.yaml"},
    {"topic": "OAuth endpoints",
     "what": "GET /v1/authorize and POST /v1/access_token are not in the Admin API description; they follow Webex's "
             "integration guide (authorization code + PKCE, refresh_token grant). Sign-in is judged against an independent "
             "server instead (tests/auth/tst_oauthindependent).",
     "source": "https://developer.webex.com/docs/integrations"},
    {"topic": "status codes outside the list",
     "what": "Every digested operation lists 400, 401, 403, 404, 405, 409, 410, 415, 423, 428, 429, 500, 502, 503, 504 besides "
             "its success code; the sandbox answers only from that list (413 above excepted).",
     "source": "spec responses of each operation"},
]

OAUTH = [
    {"method": "GET", "path": "/v1/authorize", "source": "https://developer.webex.com/docs/integrations"},
    {"method": "POST", "path": "/v1/access_token", "source": "https://developer.webex.com/docs/integrations"},
]


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target = spec
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def json_type(schema):
    t = schema.get("type")
    if t == "number":
        return "number"
    if t == "integer":
        return "number"
    if t in ("string", "boolean", "array", "object"):
        return t
    if "properties" in schema:
        return "object"
    return "any"


def fields_of(spec, schema, prefix, out, depth=0):
    """Flattens an object schema to {"a": type, "items[].b": type}, two levels deep."""
    schema = resolve(spec, schema)
    for name, prop in sorted(schema.get("properties", {}).items()):
        prop = resolve(spec, prop)
        key = prefix + name
        out[key] = json_type(prop)
        if depth < 1 and out[key] == "array":
            inner = resolve(spec, prop.get("items", {}))
            if json_type(inner) == "object":
                fields_of(spec, inner, key + "[].", out, depth + 1)
            else:
                out[key + "[]"] = json_type(inner)
        elif depth < 1 and out[key] == "object":
            fields_of(spec, prop, key + ".", out, depth + 1)
    return out


def fields_of_example(example, prefix="", out=None):
    """The same flattening, from an example value (for the Bulk answer, see NOTES)."""
    out = {} if out is None else out
    names = {bool: "boolean", int: "number", float: "number", str: "string", list: "array",
             dict: "object"}
    for name, value in sorted(example.items()):
        key = prefix + name
        out[key] = names[type(value)]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for item in value:
                fields_of_example(item, key + "[].", out)
        elif isinstance(value, list) and value:
            out[key + "[]"] = names[type(value[0])]
    return out


CAP_PATTERNS = [
    # "If `callingData`=true, then `max` will not be more than 100."
    (re.compile(r"If `?(\w+)`?\s*=\s*true, then `?max`? will not be more than (\d+)"), "param-true"),
    # "If `locationId` is specified then `max` will not be more than 50."
    (re.compile(r"If `?(\w+)`? is specified then `?max`? will not be more than (\d+)"), "param-set"),
    # "... maximum of 1000", "up to 300", "1..100", "between 1 and 100"
    (re.compile(r"(?:maximum(?: value)?(?: of| is)?|up to|not more than|cannot exceed)\s+(\d+)", re.I), "always"),
    (re.compile(r"between (\d+) and (\d+)", re.I), "range"),
]


def caps_of(description):
    caps = []
    text = description or ""
    for pattern, kind in CAP_PATTERNS:
        for m in pattern.finditer(text):
            if kind == "param-true":
                caps.append({"when": {"param": m.group(1), "equals": "true"}, "max": int(m.group(2))})
            elif kind == "param-set":
                caps.append({"when": {"param": m.group(1)}, "max": int(m.group(2))})
            elif kind == "range":
                caps.append({"max": int(m.group(2)), "min": int(m.group(1))})
            else:
                if not any(c.get("max") == int(m.group(1)) for c in caps):
                    caps.append({"max": int(m.group(1))})
    return caps


def digest_operation(spec, method, path, name):
    op = spec["paths"][path][method.lower()]
    full = path if path.startswith("/identity/") else "/v1" + path
    params = {}
    for p in op.get("parameters", []):
        p = resolve(spec, p)
        if p.get("in") != "query":
            continue
        entry = {"type": json_type(p.get("schema", {}))}
        if "default" in p.get("schema", {}):
            entry["default"] = p["schema"]["default"]
        if p.get("required"):
            entry["required"] = True
        caps = caps_of(p.get("description"))
        if caps and entry["type"] == "number":
            entry["caps"] = caps
        elif caps and "separated by commas" in (p.get("description") or ""):
            # "Accepts up to 85 person IDs separated by commas": a list's length.
            entry["maxItems"] = min(c["max"] for c in caps)
        params[p["name"]] = entry
    statuses = sorted(int(code) for code in op.get("responses", {}) if code.isdigit())
    success = [c for c in statuses if 200 <= c < 300]
    out = {
        "method": method,
        "path": full,
        "operationId": op.get("operationId", ""),
        "query": params,
        "success": success,
        "errors": [c for c in statuses if c >= 300],
        "response": {"fields": {}, "required": [], "clientNeeds": CLIENT_NEEDS.get(name, []),
                     "knownExtras": KNOWN_EXTRAS.get(name, [])},
    }
    for code in success:
        content = op["responses"][str(code)].get("content", {}).get("application/json")
        if not content:
            continue
        schema = resolve(spec, content.get("schema", {}))
        example = content.get("example")
        if name == "scim.bulk" and isinstance(example, dict):
            # The schema is the request's (see NOTES): the example is the answer.
            out["response"]["fields"] = fields_of_example(example)
            out["response"]["fieldsFrom"] = "example"
        else:
            out["response"]["fields"] = fields_of(spec, schema, "", {})
            out["response"]["required"] = sorted(schema.get("required", []))
            out["response"]["fieldsFrom"] = "schema"
        if example is not None:
            out["response"]["example"] = "payloads/spec/%s.json" % name
    return out, op


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("spec", help="public-spec/webex-admin.json")
    parser.add_argument("--commit", required=True, help="the spec repository's commit")
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = parser.parse_args()
    with open(args.spec, encoding="utf-8") as f:
        spec = json.load(f)
    operations = {}
    examples_dir = os.path.join(args.out, "payloads", "spec")
    os.makedirs(examples_dir, exist_ok=True)
    for method, path, name in OPERATIONS:
        if path not in spec["paths"] or method.lower() not in spec["paths"][path]:
            sys.exit("make-digest: %s %s is no longer in the spec" % (method, path))
        digest, op = digest_operation(spec, method, path, name)
        operations[name] = digest
        for code in digest["success"]:
            content = op["responses"][str(code)].get("content", {}).get("application/json", {})
            if "example" in content:
                with open(os.path.join(examples_dir, name + ".json"), "w", encoding="utf-8") as f:
                    json.dump(content["example"], f, indent=2, sort_keys=True)
                    f.write("\n")
    digest = {
        "source": {
            "repository": "https://github.com/webex/webex-openapi-specs",
            "file": "public-spec/webex-admin.json",
            "commit": args.commit,
            "openapi": spec.get("openapi"),
            "title": spec.get("info", {}).get("title"),
        },
        "regenerate": "tests/contract/make-digest.py webex-admin.json --commit SHA",
        "idFields": ID_FIELDS,
        "operations": operations,
        "oauth": OAUTH,
        "notes": NOTES,
    }
    with open(os.path.join(args.out, "webex-digest.json"), "w", encoding="utf-8") as f:
        json.dump(digest, f, indent=1, sort_keys=True)
        f.write("\n")
    print("make-digest: %d operations from %s@%s" % (len(operations), args.spec, args.commit[:12]))


if __name__ == "__main__":
    main()
