#!/usr/bin/env python3
"""The load benchmark's driver (run by scripts/load-benchmark.sh, which builds and starts the portal).

Signs in through the real login form (antiforgery token + cookie) as users of several tenants, finds the ids it needs
in the database (psql), then per page: `hey` at a fixed total rate split over the tenants' sessions (one hey per
session, run together), p50/p95/p99 and errors from hey's per-request CSV; the SQL commands of one request from the
benchmark build's X-Sql-Commands header; the maximum requests/s from one unthrottled hey. The two writes (approve a
diary week, save a diary entry) are sent one after another with fresh targets (hey repeats one body), timed here.
"""
import argparse
import csv
import http.client
import io
import os
import re
import subprocess
import statistics
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


def psql(db, sql):
    out = subprocess.run(["psql", "-h", os.environ.get("PGHOST", "localhost"), "-U", os.environ.get("PGUSER", "wbl"), "-d", db, "-AtF", "\t", "-c", sql],
                         check=True, capture_output=True, text=True, env={**os.environ, "PGPASSWORD": os.environ.get("PGPASSWORD", "wbl")}).stdout
    return [line.split("\t") for line in out.splitlines() if line]


class Session:
    def __init__(self, base, email, password):
        self.base = urllib.parse.urlparse(base)
        self.cookies = {}
        self.email = email
        page = self.request("GET", "/account/login")[2]
        token = TOKEN.search(page).group(1)
        status, headers, _ = self.request("POST", "/account/login", {"Email": email, "Password": password, "__RequestVerificationToken": token})
        if status != 302 or "error" in headers.get("location", "").lower() or "login" in headers.get("location", "").lower():
            raise SystemExit(f"sign-in of {email} answered {status} {headers.get('location')}")

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def request(self, method, path, form=None):
        conn = http.client.HTTPConnection(self.base.hostname, self.base.port, timeout=120)
        body = None
        headers = {"Cookie": self.cookie_header(), "Accept-Language": "ky"}
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";")[0]
        result = (response.status, {k.lower(): v for k, v in response.getheaders()}, data.decode("utf-8", "replace"))
        conn.close()
        return result

    def token(self, path):
        return TOKEN.search(self.request("GET", path)[2]).group(1)


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(q * len(values) + 0.5)) - 1))] if values else float("nan")


