"""Shared steps of the fault scripts: run the binary, read what it stored, check the file."""
import json, os, sqlite3, subprocess, tempfile

ENV = {**os.environ, "NO_COLOR": "1", "XDG_CONFIG_HOME": "/nonexistent-alongside-faults"}
ANSWERS = ["7", "a lamp, a window, a cup, a book, a plant", "my chair, my socks, the desk, my sleeve",
           "traffic, a clock, birds", "coffee, soap", "mint tea", "3"]
# Seeing PROMPTS[k] on stdout means answers 0..k-1 were committed (a turn is stored before the next prompt).
PROMPTS = ["how distressed do you feel right now", "Name five things", "Name four things", "Name three things",
           "Name two things", "Name one thing", "how distressed do you feel now"]

def run(binary, args, stdin=b""):
    return subprocess.run([binary] + args, input=stdin, capture_output=True, env=ENV)

def stored_answers(binary, db):
    out = run(binary, ["transcripts", "show", "--last", "--format", "jsonl", "--db", db]).stdout.decode()
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    return [r["text"] for r in rows if r.get("speaker") == "person"]

def sessions(binary, db):
    out = run(binary, ["transcripts", "list", "--format", "json", "--db", db]).stdout.decode()
    return json.loads(out or "[]")

def integrity(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()

def workdir():
    return tempfile.mkdtemp(prefix="alongside-faults-")
