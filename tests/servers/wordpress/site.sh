#!/usr/bin/env bash
# A real WordPress on 127.0.0.1 for the publishing tests, built from Debian's packages
# (scripts/bootstrap test installs them) and kept entirely in one state directory.
#
#   site.sh up STATE_DIR [--owner PID]
#                              start (and on first use create) the site; prints site.json.
#                              With --owner, a watcher stops the site and deletes STATE_DIR
#                              once that process is gone (a test run killed with SIGKILL).
#   site.sh down STATE_DIR     stop it: only the processes it recorded, nothing else
#   site.sh status STATE_DIR   "mariadb running PID|stopped", "php running PID|stopped";
#                              exit 0 only when both run
#
# STATE_DIR must be reachable by the daemon users: as root MariaDB runs as `mysql` and PHP
# as `www-data`; as any other user both run as that user (no sudo needed).
#
# Layout: mysql/ (datadir), run/ (socket, pid files "PID STARTTIME"), log/, www/ (a docroot
# of symlinks into /usr/share/wordpress plus our own wp-config.php, router.php and a real
# wp-content), site.json (url, users, passwords). MariaDB listens on no TCP port at all; the
# only listening socket is php -S on 127.0.0.1:PORT.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
wp=${NEWSROOM_WORDPRESS_ROOT:-/usr/share/wordpress} # another root only for tests
mariadbd=/usr/sbin/mariadbd # not on a normal user's PATH

die() {
  echo "site.sh: $*" >&2
  exit 1
}

usage() {
  echo "usage: site.sh up STATE_DIR [--owner PID] | down STATE_DIR | status STATE_DIR" >&2
  exit 2
}

[ $# -ge 2 ] || usage
action=$1
if [ ! -d "$2" ]; then
  case $action in
    up) mkdir -p "$2" ;;
    down) exit 0 ;; # nothing there, nothing to stop
    status) printf 'mariadb stopped\nphp stopped\n' && exit 1 ;;
    *) exit 0 ;;
  esac
