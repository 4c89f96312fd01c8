<?php
/**
 * Plugin Name:       Clinic Widget
 * Description:       Patient education on exosome hair therapy (FAQ, side-effect comparison, "when to get help" check) in 11 languages. Place it with the [clinic_widget] shortcode or the Clinic Widget block; set your clinic's defaults under Settings → Clinic Widget.
 * Version:           0.2.0
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       clinic-widget
 *
 * The widget's files (dist/) ship inside the plugin and are served from the clinic's own
 * WordPress: no CDN, no upload, no CORS. Editors without the unfiltered_html capability
 * can place it, because the page content holds only a shortcode or a block comment; the
 * plugin prints the container and enqueues the script itself.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CLINIC_WIDGET_VERSION', '0.2.0' );
define( 'CLINIC_WIDGET_OPTION', 'clinic_widget_settings' );

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'clinic_widget_register' );

/** The shortcode and the block (server-rendered: the saved post holds no HTML of ours). */
function clinic_widget_register() {
	add_shortcode( 'clinic_widget', 'clinic_widget_shortcode' );
	if ( function_exists( 'register_block_type' ) ) {
		wp_register_script(
			'clinic-widget-block',
			plugins_url( 'block/block.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
			CLINIC_WIDGET_VERSION,
			true
		);
		register_block_type(
			'clinic-widget/widget',
			array(
				'api_version'     => 2,
				'editor_script'   => 'clinic-widget-block',
				'attributes'      => clinic_widget_block_attributes(),
				'render_callback' => 'clinic_widget_render_block',
			)
		);
	}
}
