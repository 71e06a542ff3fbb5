#!/usr/bin/env bash
# A throwaway WordPress on 127.0.0.1 from Debian packages, in a folder of its own.
#
#   WP_DIR=/tmp/wp WP_PORT=8089 DB_PORT=33061 scripts/wordpress-dev.sh up
#   . /tmp/wp/wp.env      # WP_URL WP_API WP_{ADMIN,EDITOR,AUTHOR,CONTRIBUTOR}_{USER,APP_PASSWORD}
#   WP_DIR=/tmp/wp scripts/wordpress-dev.sh down      # KEEP=1 keeps the folder
#
# Needs: wordpress mariadb-server php-cli php-mysql (scripts/ensure-system-deps.sh test).
# Options: WP_WORKERS (php -S workers, default 4), WP_LOCALE (e.g. ar), WP_COPY=link (hard-link the core),
# WP_COMPANION=0 (a stock site, without the companion plugin), WP_OWNER_PID (take the site down when
# that process ends, even if it is killed: the pytest fixture passes its own PID).
# Nothing is written outside WP_DIR; no system service is used. The companion mu-plugin
# packaging/wordpress/qalam-companion.php is installed when it exists.
set -euo pipefail

cmd=${1:-}
WP_DIR=${WP_DIR:-${TMPDIR:-/tmp}/qalam-wordpress}
WP_PORT=${WP_PORT:-8089}
DB_PORT=${DB_PORT:-33061}
WP_WORKERS=${WP_WORKERS:-4}
WP_LOCALE=${WP_LOCALE:-}
WP_COPY=${WP_COPY:-copy}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COMPANION="$REPO/packaging/wordpress/qalam-companion.php"

run="$WP_DIR/run"
log="$WP_DIR/log"

die() { echo "wordpress-dev: $*" >&2; exit 1; }

port_busy() {
  # bash's /dev/tcp: a successful connect means someone listens.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

alive() {
  # kill -0 succeeds on zombies: read the state from /proc instead.
  local pid=$1 state
  [ -r "/proc/$pid/stat" ] || return 1
  state=$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null || echo X)
  [ "$state" != "Z" ] && [ "$state" != "X" ]
}