fi
state=$(cd "$2" && pwd)
shift 2
owner=""
if [ "$action" = up ] && [ $# -gt 0 ]; then
  [ $# -eq 2 ] && [ "$1" = --owner ] || usage
  owner=$2
  shift 2
fi
if [ "$action" = watch ]; then
  [ $# -eq 2 ] || usage
elif [ $# -ne 0 ]; then
  usage
fi
run=$state/run
www=$state/www
router=$www/router.php

if [ "$(id -u)" -eq 0 ]; then
  db_user=mysql
  web_user=www-data
else
  db_user=$(id -un)
  web_user=$db_user
fi

# --- processes -------------------------------------------------------------------------

# The start time (clock ticks after boot) of a live process, or failure if it is gone or a
# zombie. Fields after "(comm) ": state is 1, pgrp 3, starttime 20.
proc_start() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  # shellcheck disable=SC2086
  set -- $stat
  [ "$1" != Z ] && [ "$1" != X ] || return 1
  echo "${20}"
}

record() { # record PIDFILE PID
  local start
  start=$(proc_start "$2") || return 1
  echo "$2 $start" > "$1"
}

# The PID in a pid file if that very process (same start time) still runs.
recorded() {
  local pid start now
  [ -f "$1" ] || return 1
  read -r pid start < "$1" || return 1
  now=$(proc_start "$pid") || return 1
  [ "$now" = "$start" ] || return 1
  echo "$pid"
}

# php -S workers whose command line carries this site's router (unique to the state dir):
# they outlive a master killed with SIGKILL and keep the port.
php_processes() {
  local file pid
  # grep -z: the arguments in /proc/PID/cmdline are separated by NUL bytes
  for file in $(grep -lzxF -- "$router" /proc/[0-9]*/cmdline 2>/dev/null); do
    pid=${file#/proc/}
    pid=${pid%/cmdline}
    proc_start "$pid" >/dev/null && echo "$pid"
  done
  return 0
}

wait_gone() { # wait_gone SECONDS PID:START...
  local deadline=$((SECONDS + $1)) item left
  shift
  while :; do
    left=0
    for item in "$@"; do
      [ "$(proc_start "${item%%:*}" 2>/dev/null)" = "${item#*:}" ] && left=1
    done
    [ "$left" -eq 0 ] && return 0
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.1
  done
}

# Signal processes given as PID:START, only while they are still that process.
signal() { # signal SIG PID:START...
  local sig=$1 item
  shift
  for item in "$@"; do
    [ "$(proc_start "${item%%:*}" 2>/dev/null)" = "${item#*:}" ] \
      && kill "-$sig" "${item%%:*}" 2>/dev/null
  done
  return 0
}

stop_php() {
  local pid items=() start
  for pid in $(recorded "$run/php.pid" || true) $(php_processes); do
    start=$(proc_start "$pid") && items+=("$pid:$start")
  done
  if [ "${#items[@]}" -gt 0 ]; then
    signal TERM "${items[@]}"
    if ! wait_gone 5 "${items[@]}"; then
      signal KILL "${items[@]}"
      wait_gone 5 "${items[@]}" || die "php -S did not stop (${items[*]})"
    fi
  fi
  rm -f "$run/php.pid"
}

stop_mariadb() {
  local pid start
  if pid=$(recorded "$run/mariadb.pid"); then
    start=$(proc_start "$pid") || true
    kill -TERM "$pid" 2>/dev/null || true
    # a clean InnoDB shutdown takes a moment; SIGKILL only as the last resort
    if ! wait_gone 60 "$pid:$start"; then
      signal KILL "$pid:$start"
      wait_gone 5 "$pid:$start" || die "MariaDB did not stop (PID $pid)"
    fi
  fi
  rm -f "$run/mariadb.pid"
}

# --- pieces ----------------------------------------------------------------------------

check_packages() {
  local missing=()
  command -v php >/dev/null || missing+=(php-cli)
  [ -x "$mariadbd" ] || missing+=(mariadb-server)
  command -v mariadb >/dev/null || missing+=(mariadb-client)
  command -v curl >/dev/null || missing+=(curl)
  command -v jq >/dev/null || missing+=(jq)
  [ -f "$wp/wp-settings.php" ] || missing+=(wordpress)
  [ -d "$wp/wp-content/themes/twentytwentythree" ] || missing+=(wordpress-theme-twentytwentythree)
  if command -v php >/dev/null && ! php -r 'exit(extension_loaded("mysqli") ? 0 : 1);'; then
    missing+=(php-mysql)
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "site.sh: WordPress is not installed on this machine (missing: ${missing[*]})." >&2
    echo "site.sh: run scripts/bootstrap test first." >&2
    exit 3
  fi
}

# The daemon users must be able to reach every directory above the state dir.
check_reachable() {
  local user
  [ "$(id -u)" -eq 0 ] || return 0
  for user in "$db_user" "$web_user"; do
    if ! setpriv --reuid="$user" --regid="$user" --clear-groups test -x "$state"; then
      die "$state is not reachable by the user $user (a parent directory is private?);" \
        "use a state directory under a world-traversable one such as /tmp"
    fi
  done
}

random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

layout() {
  mkdir -p "$run" "$state/log" "$state/mysql" "$www/wp-content/uploads" \
    "$www/wp-content/themes" "$www/wp-content/plugins" "$www/wp-content/upgrade" \
    "$www/wp-content/mu-plugins"
  chmod 755 "$state" "$run" "$www"
  # A docroot of links to the packaged WordPress; wp-config.php, router.php and wp-content
  # are this site's own (Debian's wp-config.php would read /etc/wordpress).
  local entry name
  for entry in "$wp"/*; do
    name=${entry##*/}
    case $name in wp-config.php | wp-content) continue ;; esac
    [ -e "$www/$name" ] || ln -s "$entry" "$www/$name"
  done
  [ -e "$www/wp-content/themes/twentytwentythree" ] \
    || ln -s "$wp/wp-content/themes/twentytwentythree" "$www/wp-content/themes/twentytwentythree"
  # only when changed: a running php -S reads the router on every request
  cmp -s "$here/router.php" "$router" || cp "$here/router.php" "$router"
  cmp -s "$here/install.php" "$state/install.php" || cp "$here/install.php" "$state/install.php"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$db_user:" "$state/mysql" "$run"
    chown -R "$web_user:" "$www/wp-content"
  fi
}

start_mariadb() {
  local pid sock=$run/mysqld.sock fresh="" i
  if recorded "$run/mariadb.pid" >/dev/null; then
    return 0
  fi
  # the same on install and on start, or every start resizes the redo log
  local innodb=(--innodb-buffer-pool-size=32M --innodb-log-file-size=16M)
  if [ ! -d "$state/mysql/mysql" ]; then
    fresh=yes
    mariadb-install-db --no-defaults --datadir="$state/mysql" --user="$db_user" \
      --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
      "${innodb[@]}" > "$state/log/mariadb-install.log" 2>&1 \
      || die "mariadb-install-db failed; see $state/log/mariadb-install.log"
  fi
  rm -f "$sock"
  local args=(--no-defaults --datadir="$state/mysql" --socket="$sock"
    --pid-file="$run/mariadbd.self.pid" --log-error="$state/mysql/error.log"
    --skip-networking --skip-name-resolve --skip-log-bin
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
    "${innodb[@]}" --innodb-flush-log-at-trx-commit=2)
  [ "$(id -u)" -eq 0 ] && args+=(--user="$db_user")
  # 9>&-: the daemons must not inherit (and so keep holding) the lock of this site
  setsid "$mariadbd" "${args[@]}" < /dev/null > "$state/log/mariadb.out" 2>&1 9>&- &
  pid=$!
  record "$run/mariadb.pid" "$pid" || die "MariaDB exited at once; see $state/mysql/error.log"
  for i in $(seq 1 300); do
    if mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1; then
      break
    fi
    proc_start "$pid" >/dev/null || die "MariaDB stopped while starting; see $state/mysql/error.log"
    sleep 0.1
  done
  [ "$i" -lt 300 ] || die "MariaDB did not answer within 30 s; see $state/mysql/error.log"
  if [ -n "$fresh" ] || [ ! -f "$state/db-password" ]; then
    local password
    password=$(random_hex 16)
    mariadb --no-defaults --socket="$sock" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE OR REPLACE USER 'wordpress'@'localhost' IDENTIFIED BY '$password';
GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';
SQL
    (umask 077 && echo "$password" > "$state/db-password")
  fi
}

write_config() { # write_config PORT
  local url="http://127.0.0.1:$1" name
  if [ ! -f "$state/keys" ]; then # made once: new keys would sign everyone out
    for name in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT \
      LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$name', '$(random_hex 32)');"
    done | (umask 077 && cat > "$state/keys")
  fi
  local keys config=$www/wp-config.php
  keys=$(cat "$state/keys")
  (
    umask 077
    cat > "$config.new" <<PHP
<?php
// Written by tests/servers/wordpress/site.sh for one test site on every up.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$(cat "$state/db-password")');
define('DB_HOST', 'localhost:$run/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
$keys
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$www/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
// Application Passwords over plain http need the "local" environment type.
define('WP_ENVIRONMENT_TYPE', 'local');
// Never call out: update checks, oEmbed and pingbacks fail at once instead.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEFAULT_THEME', 'twentytwentythree');
define('WP_DEBUG', false);
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
PHP
  )
  if [ "$(id -u)" -eq 0 ]; then
    chgrp "$web_user" "$config.new"
    chmod 640 "$config.new"
  fi
  mv "$config.new" "$config"
}

as_web_user() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid="$web_user" --regid="$web_user" --clear-groups "$@"
  else
    "$@"
  fi
}

install_site() { # install_site PORT
  [ -f "$state/site.json" ] && return 0
  local password out
  password=$(random_hex 12)
  out=$(as_web_user env HOME=/nonexistent php -d display_errors=stderr "$state/install.php" \
    "$www" "$1" admin admin@example.test "$password" 2> "$state/log/install.log") \
    || die "installing WordPress failed; see $state/log/install.log"
  (umask 077 && echo "$out" > "$state/site.json.new")
  jq -e .app_password "$state/site.json.new" >/dev/null \
    || die "the installer said no application password: $out"
  mv "$state/site.json.new" "$state/site.json"
}

free_port() {
  php -r '$s = stream_socket_server("tcp://127.0.0.1:0", $n, $e) or exit(1);
    $name = stream_socket_get_name($s, false); echo substr($name, strrpos($name, ":") + 1);'
}

port_free() {
  php -r 'exit(@stream_socket_server("tcp://127.0.0.1:" . $argv[1]) ? 0 : 1);' "$1"
}

start_php() {
  local port pid i try
  if recorded "$run/php.pid" >/dev/null; then
    return 0
  fi
  stop_php # workers left behind by a master killed with SIGKILL still hold the port
  port=$(jq -r '.port // empty' "$state/site.json" 2>/dev/null || true)
  for try in 1 2 3 4 5; do
    # the recorded port may have gone to another server (another test site, even)
    [ -n "$port" ] && ! port_free "$port" && port=""
    [ -n "$port" ] || port=$(free_port)
    write_config "$port"
    (
      cd "$www"
      export PHP_CLI_SERVER_WORKERS=4
      exec setsid "$@" php -d upload_max_filesize=64M -d post_max_size=64M \
        -d memory_limit=256M -d display_errors=0 -d log_errors=1 -d opcache.enable_cli=1 \
        -S "127.0.0.1:$port" -t "$www" "$router"
    ) < /dev/null >> "$state/log/php-server.log" 2>&1 9>&- &
    pid=$!
    record "$run/php.pid" "$pid" || true
    for i in $(seq 1 200); do
      if ! proc_start "$pid" >/dev/null; then
        break # could not listen (port taken meanwhile): try another one
      fi
      if curl --noproxy "*" -fsS -o /dev/null --max-time 10 "http://127.0.0.1:$port/wp-json/" \
        2>/dev/null; then
        # still alive: the answer came from this server, not one that took the port first
        proc_start "$pid" >/dev/null || break
        set_port "$port"
        return 0
      fi
      sleep 0.1
    done
    stop_php
    port=""
  done
  die "php -S did not come up; see $state/log/php-server.log"
}

set_port() { # keep site.json's url and port in step with the server
  local tmp=$state/site.json.new
  (umask 077 && jq --argjson port "$1" '.port = $port | .url = "http://127.0.0.1:\($port)"' \
    "$state/site.json" > "$tmp")
  mv "$tmp" "$state/site.json"
}

# --- actions ---------------------------------------------------------------------------

up() {
  check_packages
  check_reachable
  layout
  start_mariadb
  if [ ! -f "$state/site.json" ]; then
    local port
    port=$(free_port)
    write_config "$port"
    install_site "$port"
  fi
  if [ "$(id -u)" -eq 0 ]; then
    start_php setpriv --reuid="$web_user" --regid="$web_user" --clear-groups
  else
    start_php
  fi
  [ -z "$owner" ] || start_watcher "$owner"
  cat "$state/site.json"
}

down() {
  stop_watcher
  stop_php
  stop_mariadb
}

start_watcher() { # start_watcher OWNER_PID
  local start
  start=$(proc_start "$1") || die "the owner process $1 is not running"
  recorded "$run/watch.pid" >/dev/null && return 0
  setsid bash "$here/site.sh" watch "$state" "$1" "$start" < /dev/null > /dev/null 2>&1 9>&- &
  record "$run/watch.pid" "$!" || true
}

stop_watcher() {
  local pid start
  if pid=$(recorded "$run/watch.pid") && [ "$pid" != "$$" ]; then
    start=$(proc_start "$pid") || true
    signal TERM "$pid:$start"
    wait_gone 5 "$pid:$start" || true
  fi
  rm -f "$run/watch.pid"
}

# Runs in the background: once the owner is gone (not once the site is stopped), stop the
# site and delete the state dir, so that a killed test run leaves nothing behind.
watch() { # watch OWNER_PID OWNER_START
  while [ "$(proc_start "$1" 2>/dev/null)" = "$2" ]; do
    sleep 1
  done
  exec 9> "$state/.lock"
  flock 9
  stop_php
  stop_mariadb
  rm -f "$run/watch.pid"
  [ -f "$state/site.json" ] && rm -rf --one-file-system -- "$state"
}

status() {
  local ok=0 pid
  if pid=$(recorded "$run/mariadb.pid"); then echo "mariadb running $pid"; else
    echo "mariadb stopped"
    ok=1
  fi
  if pid=$(recorded "$run/php.pid"); then echo "php running $pid"; else
    echo "php stopped"
    ok=1
  fi
  return $ok
}

# One up or down at a time per site.
locked() {
  exec 9> "$state/.lock"
  flock 9
  "$@"
}

case $action in
  up) locked up ;;
  down) locked down ;;
  status) status ;;
  watch) watch "$@" ;;
  *) usage ;;
esac
