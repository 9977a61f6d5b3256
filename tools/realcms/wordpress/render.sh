#!/usr/bin/env bash
# Re-render the real-WordPress fixtures in tests/families/wordpress/<theme>/.
#
# NOT part of CI, and nothing here is imported by the project. It needs, on this machine:
#   * php-cli 8.x with php-mysql, php-xml, php-mbstring, php-gd (php -S serves the site);
#   * MariaDB/MySQL on 127.0.0.1:3306, user root without password (DB_* env to change);
#     the database $DB_NAME (default wp_fixtures) is DROPPED and recreated;
#   * python3 with Pillow and lxml, curl;
#   * bare git mirrors of the sources (never copied into this repository):
#       WP_CORE_GIT   github:johnpbloch/wordpress-core  (tag 6.9.7 = WordPress 6.9.7 with
#                     Twenty Twenty-Five; tag 6.3.10 supplies Twenty Twenty-One 1.9, the last
#                     core release that bundled it). The official WordPress/WordPress mirror
#                     holds the same core files but was too large to fetch here.
#       COLORMAG_GIT  github:themegrill/colormag (commit $COLORMAG_REF = release v4.2.2)
#     e.g. with the project's `fetch` helper: fetch github:johnpbloch/wordpress-core, etc.
#
# Run:   tools/realcms/wordpress/render.sh            (all three themes)
#        THEMES="colormag" tools/realcms/wordpress/render.sh
# It installs WordPress in $WP_DIR (default /opt/realcms/wordpress, outside the repo),
# builds the content from the seeds (build_content.py -> setup.php), serves the site with
# `php -S 127.0.0.1:8181` + router.php, and for each theme switches to it, saves the pages
# with curl and post-processes them (save.py: blank inline JS and CSS, write index.json and
# the expected JSONs). Only loopback is used: wp-config sets WP_HTTP_BLOCK_EXTERNAL and PHP
# runs with allow_url_fopen=0. A re-run gives the same files except `rendered_at` (and
# ColorMag's footer copyright year). The NOTES.md files beside the fixtures are written by
# hand and are not regenerated.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
WP_DIR="${WP_DIR:-/opt/realcms/wordpress}"
WORK="${WORK:-/opt/realcms/work}"
WP_CORE_GIT="${WP_CORE_GIT:-/work/.mirror/johnpbloch+wordpress-core/repo}"
WP_REF="${WP_REF:-6.9.7}"
T21_REF="${T21_REF:-6.3.10}"
COLORMAG_GIT="${COLORMAG_GIT:-/work/.mirror/themegrill+colormag/repo}"
COLORMAG_REF="${COLORMAG_REF:-9b77a166d2663e3be7530347c29730dbd3215898}"
DB_NAME="${DB_NAME:-wp_fixtures}"
DB_USER="${DB_USER:-root}"
DB_PASSWORD="${DB_PASSWORD:-}"
DB_HOST="${DB_HOST:-127.0.0.1:3306}"
PORT=8181
THEMES="${THEMES:-twentytwentyfive twentytwentyone colormag}"
OUT="$REPO/tests/families/wordpress"
PHP=(php -d allow_url_fopen=0 -d memory_limit=512M)

echo "== sources -> $WP_DIR"
rm -rf "$WP_DIR" "$WORK"
mkdir -p "$WP_DIR" "$WORK"
git --git-dir="$WP_CORE_GIT" archive "$WP_REF" | tar -x -C "$WP_DIR"
git --git-dir="$WP_CORE_GIT" archive "$T21_REF" wp-content/themes/twentytwentyone | tar -x -C "$WP_DIR"
mkdir -p "$WP_DIR/wp-content/themes/colormag"
git --git-dir="$COLORMAG_GIT" archive "$COLORMAG_REF" | tar -x -C "$WP_DIR/wp-content/themes/colormag"
{
  echo "WP_CORE=github:johnpbloch/wordpress-core $WP_REF $(git --git-dir="$WP_CORE_GIT" rev-parse "$WP_REF^{commit}")"
  echo "T21=github:johnpbloch/wordpress-core $T21_REF $(git --git-dir="$WP_CORE_GIT" rev-parse "$T21_REF^{commit}") wp-content/themes/twentytwentyone"
  echo "COLORMAG=github:themegrill/colormag master(v4.2.2-release) $(git --git-dir="$COLORMAG_GIT" rev-parse "$COLORMAG_REF^{commit}")"
} > "$WORK/sources.txt"

cat > "$WP_DIR/wp-config.php" <<PHP
<?php
// Local fixture site only (tools/realcms/wordpress/render.sh). Loopback only.
define( 'DB_NAME', '$DB_NAME' );
define( 'DB_USER', '$DB_USER' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', '$DB_HOST' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', 'fixture-auth-key' );
define( 'SECURE_AUTH_KEY', 'fixture-secure-auth-key' );
define( 'LOGGED_IN_KEY', 'fixture-logged-in-key' );
define( 'NONCE_KEY', 'fixture-nonce-key' );
define( 'AUTH_SALT', 'fixture-auth-salt' );
define( 'SECURE_AUTH_SALT', 'fixture-secure-auth-salt' );
define( 'LOGGED_IN_SALT', 'fixture-logged-in-salt' );
define( 'NONCE_SALT', 'fixture-nonce-salt' );
define( 'WP_HOME', 'http://127.0.0.1:$PORT' );
define( 'WP_SITEURL', 'http://127.0.0.1:$PORT' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_DEBUG', false );
define( 'WP_ENVIRONMENT_TYPE', 'production' );
\$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP

echo "== database $DB_NAME"
MYSQL=(mysql -h "${DB_HOST%:*}" -P "${DB_HOST#*:}" -u "$DB_USER")
[ -n "$DB_PASSWORD" ] && MYSQL+=(-p"$DB_PASSWORD")
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"

echo "== content"
python3 "$HERE/build_content.py" "$WORK"
"${PHP[@]}" "$HERE/setup.php" "$WP_DIR" install
"${PHP[@]}" "$HERE/setup.php" "$WP_DIR" content "$WORK"

echo "== server http://127.0.0.1:$PORT"
"${PHP[@]}" -S "127.0.0.1:$PORT" -t "$WP_DIR" "$HERE/router.php" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -s --noproxy '*' -o /dev/null "http://127.0.0.1:$PORT/wp-includes/images/blank.gif" && break; sleep 0.2; done

for theme in $THEMES; do
  echo "== theme $theme"
  "${PHP[@]}" "$HERE/setup.php" "$WP_DIR" switch "$theme"
  # Settings, then three plain loads (ColorMag treats existing colormag_* settings as an
  # upgrade and migrates them over its next loads), then the settings again: stable from here.
  "${PHP[@]}" "$HERE/setup.php" "$WP_DIR" widgets "$WORK"
  for _ in 1 2 3; do "${PHP[@]}" "$HERE/setup.php" "$WP_DIR" warmup; done
  "${PHP[@]}" "$HERE/setup.php" "$WP_DIR" widgets "$WORK"
  "${PHP[@]}" "$HERE/setup.php" "$WP_DIR" manifest "$WORK"
  python3 "$HERE/save.py" "$WORK" "$OUT/$theme"
done
echo "== done: $OUT"