children_of() {
  local parent=$1 f pid ppid
  for f in /proc/[0-9]*/stat; do
    pid=${f#/proc/}; pid=${pid%/stat}
    ppid=$(sed -E 's/^[0-9]+ \(.*\) [A-Za-z] ([0-9]+).*/\1/' "$f" 2>/dev/null || echo 0)
    [ "$ppid" = "$parent" ] && echo "$pid"
  done
  return 0
}

stop_pids() {
  # The first argument is the signal: TERM (then KILL after 20 s) or KILL.
  local sig=$1 pid i
  shift
  local pids=("$@")
  [ ${#pids[@]} -eq 0 ] && return 0
  for pid in "${pids[@]}"; do kill -"$sig" "$pid" 2>/dev/null || true; done
  for i in $(seq 1 200); do
    local any=0
    for pid in "${pids[@]}"; do alive "$pid" && any=1; done
    [ $any -eq 0 ] && return 0
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
}

down() {
  local pids=() pid
  if [ -f "$run/watchdog.pid" ]; then
    pid=$(cat "$run/watchdog.pid")
    [ "$pid" != "${BASHPID:-$$}" ] && alive "$pid" && kill -TERM "$pid" 2>/dev/null
  fi
  if [ -f "$run/php.pid" ]; then
    pid=$(cat "$run/php.pid")
    if alive "$pid"; then
      mapfile -t kids < <(children_of "$pid")
      pids+=("$pid" "${kids[@]}")
    fi
  fi
  if [ -f "$run/mariadbd.pid" ]; then
    pid=$(cat "$run/mariadbd.pid")
    alive "$pid" && pids+=("$pid")
  fi
  if [ "${KEEP:-0}" = "1" ]; then
    stop_pids TERM "${pids[@]}"  # a clean shutdown: the folder is kept
  else
    stop_pids KILL "${pids[@]}"  # thrown away anyway: no need to wait for MariaDB to flush
  fi
  if [ "${KEEP:-0}" != "1" ]; then
    rm -rf "$WP_DIR"
  fi
}

up() {
  command -v php >/dev/null || die "php is missing: apt-get install php-cli php-mysql"
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || die "mariadbd is missing: apt-get install mariadb-server"
  [ -f /usr/share/wordpress/wp-load.php ] || die "/usr/share/wordpress is missing: apt-get install wordpress"
  local mariadbd_bin
  mariadbd_bin=$(command -v mariadbd || echo /usr/sbin/mariadbd)
  port_busy "$WP_PORT" && die "port $WP_PORT is busy"
  port_busy "$DB_PORT" && die "port $DB_PORT is busy"
  if [ -f "$run/php.pid" ] && alive "$(cat "$run/php.pid")"; then die "$WP_DIR is in use"; fi
  rm -rf "$WP_DIR"
  mkdir -p "$run" "$log" "$WP_DIR/db"
  # A failure from here on stops what was started and keeps the folder (logs) for a look.
  trap 'status=$?; if [ $status -ne 0 ]; then KEEP=1 down; echo "wordpress-dev: logs in $log" >&2; fi' EXIT

  # 1. The docroot copy runs in the background while MariaDB initialises.
  (
    mkdir -p "$WP_DIR/www"
    if [ "$WP_COPY" = "link" ] && cp -al /usr/share/wordpress/wp-admin /usr/share/wordpress/wp-includes \
        "$WP_DIR/www/" 2>/dev/null; then
      for f in /usr/share/wordpress/*; do
        case "$(basename "$f")" in wp-admin|wp-includes|wp-content|wp-config.php) ;; *) cp -a "$f" "$WP_DIR/www/" ;; esac
      done
    else
      rm -rf "$WP_DIR/www/wp-admin" "$WP_DIR/www/wp-includes"
      for f in /usr/share/wordpress/*; do
        case "$(basename "$f")" in wp-content|wp-config.php) ;; *) cp -a "$f" "$WP_DIR/www/" ;; esac
      done
    fi
    mkdir -p "$WP_DIR/www/wp-content/mu-plugins" "$WP_DIR/www/wp-content/uploads"
    for d in /usr/share/wordpress/wp-content/*; do
      name=$(basename "$d")
      case "$name" in
        languages) ln -s "$(readlink -f "$d")" "$WP_DIR/www/wp-content/languages" ;;
        plugins|themes) cp -aL "$d" "$WP_DIR/www/wp-content/" 2>/dev/null || cp -a "$d" "$WP_DIR/www/wp-content/" ;;
        *) ;;
      esac
    done
    # Debian keeps themes elsewhere too.
    [ -d "$WP_DIR/www/wp-content/themes" ] || mkdir -p "$WP_DIR/www/wp-content/themes"
    if [ -z "$(ls -A "$WP_DIR/www/wp-content/themes" 2>/dev/null)" ] && [ -d /var/lib/wordpress/wp-content/themes ]; then
      cp -aL /var/lib/wordpress/wp-content/themes/. "$WP_DIR/www/wp-content/themes/" 2>/dev/null || true
    fi
  ) >"$log/copy.log" 2>&1 &
  local copy_pid=$!

  mariadb-install-db --no-defaults --datadir="$WP_DIR/db" --user=root \
    --auth-root-authentication-method=socket --skip-test-db --innodb-log-file-size=8M \
    >"$log/install-db.log" 2>&1 || { cat "$log/install-db.log" >&2; die "mariadb-install-db failed"; }
  setsid "$mariadbd_bin" --no-defaults --user=root --datadir="$WP_DIR/db" --socket="$run/mysqld.sock" \
    --pid-file="$run/mariadbd.pid" --port="$DB_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
    --innodb-buffer-pool-size=32M --innodb-log-file-size=8M --performance-schema=OFF \
    --innodb-flush-log-at-trx-commit=2 --skip-log-bin --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci >"$log/mariadbd.log" 2>&1 </dev/null &
  local i
  for i in $(seq 1 200); do
    mariadb-admin --no-defaults --socket="$run/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
    sleep 0.05
  done
  mariadb-admin --no-defaults --socket="$run/mysqld.sock" -uroot ping >/dev/null 2>&1 \
    || { tail -20 "$log/mariadbd.log" >&2; die "mariadbd did not start"; }
  mariadb --no-defaults --socket="$run/mysqld.sock" -uroot -e \
    "CREATE DATABASE wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
     CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"

  wait "$copy_pid" || { cat "$log/copy.log" >&2; die "copying /usr/share/wordpress failed"; }

  local url="http://127.0.0.1:$WP_PORT"
  cat >"$WP_DIR/www/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$run/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
define('AUTH_KEY', '$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')');
define('SECURE_AUTH_KEY', '$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')');
define('LOGGED_IN_KEY', '$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')');
define('NONCE_KEY', '$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')');
define('AUTH_SALT', 'qalam-a'); define('SECURE_AUTH_SALT', 'qalam-b');
define('LOGGED_IN_SALT', 'qalam-c'); define('NONCE_SALT', 'qalam-d');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$WP_DIR/www/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('DISALLOW_FILE_MODS', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
if ('$WP_LOCALE' !== '') { define('WPLANG', '$WP_LOCALE'); }
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
PHP
  cat >"$WP_DIR/www/wp-content/mu-plugins/qalam-dev-nomail.php" <<'PHP'
<?php
// Throwaway test site: there is no sendmail, so mail is a no-op.
if (!function_exists('wp_mail')) { function wp_mail() { return true; } }
PHP
  if [ -f "$COMPANION" ] && [ "${WP_COMPANION:-1}" != "0" ]; then
    cp "$COMPANION" "$WP_DIR/www/wp-content/mu-plugins/qalam-companion.php"
  fi

  cat >"$WP_DIR/bootstrap.php" <<'PHP'
<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url(getenv('QALAM_WP_URL'), PHP_URL_HOST) . ':' . parse_url(getenv('QALAM_WP_URL'), PHP_URL_PORT);
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require getenv('QALAM_WP_ROOT') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';
$admin_pw = wp_generate_password(20, false);
$res = wp_install('Qalam test site', 'admin', 'admin@example.invalid', false, '', $admin_pw, getenv('QALAM_WP_LOCALE') ?: '');
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'UTC');
update_option('gmt_offset', 0);
flush_rewrite_rules(true);
$out = "WP_URL=" . getenv('QALAM_WP_URL') . "\n";
$out .= "WP_API=" . getenv('QALAM_WP_URL') . "/wp-json\n";
$out .= "WP_ADMIN_PASSWORD=" . $admin_pw . "\n";
foreach (['admin' => 'administrator', 'editor' => 'editor', 'author' => 'author', 'contributor' => 'contributor'] as $login => $role) {
    if ($login === 'admin') {
        $uid = $res['user_id'];
    } else {
        $uid = wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(20, false),
            'user_email' => $login . '@example.invalid', 'role' => $role, 'display_name' => ucfirst($login)]);
        if (is_wp_error($uid)) { fwrite(STDERR, $uid->get_error_message() . "\n"); exit(1); }
    }
    $created = WP_Application_Passwords::create_new_application_password($uid, ['name' => 'qalam-tests']);
    if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message() . "\n"); exit(1); }
    $up = strtoupper($login);
    $out .= "WP_{$up}_USER=$login\nWP_{$up}_ID=$uid\nWP_{$up}_APP_PASSWORD=" . $created[0] . "\n";
}
file_put_contents(getenv('QALAM_WP_ENV'), $out);
PHP
  QALAM_WP_URL="$url" QALAM_WP_ROOT="$WP_DIR/www" QALAM_WP_ENV="$WP_DIR/wp.env.tmp" QALAM_WP_LOCALE="$WP_LOCALE" \
    php -d display_errors=stderr "$WP_DIR/bootstrap.php" >"$log/bootstrap.log" 2>&1 \
    || { cat "$log/bootstrap.log" >&2; die "the WordPress install failed"; }
  {
    cat "$WP_DIR/wp.env.tmp"
    echo "WP_DIR=$WP_DIR"
    echo "WP_PORT=$WP_PORT"
    echo "DB_PORT=$DB_PORT"
  } >"$WP_DIR/wp.env"
  rm -f "$WP_DIR/wp.env.tmp"
  chmod 600 "$WP_DIR/wp.env"

  # 4. Serve; the wrapper records the php master's PID.
  PHP_CLI_SERVER_WORKERS=$WP_WORKERS setsid bash -c 'echo $$ >"$0"; exec php -d upload_max_filesize=32M -d post_max_size=40M -d memory_limit=256M -S "$1" -t "$2"' \
    "$run/php.pid" "127.0.0.1:$WP_PORT" "$WP_DIR/www" >"$log/php.log" 2>&1 </dev/null &

  # shellcheck disable=SC1091
  . "$WP_DIR/wp.env"
  local ok=0 body=""
  for i in $(seq 1 100); do
    if body=$(curl -fsS --max-time 5 -u "admin:$WP_ADMIN_APP_PASSWORD" "$WP_API/wp/v2/users/me?context=edit" 2>/dev/null); then
      case "$body" in *administrator*) ok=1; break ;; esac
    fi
    sleep 0.05
  done
  [ $ok -eq 1 ] || { tail -20 "$log/php.log" >&2; echo "$body" >&2; die "WordPress does not answer on $url"; }
  if [ -n "${WP_OWNER_PID:-}" ]; then
    # A watchdog: when the owner is gone (even killed), the site goes too.
    setsid bash -c 'echo $$ >"$1/watchdog.pid"; while [ -r "/proc/$2/stat" ] && \
        [ "$(sed -E "s/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/" "/proc/$2/stat")" != Z ]; do sleep 1; done
        WP_DIR="$3" exec bash "$4" down' _ "$run" "$WP_OWNER_PID" "$WP_DIR" "${BASH_SOURCE[0]}" \
      >"$log/watchdog.log" 2>&1 </dev/null &
  fi
  trap - EXIT
  echo "$WP_DIR/wp.env"
}

case "$cmd" in
  up) up ;;
  down) down ;;
  *) echo "usage: WP_DIR=… WP_PORT=… DB_PORT=… $0 up|down" >&2; exit 2 ;;
esac
