#!/usr/bin/env python3
"""End-to-end tests of `dossier serve`: the real binary on loopback, driven
over HTTP. Usage: api_test.py DOSSIER_BINARY SOURCE_DIR

Covers authentication everywhere it is required, roles, CSRF, API tokens,
login rate limiting, bad and oversized bodies, uploads, search facets,
document offsets, review decisions surviving `dossier reextract`, the audit
log, and that the access log holds no secrets or queries.
"""
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

BIN, SRC = sys.argv[1], sys.argv[2]
FAILURES = []
PASSES = 0


def check(cond, what):
    global PASSES
    if cond:
        PASSES += 1
    else:
        FAILURES.append(what)
        print("FAIL:", what, file=sys.stderr)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Client:
    """A browser-like client: keeps the session cookie and CSRF token."""

    def __init__(self, port):
        self.port = port
        self.cookie = None
        self.csrf = None
        self.token = None

    def request(self, method, path, body=None, headers=None, raw=None, content_type=None):
        h = dict(headers or {})
        data = None
        if raw is not None:
            data = raw
            if content_type:
                h["Content-Type"] = content_type
        elif body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        if self.cookie:
            h["Cookie"] = "dossier_session=" + self.cookie
        if self.csrf and method != "GET":
            h.setdefault("X-CSRF-Token", self.csrf)
        if self.token:
            h["Authorization"] = "Bearer " + self.token
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        payload = r.read()
        conn.close()
        ctype = r.getheader("Content-Type", "")
        parsed = None
        if ctype.startswith("application/json"):
            parsed = json.loads(payload)
        return r.status, parsed, r, payload

    def login(self, name, password):
        status, body, resp, _ = self.request("POST", "/api/v1/login",
                                             {"username": name, "password": password})
        if status == 200:
            cookie = resp.getheader("Set-Cookie", "")
            self.cookie = cookie.split(";")[0].split("=", 1)[1]
            self.csrf = body["csrf_token"]
            check("HttpOnly" in cookie and "SameSite=Strict" in cookie, "session cookie is HttpOnly and SameSite")
        return status, body


def is_error(body, code):
    return isinstance(body, dict) and body.get("error", {}).get("code") == code


