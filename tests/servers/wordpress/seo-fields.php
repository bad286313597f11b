<?php
/*
 * Plugin Name: Newsroom test SEO fields
 * Description: The search title and description fields of Yoast SEO and Rank Math, as
 * those plugins expose them to the REST API, without the plugins themselves. Only the
 * tests install it (as a must-use plugin), and only for as long as they need it.
 */
add_action('init', function () {
    foreach (['_yoast_wpseo_title', '_yoast_wpseo_metadesc', 'rank_math_title',
              'rank_math_description'] as $key) {
        register_post_meta('post', $key, [
            'show_in_rest' => true,
            'single' => true,
            'type' => 'string',
            'auth_callback' => fn() => current_user_can('edit_posts'),
        ]);
    }
});
