#!/usr/bin/env bash
# Re-render the NukeViet fixture pages in tests/families/nukeviet/<theme>/ from a real,
# locally installed NukeViet 4.5.05. Developer tool only: NOT part of CI, never run by tests.
#
# Needs:
#   * NukeViet's source as a bare git mirror (fetch tool: `fetch github:nukeviet/nukeviet`
#     -> /work/.mirror/nukeviet+nukeviet/repo), and NukeViet eGovernment's for the egov theme
#     (`fetch github:nukeviet/eGovernment` -> /work/.mirror/nukeviet+eGovernment/repo);
#   * php-cli 8.2 with php-mysql php-xml php-mbstring php-gd php-curl php-zip php-intl;
#   * MariaDB on 127.0.0.1:3306, user root without password;
#   * python3 with requests, lxml, Pillow; curl.
# Run:   tools/realcms/nukeviet/render.sh            (from the repository root or anywhere)
# It wipes and re-creates $NV_ROOT (default /opt/realcms/nukeviet, outside the repository)
# and the database $NV_DB (default nv_fixtures), installs NukeViet by driving its web
# installer with curl, adds the content (content.py) through the admin pages (nv_admin.py),
# then saves pages per theme (render.py). Everything is served on 127.0.0.1 only.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
NV_GIT="${NV_GIT:-/work/.mirror/nukeviet+nukeviet/repo}"
NV_REF="${NV_REF:-4.5.05}"
EGOV_GIT="${EGOV_GIT:-/work/.mirror/nukeviet+eGovernment/repo}"
EGOV_REF="${EGOV_REF:-1.2.02}"
NV_ROOT="${NV_ROOT:-/opt/realcms/nukeviet}"
NV_DB="${NV_DB:-nv_fixtures}"
SEEDS="${SEEDS:-/work/shared/seeds}"
OUT="${OUT:-$REPO/tests/families/nukeviet}"
HOST=127.0.0.1
PORT=8282
BASE="http://$HOST:$PORT"
WORK="$(mktemp -d /tmp/nv-render.XXXXXX)"
PIDFILE="$WORK/php.pid"
export NV_DB_NAME="$NV_DB" NV_HOST="$HOST" NV_PORT="$PORT"

stop_server() { [ -f "$PIDFILE" ] && kill "$(cat "$PIDFILE")" 2>/dev/null || true; rm -f "$PIDFILE"; }
trap stop_server EXIT

echo "== extract NukeViet $NV_REF into $NV_ROOT"
case "$NV_ROOT" in "$REPO"*) echo "NV_ROOT must be outside the repository" >&2; exit 1;; esac
rm -rf "$NV_ROOT"; mkdir -p "$NV_ROOT"
git --git-dir="$NV_GIT" archive "$NV_REF" | tar -x -C "$NV_ROOT"
git --git-dir="$EGOV_GIT" archive "$EGOV_REF" themes/egov | tar -x -C "$NV_ROOT"

echo "== database $NV_DB"
mysql -h "$HOST" -u root -e "DROP DATABASE IF EXISTS \`$NV_DB\`; CREATE DATABASE \`$NV_DB\` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

echo "== php -S $HOST:$PORT"
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is busy" >&2; exit 1; fi
php -S "$HOST:$PORT" -t "$NV_ROOT" "$HERE/router.php" >"$WORK/php-server.log" 2>&1 &
echo $! >"$PIDFILE"
for _ in $(seq 50); do curl -s -o /dev/null "$BASE/" && break; sleep 0.2; done

echo "== installer"
JAR="$WORK/install.cookies"
I="$BASE/install/index.php"
c() { curl -sS -b "$JAR" -c "$JAR" -e "$I" -H "Origin: $BASE" "$@"; }
c -o "$WORK/s1.html" "$I?language=vi&step=1"
# The installer's step-1 page checks rewrite support with an AJAX call and stores the result in
# the cookie `supports_rewrite`; the router does the rewriting, so set it as the browser would.
SR="$(grep -o "supports_rewrite = '[0-9a-f]*'" "$WORK/s1.html" | cut -d"'" -f2)"
printf '%s\tFALSE\t/\tFALSE\t0\tsupports_rewrite\t%s\n' "$HOST" "$SR" >>"$JAR"
for s in 2 3 4 5; do c -o "$WORK/s$s.html" "$I?language=vi&step=$s"; done
c -o "$WORK/s5b.html" --data "dbtype=mysql&dbhost=$HOST&dbport=3306&dbuname=root&dbpass=&dbname=$NV_DB&prefix=nv4&db_detete=1" "$I?language=vi&step=5"
c -o "$WORK/s6.html" "$I?language=vi&step=6"
c -o "$WORK/s6b.html" --data-urlencode "site_name=Trung tâm Kiểm soát bệnh tật tỉnh Thử Nghiệm" \
  --data "nv_login=fixtureadmin&nv_email=fixtureadmin@example.org&nv_password=Fixture%2312345&re_password=Fixture%2312345&question=fixture&answer_question=fixture&lang_multi=1" \
  "$I?language=vi&step=6"
c -o "$WORK/s8.html" "$I?language=vi&step=8"
grep -q "cài đặt thành công" "$WORK/s8.html" || { echo "installation failed, see $WORK" >&2; exit 1; }
[ -f "$NV_ROOT/config.php" ]

echo "== settings"
cat >"$WORK/settings.json" <<'JSON'
{"config": [["sys","global","site_timezone","Asia/Ho_Chi_Minh"], ["sys","global","error_send_email",""],
            ["sys","global","autocheckupdate","0"], ["sys","global","is_flood_blocker","0"],
            ["sys","global","dump_autobackup","0"], ["vi","news","per_page","10"]],
 "sql": ["UPDATE {prefix}_cronjobs SET act=0 WHERE run_func IN ('cron_auto_check_version','cron_dump_autobackup','cron_auto_sendmail_error_log')"]}
JSON
php "$HERE/nv_cli.php" "$NV_ROOT" config "$WORK/settings.json"

echo "== content"
python3 "$HERE/content.py" "$SEEDS" "$WORK/content.json"
python3 "$HERE/nv_admin.py" "$BASE" "$NV_ROOT" "$WORK/content.json" "$WORK/state.json"

activate() { python3 -c "import sys; sys.path.insert(0, '$HERE'); import nv_admin; nv_admin.activate_theme('$BASE', '$1')"; }

echo "== theme egov"
activate egov
php "$HERE/nv_cli.php" "$NV_ROOT" add-blocks "$HERE/egov_blocks.json"
rm -rf "$OUT/egov"
python3 "$HERE/render.py" "$WORK/content.json" "$HERE/themes.json" egov "$OUT"

echo "== themes default, mobile_default"
activate default
for slug in default mobile_default; do
  rm -rf "$OUT/$slug"
  python3 "$HERE/render.py" "$WORK/content.json" "$HERE/themes.json" "$slug" "$OUT"
done

echo "done; work files in $WORK"
