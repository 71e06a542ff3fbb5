<?php
/**
 * Plugin Name: Qalam Companion
 * Description: Lets the Qalam desktop app carry its article UUID, workflow state and review notes with each post.
 * Version: 1.2.0
 * License: GPL-2.0-or-later
 *
 * Install: copy this one file into wp-content/mu-plugins/ (create the folder if needed). Must-use plugins
 * load automatically; there is nothing to activate.
 *
 * What it adds:
 * - post meta `qalam_uuid` (the client's article id), `qalam_state` (in_review, approved, returned; set by
 *   editors only, a reporter can only clear it) and
 *   `qalam_notes` (a JSON array of review notes), all visible in the REST API to users who can edit the post;
 * - `GET /wp/v2/posts?qalam_uuid=UUID&status=any` finds a post by its Qalam id;
 * - `qalam_author_name` on each post (the author's display name, for users who can edit the post: editors
 *   cannot list users who have published nothing, so the review inbox would otherwise show no author);
 * - `GET /qalam/v1/mine?ids=1,2,3` the status, address and date of the caller's own posts among those ids
 *   (a contributor may not open a post once it is scheduled or published, so the app could not tell the
 *   reporter that their article is scheduled);
 * - `qalam_digest` on each post (SHA-256 of its raw content, for users who can edit it), so the app can tell
 *   whether a post changed without downloading it;
 * - `GET /qalam/v1/terms` how many categories and tags there are, the newest id of each, and a stamp that
 *   changes whenever one is renamed, moved or deleted (WordPress keeps no modification time for terms and
 *   sends no ETag, so without it the app must list every tag again to notice a rename);
 * - `GET /qalam/v1/info` so the app can detect the plugin and its version;
 * - `qalam_language` and `qalam_rtl` in the REST index (and in /qalam/v1/info): the site's locale and whether
 *   its pages are right to left, so the app writes each paragraph's direction against the site's (the general
 *   settings tell only administrators the locale, and nothing tells the direction).
 */

if (!defined('ABSPATH')) {
    exit;
}

const QALAM_COMPANION_VERSION = '1.2.0';

add_action('init', function () {
    $can_edit = function ($allowed, $meta_key, $post_id) {
        return current_user_can('edit_post', $post_id);
    };
    register_post_meta('post', 'qalam_uuid', [
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'auth_callback' => $can_edit,
        'sanitize_callback' => function ($value) {
            return preg_match('/^[0-9a-f-]{36}$/i', (string) $value) ? strtolower($value) : '';
        },
    ]);
    register_post_meta('post', 'qalam_state', [
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'auth_callback' => $can_edit,
        'sanitize_callback' => function ($value) {
            // Only editors review: anyone else (a reporter resubmitting) can only clear the state.
            if (!current_user_can('edit_others_posts')) {
                return '';
            }
            return in_array($value, ['', 'in_review', 'approved', 'returned'], true) ? $value : '';
        },
    ]);
    // Notes are a JSON string so that Arabic text and newlines round-trip byte for byte.
    register_post_meta('post', 'qalam_notes', [
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'auth_callback' => $can_edit,
    ]);
});

add_action('rest_api_init', function () {
    register_rest_field('post', 'qalam_author_name', [
        'get_callback' => function ($post) {
            if (!current_user_can('edit_post', $post['id'])) {
                return null;
            }
            $user = get_userdata((int) $post['author']);
            return $user ? $user->display_name : '';
        },
        'schema' => ['type' => ['string', 'null'], 'context' => ['edit'], 'readonly' => true],
    ]);
    // SHA-256 of content.raw: with `_fields=id,modified_gmt,qalam_digest` the app tells a changed post from
    // an unchanged one without downloading its text (modified_gmt alone has a one-second resolution).
    register_rest_field('post', 'qalam_digest', [
        'get_callback' => function ($post) {
            if (!current_user_can('edit_post', $post['id'])) {
                return null;
            }
            return hash('sha256', (string) get_post_field('post_content', $post['id'], 'raw'));
        },
        'schema' => ['type' => ['string', 'null'], 'context' => ['edit'], 'readonly' => true],
    ]);
});