def hey(url, cookie, seconds, workers, rate=None):
    args = ["hey", "-z", f"{seconds}s", "-c", str(workers), "-o", "csv", "-t", "60", "-H", f"Cookie: {cookie}", "-H", "Accept-Language: ky",
            "-disable-redirects"]
    if rate:
        args += ["-q", f"{rate / workers:.3f}"]
    out = subprocess.run(args + [url], capture_output=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    return [(float(r["response-time"]) * 1000, int(r["status-code"])) for r in rows]


def measure(base, name, sessions_paths, args, expect=200):
    """sessions_paths: list of (Session, path) — one hey per tenant session, together at args.rate in total."""
    start = time.time()
    with ThreadPoolExecutor(len(sessions_paths)) as pool:
        parts = list(pool.map(lambda sp: hey(base + sp[1], sp[0].cookie_header(), args.seconds, 2, args.rate / len(sessions_paths)), sessions_paths))
    elapsed = time.time() - start
    results = [r for part in parts for r in part]
    times = [t for t, _ in results]
    errors = sum(1 for _, s in results if s != expect)
    session, path = sessions_paths[0]
    status, headers, body = session.request("GET", path)
    sql = headers.get("x-sql-commands", "?")
    peak = hey(base + path, session.cookie_header(), args.peak_seconds, args.peak_workers) if args.peak_seconds > 0 else []
    peak_rate = len([1 for _, s in peak if s == expect]) / args.peak_seconds if peak else float("nan")
    row = dict(page=name, n=len(results), rate=len(results) / max(elapsed, 0.001), p50=percentile(times, .5), p95=percentile(times, .95),
               p99=percentile(times, .99), errors=errors, sql=sql, max=peak_rate, kb=len(body.encode()) / 1024, status=status)
    print(f"{name:34} {row['n']:5} {row['rate']:6.1f} {row['p50']:8.1f} {row['p95']:8.1f} {row['p99']:8.1f} {errors:6} {sql:>4} {peak_rate:8.1f} {row['kb']:7.1f}",
          flush=True)
    return row


def timed_writes(name, actions):
    times, errors = [], 0
    for prepare in actions:
        send = prepare()  # the look-ups (psql) are not timed
        t0 = time.perf_counter()
        ok = send()
        times.append((time.perf_counter() - t0) * 1000)
        errors += 0 if ok else 1
    print(f"{name:34} {len(times):5} {'seq':>6} {percentile(times, .5):8.1f} {percentile(times, .95):8.1f} {percentile(times, .99):8.1f} {errors:6} {'':>4} "
          f"{1000 / statistics.mean(times) if times else 0:8.1f}", flush=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:5201")
    p.add_argument("--database", default="wbl_national")
    p.add_argument("--data", choices=["national", "demo"], default="national")
    p.add_argument("--rate", type=float, default=50)
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--peak-seconds", type=int, default=5)
    p.add_argument("--peak-workers", type=int, default=8)
    p.add_argument("--tenants", type=int, default=3)
    p.add_argument("--writes", type=int, default=30)
    p.add_argument("--only", default="")
    args = p.parse_args()
    base, db = args.base, args.database
    password = "Demo-2026-wbl"

    if args.data == "national":
        domain = "national.wbl.kg"
        tenants = range(args.tenants)
        college = [Session(base, f"college{c}.admin@{domain}", password) for c in tenants]
        # The load tenants' dual trainings (NationalDataset): form 16, started 2025-09-01, one per college.
        heavy = psql(db, "SELECT p.college_id, p.mentor_id, p.employer_id, p.id FROM placements p WHERE p.form_id = 16 AND p.start_date = '2025-09-01' "
                         "AND p.status = 'InProgress' ORDER BY p.id LIMIT " + str(args.tenants))
        def user_of(sql):
            return psql(db, sql)[0][0]
        mentor = [Session(base, user_of(f"SELECT email FROM \"AspNetUsers\" WHERE mentor_id = '{h[1]}'"), password) for h in heavy]
        employer = [Session(base, user_of(f"SELECT email FROM \"AspNetUsers\" u JOIN \"AspNetUserRoles\" ur ON ur.user_id = u.id JOIN \"AspNetRoles\" r ON r.id = ur.role_id "
                                          f"WHERE r.name = 'EmployerAdmin' AND organization_id = '{h[2]}'"), password) for h in heavy]
        learner_rows = [psql(db, f"SELECT u.email, pl.id, pl.learner_id FROM placement_learners pl JOIN \"AspNetUsers\" u ON u.learner_id = pl.learner_id "
                                 f"WHERE pl.placement_id = '{h[3]}' ORDER BY pl.id") for h in heavy]
        learner = [Session(base, rows[0][0], password) for rows in learner_rows]
        ministry = [Session(base, f"ministry@{domain}", password)]
        colleges = [h[0] for h in heavy]
    else:
        college = [Session(base, "college.admin@wbl.kg", password)]
        colleges = [psql(db, "SELECT organization_id FROM \"AspNetUsers\" WHERE email = 'college.admin@wbl.kg'")[0][0]]
        mentor = [Session(base, "mentor@wbl.kg", password)]
        employer = [Session(base, "employer@wbl.kg", password)]
        learner_user = psql(db, "SELECT learner_id FROM \"AspNetUsers\" WHERE email = 'learner@wbl.kg'")[0][0]
        learner_rows = [psql(db, f"SELECT 'learner@wbl.kg', pl.id, pl.learner_id FROM placement_learners pl JOIN diary_entries e ON e.placement_learner_id = pl.id "
                                 f"WHERE pl.learner_id = '{learner_user}' GROUP BY pl.id ORDER BY count(*) DESC LIMIT 1")]
        learner = [Session(base, "learner@wbl.kg", password)]
        ministry = [Session(base, "ministry@wbl.kg", password)]

    def deep(table, c, size=20):
        rows = int(psql(db, f"SELECT count(*) FROM {table} WHERE college_id = '{c}'")[0][0])
        return max(1, rows // size // 2)

    order = [psql(db, f"SELECT id FROM orders WHERE college_id = '{c}' AND status = 'Issued' ORDER BY number LIMIT 1")[0][0] for c in colleges]
    cs = list(zip(college, colleges))
    # A search every tenant matches (the national names cycle through 20 surnames; the demo's are Kyrgyz too).
    q = urllib.parse.quote("ов")
    pages = [
        ("college dashboard", [(s, "/College") for s in college]),
        ("college learners p1", [(s, "/College/Learners") for s in college]),
        ("college learners deep+search+sort", [(s, f"/College/Learners?Q={q}&Sort=birth&Desc=true&Page={deep('learners', c) // 2 or 1}") for s, c in cs]),
        ("college placements p1", [(s, "/College/Placements") for s in college]),
        ("college placements deep+sort", [(s, f"/College/Placements?Sort=employer&Page={deep('placements', c)}") for s, c in cs]),
        ("college orders p1", [(s, "/College/Orders") for s in college]),
        ("college orders deep+search+sort", [(s, f"/College/Orders?Q={urllib.parse.quote('практика')}&Sort=date&Page={deep('orders', c) // 2 or 1}") for s, c in cs]),
        ("college agreements p1", [(s, "/College/Agreements") for s in college]),
        ("college agreements deep+sort", [(s, f"/College/Agreements?Sort=learner&Page={deep('agreements', c)}") for s, c in cs]),
        ("college diaries p1", [(s, "/College/Diaries") for s in college]),
        ("college diaries deep+search+sort", [(s, f"/College/Diaries?Q={q}&Sort=start&Desc=true&Page=3") for s in college]),
        ("learner dashboard", [(s, "/Learner") for s in learner]),
        ("learner diary (long)", [(s, f"/Learner/Diaries/Learner/{rows[0][1]}") for s, rows in zip(learner, learner_rows)]),
        ("mentor dashboard", [(s, "/Mentor") for s in mentor]),
        ("mentor pending approvals", [(s, "/Mentor/Diaries") for s in mentor]),
        ("employer dashboard", [(s, "/Employer") for s in employer]),
        ("employer inbox", [(s, "/Employer/Placements") for s in employer]),
        ("ministry dashboard", [(s, "/Ministry") for s in ministry]),
        ("ministry Table 1", [(s, "/Ministry/Dashboard/FormsByCollege") for s in ministry]),
        ("order PDF", [(s, f"/College/Documents/Order/{o}") for s, o in zip(college, order)]),
        ("learners xlsx export", [(college[0], "/College/Learners/Export")]),
    ]
    print(f"rate {args.rate}/s for {args.seconds} s per page over the sessions listed; max = {args.peak_workers} unthrottled workers for {args.peak_seconds} s, one session")
    print(f"{'page':34} {'n':>5} {'req/s':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6} {'SQL':>4} {'max/s':>8} {'KiB':>7}")
    for name, sp in pages:
        if args.only and args.only not in name:
            continue
        measure(base, name, sp, args)

    # The raw-Npgsql ceiling for the learner's diary (benchmark build only): max req/s of the same queries.
    rows = learner_rows[0]
    raw = hey(f"{base}/bench/raw/diary?pl={rows[0][1]}&learner={rows[0][2]}", "", max(args.peak_seconds, 5), args.peak_workers)
    page = hey(f"{base}/Learner/Diaries/Learner/{rows[0][1]}", learner[0].cookie_header(), max(args.peak_seconds, 5), args.peak_workers)
    raw_rate = len([1 for _, s in raw if s == 200]) / max(args.peak_seconds, 5)
    page_rate = len([1 for _, s in page if s == 200]) / max(args.peak_seconds, 5)
    print(f"learner diary: page {page_rate:.1f} req/s, raw Npgsql (same 5 queries, text out) {raw_rate:.1f} req/s: page = {100 * page_rate / max(raw_rate, 0.001):.0f} % of raw")

    if args.writes > 0 and not args.only:
        # Approve a diary week: the pending weeks of the tenants' mentors, one POST each with the entries seen.
        weeks = []
        for s, h in zip(mentor, (heavy if args.data == "national" else [None])):
            scope = f"pl.placement_id = '{h[3]}'" if h else "pl.mentor_id = (SELECT mentor_id FROM \"AspNetUsers\" WHERE email = 'mentor@wbl.kg')"
            for pl, week in psql(db, f"SELECT e.placement_learner_id, e.week_start FROM diary_entries e JOIN placement_learners pl ON pl.id = e.placement_learner_id "
                                     f"WHERE {scope} AND e.status = 'Submitted' GROUP BY 1, 2 ORDER BY 2, 1 LIMIT {args.writes}"):
                weeks.append((s, pl, week))
        weeks = weeks[:args.writes]
        tokens = {id(s): s.token("/Mentor/Diaries") for s in mentor}

        def approve(item):
            def prepare():
                return send(item)
            return prepare

        def send(item):
            s, pl, week = item
            seen = [f"{i}:{v}" for i, v in psql(db, f"SELECT id, xmin FROM diary_entries WHERE placement_learner_id = '{pl}' AND week_start = '{week}' AND status = 'Submitted'")]
            def go():
                status, headers, _ = s.request("POST", "/Mentor/Diaries/ApproveWeek", {"PlacementLearnerId": pl, "WeekStart": week, "Seen": seen,
                                                                                     "__RequestVerificationToken": tokens[id(s)]})
                return status == 302
            return go
        timed_writes("write: approve a diary week", [approve(w) for w in weeks])

        # Save a diary entry: the learner's draft for a free working day, created then saved again (new version each time).
        s, rows = learner[0], learner_rows[0]
        pl, learner_id = rows[0][1], rows[0][2]
        token = s.token(f"/Learner/Diaries/Entry/{pl}")
        day = psql(db, f"SELECT max(date) + 1 FROM diary_entries WHERE placement_learner_id = '{pl}'")[0][0]

        def save(n):
            def prepare():
                draft = psql(db, f"SELECT id, xmin FROM diary_entries WHERE placement_learner_id = '{pl}' AND date = '{day}'")
                form = {"PlacementLearnerId": pl, "Date": day, "Hours": "4", "Tasks": f"Жабдууну текшерди ({n})", "__RequestVerificationToken": token}
                if draft:
                    form.update({"Id": draft[0][0], "Version": draft[0][1]})

                def go():
                    status, _, _ = s.request("POST", "/Learner/Diaries/Entry", form)
                    return status == 302
                return go
            return prepare
        timed_writes("write: save a diary entry", [save(n) for n in range(args.writes)])

    print(f"load average: {open('/proc/loadavg').read().strip()}")


if __name__ == "__main__":
    main()
