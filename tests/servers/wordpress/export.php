<?php
/*
 * Plugin Name: Newsroom test export
 * Description: WordPress's own export file (Tools › Export, "All content"), over the REST
 * API at /newsroom-test/v1/export, so that the tests can fetch it without a browser
 * session. It calls the same export_wp() as the admin screen. Only the tests install it
 * (as a must-use plugin), and only for as long as they need it.
 */
add_action('rest_api_init', function () {
    register_rest_route('newsroom-test/v1', '/export', [
        'methods' => 'GET',
        'permission_callback' => fn() => current_user_can('export'),
        'callback' => function () {
            require_once ABSPATH . 'wp-admin/includes/export.php';
            ob_start();
            export_wp(['content' => 'all']);
            $xml = ob_get_clean();
            header_remove('Content-Disposition');
            header('Content-Type: application/xml; charset=UTF-8');
            echo $xml;
            exit;
        },
    ]);
});
