<?php
/*
 * Install WordPress into an empty database without a browser (Debian has no wp-cli):
 *   php install.php DOCROOT PORT ADMIN_USER ADMIN_EMAIL ADMIN_PASSWORD
 * Prints the site as JSON: url, port, username, email, admin_password, app_password.
 * Run as the web server's user, with the site's wp-config.php already written.
 */

[, $docroot, $port, $user, $email, $password] = $argv;
$url = "http://127.0.0.1:$port";

$_SERVER['HTTP_HOST'] = "127.0.0.1:$port";
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = $port;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

define('ABSPATH', rtrim($docroot, '/') . '/');
define('WP_INSTALLING', true);

// wp_install() mails the admin; there is nobody to mail.
function wp_mail(...$args)
{
    return true;
}

require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (is_blog_installed()) {
    fwrite(STDERR, "WordPress is already installed in this database.\n");
    exit(1);
}
$result = wp_install('Newsroom Test Site', $user, $email, true, '', wp_slash($password));
if (is_wp_error($result)) {
    fwrite(STDERR, $result->get_error_message() . "\n");
    exit(1);
}
$admin = get_user_by('login', $user);

// A site time zone that is not UTC, so that date and date_gmt differ.
update_option('timezone_string', 'Europe/Brussels');
update_option('gmt_offset', '');
update_option('permalink_structure', '/%postname%/');
update_option('default_pingback_flag', 0);
update_option('default_ping_status', 'closed');
flush_rewrite_rules(false);

[$app_password] = WP_Application_Passwords::create_new_application_password(
    $admin->ID,
    ['name' => 'newsroom-tests']
);

echo json_encode([
    'url' => $url,
    'port' => (int) $port,
    'username' => $user,
    'email' => $email,
    'admin_password' => $password,
    'app_password' => WP_Application_Passwords::chunk_password($app_password),
], JSON_UNESCAPED_SLASHES), "\n";