add_filter('rest_post_collection_params', function ($params) {
    $params['qalam_uuid'] = [
        'description' => 'Limit to the post carrying this Qalam article id.',
        'type' => 'string',
    ];
    return $params;
});

add_filter('rest_post_query', function ($args, $request) {
    $uuid = $request->get_param('qalam_uuid');
    if (is_string($uuid) && $uuid !== '') {
        $args['meta_query'] = [[
            'key' => 'qalam_uuid',
            'value' => strtolower($uuid),
        ]];
    }
    return $args;
}, 10, 2);

add_action('rest_api_init', function () {
    register_rest_route('qalam/v1', '/mine', [
        'methods' => 'GET',
        'permission_callback' => function () {
            return is_user_logged_in();
        },
        'args' => ['ids' => ['type' => 'string', 'required' => true]],
        'callback' => function ($request) {
            $ids = array_slice(array_filter(array_map('intval', explode(',', (string) $request['ids']))), 0, 100);
            $out = [];
            foreach ($ids as $id) {
                $post = get_post($id);
                if (!$post || $post->post_type !== 'post' || (int) $post->post_author !== get_current_user_id()) {
                    continue;
                }
                $out[] = [
                    'id' => (int) $post->ID,
                    'status' => $post->post_status,
                    'link' => get_permalink($post),
                    'date_gmt' => mysql2date('Y-m-d\\TH:i:s', $post->post_date_gmt, false),
                    'modified_gmt' => mysql2date('Y-m-d\\TH:i:s', $post->post_modified_gmt, false),
                ];
            }
            return $out;
        },
    ]);
    register_rest_route('qalam/v1', '/info', [
        'methods' => 'GET',
        'permission_callback' => '__return_true',
        'callback' => function () {
            return [
                'plugin' => 'qalam-companion',
                'version' => QALAM_COMPANION_VERSION,
                'language' => get_locale(),
                'rtl' => is_rtl(),
            ];
        },
    ]);
});

// The site's language and direction in the REST index the app reads anyway (one request, no login needed).
add_filter('rest_index', function ($response) {
    $response->data['qalam_language'] = get_locale();
    $response->data['qalam_rtl'] = is_rtl();
    return $response;
});

// Terms: a stamp per taxonomy, changed on every edit or deletion (new terms show in the count and the newest id).
function qalam_terms_edited_stamp($taxonomy)
{
    $key = 'qalam_terms_edited_' . $taxonomy;
    $stamp = get_option($key, '');
    if ($stamp === '') {
        // First look since the plugin was installed: edits made before are unknown, so say "changed".
        $stamp = (string) microtime(true);
        update_option($key, $stamp, false);
    }
    return $stamp;
}

function qalam_terms_touch($term_id, $tt_id, $taxonomy)
{
    if (in_array($taxonomy, ['category', 'post_tag'], true)) {
        update_option('qalam_terms_edited_' . $taxonomy, (string) microtime(true), false);
    }
}
add_action('edited_term', 'qalam_terms_touch', 10, 3);
add_action('delete_term', function ($term, $tt_id, $taxonomy) {
    qalam_terms_touch($term, $tt_id, $taxonomy);
}, 10, 3);

add_action('rest_api_init', function () {
    register_rest_route('qalam/v1', '/terms', [
        'methods' => 'GET',
        'permission_callback' => function () {
            return is_user_logged_in();
        },
        'callback' => function () {
            global $wpdb;
            $out = [];
            foreach (['categories' => 'category', 'tags' => 'post_tag'] as $name => $taxonomy) {
                $row = $wpdb->get_row($wpdb->prepare(
                    "SELECT COUNT(*) AS total, IFNULL(MAX(term_id), 0) AS max_id FROM {$wpdb->term_taxonomy} WHERE taxonomy = %s",
                    $taxonomy
                ));
                $out[$name] = [
                    'total' => (int) $row->total,
                    'max_id' => (int) $row->max_id,
                    'edited' => qalam_terms_edited_stamp($taxonomy),
                ];
            }
            return $out;
        },
    ]);
});