def main():
    tmp = tempfile.mkdtemp(prefix="dossier-api-")
    db = os.path.join(tmp, "d.db")
    run = lambda *a, **k: subprocess.run([BIN, "--db", db, *a], capture_output=True, text=True, **k)
    r = run("ingest", "-q", os.path.join(SRC, "examples"))
    check(r.returncode == 0, "ingest examples: " + r.stderr)

    # serve refuses to start without accounts, and says how to make one.
    r = run("serve", "--listen", "127.0.0.1:%d" % free_port())
    check(r.returncode != 0 and "user add" in r.stderr, "serve without accounts explains what to do")

    for name, role, pw in [("ada", "admin", "admin pass 1"), ("eve", "editor", "editor pass 1"),
                           ("vic", "viewer", "viewer pass 1")]:
        r = run("user", "add", name, "--role", role, "--password-stdin", input=pw + "\n")
        check(r.returncode == 0, "user add " + name + ": " + r.stderr)
    r = run("user", "add", "bad name!", "--password-stdin", input="whatever123\n")
    check(r.returncode != 0 and "user name" in r.stderr, "invalid user name refused")
    r = run("user", "add", "short", "--password-stdin", input="short\n")
    check(r.returncode != 0 and "8 characters" in r.stderr, "short password refused")
    r = run("user", "rm", "ada")
    check(r.returncode != 0 and "last admin" in r.stderr, "the last admin cannot be removed")

    port = free_port()
    log_path = os.path.join(tmp, "access.log")
    log = open(log_path, "w")
    server = subprocess.Popen([BIN, "--db", db, "serve", "--listen", "127.0.0.1:%d" % port],
                              stderr=log, stdout=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                if Client(port).request("GET", "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        run_tests(port, run)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
    with open(log_path) as f:
        text = f.read()
    check("admin pass 1" not in text and "editor pass 1" not in text, "no password in the access log")
    check("q=" not in text, "no query strings in the access log")
    check('"path":"/api/v1/search"' in text, "requests are logged as JSON lines")
    print("api_test: %d passed, %d failed" % (PASSES, len(FAILURES)))
    if FAILURES:
        print("kept " + tmp, file=sys.stderr)
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(1 if FAILURES else 0)


def run_tests(port, run):
    anon = Client(port)
    # Every route but login, health and static files needs a session.
    for method, path in [("GET", "/api/v1/me"), ("GET", "/api/v1/documents"),
                         ("GET", "/api/v1/documents/1"), ("GET", "/api/v1/search?q=colony"),
                         ("GET", "/api/v1/persons"), ("GET", "/api/v1/persons/1"),
                         ("GET", "/api/v1/persons/1/timeline.svg"), ("GET", "/api/v1/events"),
                         ("GET", "/api/v1/review"), ("GET", "/api/v1/calls"),
                         ("GET", "/api/v1/export?format=json"), ("GET", "/api/v1/users"),
                         ("GET", "/api/v1/audit"), ("POST", "/api/v1/events/1/review"),
                         ("POST", "/api/v1/persons/1/merge"), ("DELETE", "/api/v1/documents/1"),
                         ("POST", "/api/v1/tokens"), ("POST", "/api/v1/logout")]:
        status, body, _, _ = anon.request(method, path, {} if method != "GET" else None)
        check(status == 401 and is_error(body, "unauthenticated"), "%s %s without a session: 401 (%s)" % (method, path, status))
    if os.path.exists(os.path.join(SRC, "data", "web", "index.html")):
        status, _, resp, page = anon.request("GET", "/")
        check(status == 200 and resp.getheader("Content-Type", "").startswith("text/html"), "the UI page is public")
    check(anon.request("GET", "/api/v1/nothing")[0] in (401, 404), "unknown API path is not the UI")

    # Login.
    status, body = Client(port).login("eve", "wrong password")
    check(status == 401 and is_error(body, "unauthenticated"), "wrong password: 401")
    status, body = Client(port).login("nobody", "wrong password")
    check(status == 401 and body["error"]["message"] == "wrong user name or password",
          "unknown user: the same error as a wrong password")
    status, body, _, _ = anon.request("POST", "/api/v1/login", raw=b"{not json", content_type="application/json")
    check(status == 400 and is_error(body, "bad_request"), "bad JSON: 400 with an error body")

    editor, viewer, admin = Client(port), Client(port), Client(port)
    check(editor.login("eve", "editor pass 1")[0] == 200, "editor logs in")
    check(viewer.login("vic", "viewer pass 1")[0] == 200, "viewer logs in")
    check(admin.login("ada", "admin pass 1")[0] == 200, "admin logs in")
    status, body, _, _ = editor.request("GET", "/api/v1/me")
    check(status == 200 and body["user"]["role"] == "editor" and body["csrf_token"] == editor.csrf, "me")

    # Rate limit: 5 failures from one address for one name, then 429 even
    # with the right password.
    c = Client(port)
    for _ in range(5):
        c.login("vic", "not the password")
    status, body = c.login("vic", "viewer pass 1")
    check(status == 429 and is_error(body, "too_many_requests"), "login rate limit: 429 (%s)" % status)

    # Reading.
    status, body, _, _ = viewer.request("GET", "/api/v1/documents?limit=5")
    check(status == 200 and body["total"] == 11 and len(body["items"]) == 5, "documents are paginated")
    status, body, _, _ = viewer.request("GET", "/api/v1/documents?limit=abc")
    check(status == 400, "a non-numeric limit is refused")
    status, body, _, _ = viewer.request("GET", "/api/v1/search?q=colony")
    check(status == 200 and body["total"] > 0 and "<mark>" in body["items"][0]["snippet"], "search with highlighted snippets")
    check(body["facets"]["language"].get("en", 0) > 0 and "arrest" in body["facets"]["event_type"], "search facets")
    status, body, _, _ = viewer.request("GET", "/api/v1/search?q=" + urllib.parse.quote("colony OR колонии"))
    total = body["total"]
    check(body["facets"]["language"].get("ru", 0) > 0, "facets count every language of the matches")
    status, body, _, _ = viewer.request("GET", "/api/v1/search?q=" + urllib.parse.quote("colony OR колонии") + "&language=ru")
    check(status == 200 and 0 < body["total"] < total, "a facet filter narrows the search")
    status, body, _, _ = viewer.request("GET", "/api/v1/search?q=colony&from=2030&to=2020")
    check(status == 400 and is_error(body, "bad_request"), "an inverted date range is refused")
    status, body, _, _ = viewer.request("GET", "/api/v1/search?q=%22unclosed")
    check(status == 400, "a malformed query is refused cleanly (%s)" % status)
    status, doc, _, _ = viewer.request("GET", "/api/v1/documents/6")
    text = doc["text"]
    ok = True
    for m in doc["extraction"]["mentions"]:
        raw = text.encode("utf-8")[m["start"]:m["end"]].decode("utf-8")
        ok = ok and text[m["s16"]:m["e16"]] == raw == m["text"]
    check(status == 200 and ok and doc["extraction"]["mentions"], "document mentions carry UTF-8 and UTF-16 offsets (Russian text)")
    status, body, _, _ = viewer.request("GET", "/api/v1/persons?q=" + urllib.parse.quote("Темирбаев"))
    check(status == 200 and body["items"] and body["items"][0]["name"] == "Bakyt Temirbayev", "persons by any spelling")
    pid = body["items"][0]["id"]
    status, person, _, _ = viewer.request("GET", "/api/v1/persons/%d" % pid)
    check(status == 200 and len(person["events"]) > 5 and person["events"][0]["sources"], "person profile with timeline")
    check("timeline" not in person, "one name for the timeline: events")
    # Profile spans carry UTF-16 offsets like every other span: check them
    # against each source document's text (Russian ones among them).
    texts, ok, russian = {}, True, False
    for e in person["events"]:
        for src in e["sources"]:
            if src["doc_id"] not in texts:
                texts[src["doc_id"]] = viewer.request("GET", "/api/v1/documents/%d" % src["doc_id"])[1]["text"]
            t = texts[src["doc_id"]]
            ok = ok and t[src["s16"]:src["e16"]] == src["quote"] == t.encode()[src["start"]:src["end"]].decode()
            russian = russian or any("\u0400" <= ch <= "\u04ff" for ch in src["quote"])
    check(ok and russian, "profile sources carry s16/e16 (UTF-16) beside start/end (UTF-8)")
    # A name search honours the other filters and the sort.
    q = "/api/v1/persons?q=" + urllib.parse.quote("Temirbaev")
    status, body, _, _ = viewer.request("GET", q + "&status=released&role=subject&event_type=arrest&from=2021&to=2021")
    check(status == 200 and [p["id"] for p in body["items"]] == [pid] and body["total"] == 1, "q with status, role, event type and dates")
    status, body, _, _ = viewer.request("GET", q + "&status=detained")
    check(status == 200 and body["total"] == 0 and not body["items"], "q with a status it does not have")
    status, body, _, _ = viewer.request("GET", q + "&from=2030")
    check(status == 200 and body["total"] == 0, "q with a date range it does not have")
    status, body, _, _ = viewer.request("GET", "/api/v1/persons?q=Temirbayeva&sort=sideways")
    check(status == 400, "q with a bad sort is refused")
    status, body, _, _ = viewer.request("GET", "/api/v1/persons?q=%23" + str(pid) + "&status=detained")
    check(status == 200 and body["total"] == 0, "an id query honours the filters too")
    status, body, _, _ = viewer.request("GET", "/api/v1/persons?review=maybe")
    check(status == 400, "an unknown review filter is refused")
    status, all_events, _, _ = viewer.request("GET", "/api/v1/events?person=%d&limit=200" % pid)
    status, body, _, _ = viewer.request("GET", "/api/v1/events?person=%d&limit=3&offset=2" % pid)
    check(status == 200 and body["total"] == all_events["total"] == len(person["events"])
          and [e["id"] for e in body["items"]] == [e["id"] for e in all_events["items"]][2:5], "events are paginated in id order")
    status, body, _, _ = viewer.request("GET", "/api/v1/events?type=arrest&limit=200")
    check(status == 200 and body["items"] and all(e["type"] == "arrest" for e in body["items"]), "events by type")
    status, _, resp, svg = viewer.request("GET", "/api/v1/persons/%d/timeline.svg" % pid)
    check(status == 200 and svg.startswith(b"<svg") or b"<svg" in svg[:200], "timeline SVG")
    status, body, _, _ = viewer.request("GET", "/api/v1/persons/999999")
    check(status == 404 and is_error(body, "not_found"), "unknown person: 404")

    # Roles and CSRF.
    arrest = next(e for e in person["events"] if e["type"] == "arrest")
    path = "/api/v1/events/%d/review" % arrest["id"]
    status, body, _, _ = viewer.request("POST", path, {"action": "confirm"})
    check(status == 403 and is_error(body, "forbidden"), "a viewer cannot review")
    status, body, _, _ = editor.request("POST", path, {"action": "confirm"}, headers={"X-CSRF-Token": "forged"})
    check(status == 403 and "CSRF" in body["error"]["message"], "a wrong CSRF token is refused")
    no_csrf = Client(port)
    no_csrf.cookie = editor.cookie
    status, body, _, _ = no_csrf.request("POST", path, {"action": "confirm"})
    check(status == 403 and "CSRF" in body["error"]["message"], "a write without CSRF token is refused")
    check(editor.request("GET", "/api/v1/users")[0] == 403, "an editor cannot list users")
    status, body, _, _ = editor.request("POST", path, {"action": "maybe"})
    check(status == 400, "an unknown review action is refused")
    status, body, _, _ = editor.request("POST", path, {"action": "correct", "date": "14 March"})
    check(status == 400 and "YYYY" in body["error"]["message"], "a malformed corrected date is refused")
    big = {"action": "confirm", "note": "x" * (1 << 20)}
    status, body, _, _ = editor.request("POST", path, big)
    check(status == 413 and is_error(body, "payload_too_large"), "an oversized JSON body: 413 (%s)" % status)

    # A correction survives re-extraction.
    status, body, _, _ = editor.request("POST", path, {"action": "correct", "date": "2021-03-13", "note": "court record"})
    check(status == 200 and body["date"] == "2021-03-13" and body["review"]["status"] == "corrected"
          and body["review"]["by"] == "eve", "an editor corrects an event's date")
    r = run("reextract", "-q")
    check(r.returncode == 0, "reextract: " + r.stderr)
    status, person, _, _ = viewer.request("GET", "/api/v1/persons/%d" % pid)
    arrests = [e for e in person["events"] if e["type"] == "arrest"]
    check(any(e["date"] == "2021-03-13" and e["review"]["status"] == "corrected" for e in arrests),
          "the correction survives reextract")
    corrected = next(e for e in arrests if e["review"]["status"] == "corrected")
    status, body, _, _ = editor.request("POST", "/api/v1/events/%d/review" % corrected["id"], {"action": "confirm"})
    check(status == 200 and body["review"]["status"] == "corrected" and body["date"] == "2021-03-13",
          "confirming a corrected event keeps the correction")
    status, body, _, _ = editor.request("POST", "/api/v1/events/%d/review" % corrected["id"],
                                        {"action": "correct", "detail": "by the NSS"})
    check(status == 200 and body["date"] == "2021-03-13" and body["detail"] == "by the NSS",
          "a second correction completes the first")
    status, body, _, _ = viewer.request("GET", "/api/v1/events?review=corrected")
    check(status == 200 and any(e["id"] == corrected["id"] for e in body["items"]), "events by review state")
    r = run("person", str(pid))
    check("corrected by eve" in r.stdout, "the CLI profile marks the reviewed event")
    # Rejection removes an event from the timeline and lists it as rejected.
    health = next(e for e in person["events"] if e["type"] == "health")
    status, body, _, _ = editor.request("POST", "/api/v1/events/%d/review" % health["id"], {"action": "reject"})
    check(status == 200 and body["review"]["status"] == "rejected" and body["id"] == health["id"]
          and body["sources"], "an editor rejects an event; it keeps its id")
    status, person, _, _ = viewer.request("GET", "/api/v1/persons/%d" % pid)
    check(all(e["id"] != health["id"] for e in person["events"])
          and [e["id"] for e in person["rejected_events"]] == [health["id"]]
          and person["rejected_events"][0]["sources"][0]["e16"] > 0,
          "a rejected event leaves the timeline and is listed apart, as an event")
    status, body, _, _ = viewer.request("GET", "/api/v1/events?review=rejected")
    check(status == 200 and body["total"] == 1 and body["items"][0]["id"] == health["id"], "events?review=rejected lists it")
    status, body, _, _ = viewer.request("GET", "/api/v1/events?review=pending&limit=200")
    check(status == 200 and all(e["id"] != health["id"] for e in body["items"]), "a rejected event is not pending")
    r = run("reextract", "-q")
    status, body, _, _ = viewer.request("GET", "/api/v1/events?review=rejected")
    check(r.returncode == 0 and body["total"] == 1 and body["items"][0]["id"] == health["id"], "a rejection survives reextract, with its id")
    status, body, _, _ = editor.request("POST", "/api/v1/events/%d/review" % health["id"], {"action": "confirm"})
    check(status == 200 and body["review"]["status"] == "confirmed" and body["id"] == health["id"], "confirming a rejected event restores it")
    status, person, _, _ = viewer.request("GET", "/api/v1/persons/%d" % pid)
    check(any(e["id"] == health["id"] for e in person["events"]) and not person["rejected_events"], "the restored event is back on the timeline")
    status, body, _, _ = editor.request("POST", "/api/v1/events/%d/review" % health["id"], {"action": "reject"})
    check(status == 200 and body["review"]["status"] == "rejected", "rejected again")
    status, body, _, _ = viewer.request("GET", "/api/v1/review?kind=event&limit=200")
    check(status == 200 and all(e["review"]["status"] == "pending" for e in body["items"]), "the review queue holds pending events")
    status, body, _, _ = viewer.request("GET", "/api/v1/review?kind=merge")
    check(status == 200 and any(i["id"] == pid for i in body["items"]), "merges awaiting review")
    status, body, _, _ = editor.request("POST", "/api/v1/persons/%d/review" % pid, {"action": "confirm"})
    check(status == 200, "an editor confirms a merged person")
    status, body, _, _ = viewer.request("GET", "/api/v1/review?kind=merge")
    check(all(i["id"] != pid for i in body["items"]), "a confirmed merge leaves the queue")
    status, person, _, _ = viewer.request("GET", "/api/v1/persons/%d" % pid)
    check(person["review"]["status"] == "confirmed" and person["review"]["by"] == "eve", "the person is marked confirmed")
    status, body, _, _ = viewer.request("GET", "/api/v1/persons?review=confirmed")
    check(status == 200 and [p["id"] for p in body["items"]] == [pid] and body["items"][0]["review"] == "confirmed",
          "persons by review state")
    status, queue, _, _ = viewer.request("GET", "/api/v1/review?kind=event&limit=2")
    first = queue["items"][0]
    status, body, _, _ = editor.request("POST", "/api/v1/events/%d/review" % first["id"], {"action": "confirm", "note": "seen"})
    check(status == 200 and body["review"] == {"status": "confirmed", "by": "eve", "at": body["review"]["at"], "note": "seen"},
          "a confirmation from the queue")
    status, after, _, _ = viewer.request("GET", "/api/v1/review?kind=event&limit=2")
    check(after["total"] == queue["total"] - 1 and after["items"][0]["id"] == queue["items"][1]["id"]
          and after["items"][0]["person"], "the confirmed event leaves the queue; items name their person")
    # What resolution writes is what the confirmation marked in place.
    status, before, _, _ = viewer.request("GET", "/api/v1/persons/%d" % first["person_id"])
    r = run("resolve")
    status, again, _, _ = viewer.request("GET", "/api/v1/persons/%d" % first["person_id"])
    check(r.returncode == 0 and before == again, "a confirmation marked in place equals a re-resolution")

    # Upload through the same ingest path.
    boundary = uuid.uuid4().hex
    content = ("Karvania: lawyer detained\n\n12 May 2024\n\nThe lawyer Dilnoza Sharipova was detained "
               "on 10 May 2024 in Tashabad, her colleagues said.\n").encode()
    form = (b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"file\"; filename=\"up.txt\"\r\n"
            b"Content-Type: text/plain\r\n\r\n" + content + b"\r\n--" + boundary.encode() + b"--\r\n")
    status, body, _, _ = viewer.request("POST", "/api/v1/documents", raw=form,
                                        content_type="multipart/form-data; boundary=" + boundary)
    check(status == 403, "a viewer cannot upload")
    status, body, _, _ = editor.request("POST", "/api/v1/documents", raw=form,
                                        content_type="multipart/form-data; boundary=" + boundary)
    check(status == 201 and body["results"][0]["status"] == "added", "an editor uploads a document")
    status, body, _, _ = editor.request("POST", "/api/v1/documents", raw=form,
                                        content_type="multipart/form-data; boundary=" + boundary)
    check(status == 200 and body["results"][0]["status"] == "unchanged", "the same upload again is unchanged")
    status, body, _, _ = viewer.request("GET", "/api/v1/persons?q=Sharipova")
    check(status == 200 and body["items"], "the uploaded document's person is resolved")
    status, body, _, _ = editor.request("POST", "/api/v1/documents", raw=b"x" * (33 << 20),
                                        content_type="application/octet-stream")
    check(status == 413, "an oversized upload: 413 (%s)" % status)

    # API tokens: no CSRF, revocable.
    status, body, _, _ = editor.request("POST", "/api/v1/tokens", {"name": "script"})
    check(status == 201 and body["token"].startswith("dsr_"), "an API token is created")
    script = Client(port)
    script.token = body["token"]
    tid = body["id"]
    check(script.request("GET", "/api/v1/persons?limit=1")[0] == 200, "a token authenticates")
    status, body, _, _ = script.request("POST", "/api/v1/persons/%d/review" % pid, {"action": "confirm"})
    check(status == 200, "a token writes without a CSRF header")
    check(editor.request("DELETE", "/api/v1/tokens/%d" % tid)[0] == 200, "a token is revoked")
    check(script.request("GET", "/api/v1/persons")[0] == 401, "a revoked token no longer works")

    # Admin: users and the audit log.
    status, body, _, _ = admin.request("POST", "/api/v1/users", {"name": "new.one", "password": "new pass 12", "role": "viewer"})
    check(status == 201 and body["role"] == "viewer", "an admin adds a user")
    status, body, _, _ = admin.request("POST", "/api/v1/users", {"name": "new.one", "password": "new pass 12", "role": "viewer"})
    check(status == 409 and is_error(body, "conflict"), "a duplicate user: 409")
    check(admin.request("PATCH", "/api/v1/users/new.one", {"role": "editor"})[0] == 200, "an admin changes a role")
    check(admin.request("DELETE", "/api/v1/users/new.one")[0] == 200, "an admin removes a user")
    status, body, _, _ = admin.request("GET", "/api/v1/audit?limit=200")
    actions = [(a["user"], a["action"]) for a in body["items"]]
    check(("eve", "review event") in actions and ("eve", "upload document") in actions
          and ("ada", "add user") in actions and ("vic", "login failed") in actions, "the audit log records who did what")
    check(all("pass" not in a["detail"] for a in body["items"]), "no passwords in the audit log")
    status, _, resp, payload = viewer.request("GET", "/api/v1/export?format=huridocs")
    check(status == 200 and "attachment" in resp.getheader("Content-Disposition", ""), "export download")
    # Logout ends the session.
    check(viewer.request("POST", "/api/v1/logout")[0] == 200, "logout")
    check(viewer.request("GET", "/api/v1/me")[0] == 401, "after logout the session is gone")


if __name__ == "__main__":
    main()
