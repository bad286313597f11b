<?php
/*
 * Router for `php -S` serving one Newsroom test site: pretty permalinks (/wp-json/...,
 * /%postname%/) go to index.php, static files (wp-content uploads, theme assets, wp-admin
 * scripts) are served by php -S itself. This file lives in the site's docroot, a directory
 * of links into /usr/share/wordpress with the site's own wp-config.php and wp-content.
 */

// Debian's wp-load.php would otherwise take ABSPATH from its real location and read
// Debian's wp-config.php, which looks in /etc/wordpress.
define('ABSPATH', __DIR__ . '/');

$path = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (str_contains($path, "\0") || str_contains($path, '/../')) {
    http_response_code(400);
    return true;
}
$file = __DIR__ . $path;
if (is_dir($file)) {
    $file = rtrim($file, '/') . '/index.php';
}
$name = basename($file);
if ($name === 'router.php' || $name === 'wp-config.php') {
    http_response_code(403);
    return true;
}
if (is_file($file) && !str_ends_with($file, '.php')) {
    return false;
}
if (!is_file($file)) {
    $file = __DIR__ . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen(__DIR__));
chdir(dirname($file));
// At the top level on purpose: WordPress expects its files to run in the global scope.
require $file;
