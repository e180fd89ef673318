#!/usr/bin/env bash
# Lighthouse (mobile preset: a mid-range phone on slow 4G, 4x CPU slow-down) on every role's dashboard of a running
# portal with the demo data, signed in as each demo account. Prints performance and accessibility per page and keeps
# the JSON/HTML reports in OUT_DIR.
#
#   ./scripts/lighthouse.sh [BASE_URL] [OUT_DIR]        (defaults: http://localhost:5310, ./lighthouse-reports)
#
# Start the portal first, e.g. with a database of its own:
#   WBL_URLS=http://localhost:5310 \
#   ConnectionStrings__Portal="Host=localhost;Database=wbl_lighthouse;Username=wbl;Password=wbl" ./scripts/run.sh
#
# Needs Node 18+ (npx fetches Lighthouse 12.8.2: version 13 needs Node 22) and Chromium (CHROME_PATH, default
# /usr/bin/chromium). The demo password is the Development seed's (README).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_URL=${1:-http://localhost:5310}
OUT_DIR=${2:-lighthouse-reports}
PASSWORD=${WBL_DEMO_PASSWORD:-Demo-2026-wbl}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
LIGHTHOUSE=${LIGHTHOUSE:-"npx --yes lighthouse@12.8.2"}
mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)

# account:dashboard path
PAGES=(
    "college.admin@wbl.kg:/College"
    "curator@wbl.kg:/College"
    "employer@wbl.kg:/Employer"
    "mentor@wbl.kg:/Mentor"
    "learner@wbl.kg:/Learner"
    "ministry@wbl.kg:/Ministry"
    "admin@wbl.kg:/Admin"
)

# Signs in through the login form (antiforgery cookie + token) and prints the Cookie header of the session.
sign_in() {
    local email=$1 jar token
    jar=$(mktemp)
    token=$(curl -fsS -c "$jar" -b "$jar" "$BASE_URL/account/login" \
        | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fsS -o /dev/null -c "$jar" -b "$jar" "$BASE_URL/account/login" \
        --data-urlencode "Email=$email" --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$token"
    awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
    rm -f "$jar"
}

printf '%-24s %-10s %12s %14s %10s %10s\n' account page performance accessibility FCP LCP
for entry in "${PAGES[@]}"; do
    email=${entry%%:*}
    path=${entry#*:}
    cookie=$(sign_in "$email")
    name=$(echo "$email" | cut -d@ -f1)
    $LIGHTHOUSE "$BASE_URL$path" --quiet --only-categories=performance,accessibility \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
        --extra-headers="{\"Cookie\": \"${cookie%; }\"}" \
        --output=json --output=html --output-path="$OUT_DIR/$name" >/dev/null 2>&1 || { echo "$email: lighthouse failed" >&2; continue; }
    node -e '
        const r = require(process.argv[1]);
        const s = (c) => Math.round(r.categories[c].score * 100);
        const t = (a) => (r.audits[a].numericValue / 1000).toFixed(1) + " s";
        const final = new URL(r.finalDisplayedUrl || r.finalUrl).pathname;
        if (final.startsWith("/account/login")) { console.error(process.argv[2] + ": not signed in"); process.exit(1); }
        console.log([process.argv[2].padEnd(24), process.argv[3].padEnd(10), String(s("performance")).padStart(12),
            String(s("accessibility")).padStart(14), t("first-contentful-paint").padStart(10), t("largest-contentful-paint").padStart(10)].join(" "));
    ' "$OUT_DIR/$name.report.json" "$email" "$path"
done
