<?php
/**
 * Renders the plugin's shortcode and block through WordPress's own code (the files of
 * Debian's wordpress package, or any WordPress at $argv[1]), as a post by an author without
 * unfiltered_html is rendered: kses on save (wp_filter_post_kses), then the_content's
 * do_blocks and do_shortcode. No database: get_option and the script queue are stand-ins,
 * the only functions not WordPress's own. Prints JSON: { posts: {name: html}, scripts: [...] }.
 *
 * Usage: php render.php /usr/share/wordpress
 */

$wp = rtrim( $argv[1] ?? '/usr/share/wordpress', '/' );
define( 'ABSPATH', $wp . '/' );
define( 'WPINC', 'wp-includes' );
$wp_version = '6.1';
require ABSPATH . WPINC . '/version.php';

foreach ( array( 'load', 'class-wp-error', 'plugin', 'formatting', 'kses', 'shortcodes', 'class-wp-block-parser', 'blocks', 'class-wp-block-type', 'class-wp-block-type-registry', 'class-wp-block', 'class-wp-block-list', 'class-wp-block-supports', 'class-wp-block-styles-registry', 'rest-api' ) as $file ) {
	if ( file_exists( ABSPATH . WPINC . "/$file.php" ) ) {
		require_once ABSPATH . WPINC . "/$file.php";
	}
}

// Stand-ins for what needs a database or a request.
$GLOBALS['clinic_test_options'] = array(
	'clinic_widget_settings' => array( 'country' => 'US', 'clinic-name' => 'Riverside "Hair" & Scalp' ),
);
$GLOBALS['clinic_test_scripts'] = array();
if ( ! function_exists( 'wp_load_alloptions' ) ) {
	function wp_load_alloptions() { return array( 'blog_charset' => 'UTF-8' ); }
}
if ( ! function_exists( 'get_option' ) ) {
	function get_option( $name, $default = false ) { return $GLOBALS['clinic_test_options'][ $name ] ?? $default; }
}
if ( ! function_exists( 'plugins_url' ) ) {
	function plugins_url( $path, $plugin ) { return '/wp-content/plugins/clinic-widget/' . $path; }
}
if ( ! function_exists( 'wp_register_script' ) ) {
	function wp_register_script() { return true; }
}
if ( ! function_exists( 'wp_enqueue_script' ) ) {
	function wp_enqueue_script( $handle, $src, $deps, $ver, $args ) {
	$GLOBALS['clinic_test_scripts'][ $handle ] = array( 'src' => $src . '?ver=' . $ver, 'args' => $args );
}
}
if ( ! function_exists( 'current_user_can' ) ) {
	function current_user_can( $capability ) { return false; }
}
if ( ! function_exists( 'wp_allowed_protocols' ) ) {
	function wp_allowed_protocols() { return array( 'http', 'https', 'mailto', 'tel' ); }
}
if ( ! function_exists( 'is_admin' ) ) {
	function is_admin() { return false; }
}
if ( ! function_exists( '__' ) ) {
	function __( $text ) { return $text; }
}
if ( ! function_exists( '_doing_it_wrong' ) ) {
	function _doing_it_wrong() {}
}
if ( ! function_exists( 'wp_parse_args' ) ) {
	function wp_parse_args( $args, $defaults = array() ) { return array_merge( $defaults, (array) $args ); }
}
if ( ! function_exists( 'get_bloginfo' ) ) {
	function get_bloginfo() { return 'UTF-8'; }
}
if ( ! function_exists( 'wp_kses_uri_attributes' ) ) {
	function wp_kses_uri_attributes() { return array( 'href', 'src' ); }
}
if ( ! function_exists( 'wp_json_encode' ) ) { function wp_json_encode( $v ) { return json_encode( $v ); } }

require dirname( __DIR__ ) . '/clinic-widget/clinic-widget.php';
do_action( 'init' );
add_filter( 'the_content', 'do_blocks', 9 );
add_filter( 'the_content', 'do_shortcode', 11 );

/** What a post by an author without unfiltered_html becomes on save, and then on display. */
function clinic_test_publish( $content ) {
	$saved = wp_unslash( wp_filter_post_kses( wp_slash( $content ) ) );
	return apply_filters( 'the_content', $saved );
}

$posts = array(
	'shortcode' => '[clinic_widget clinic-phone="+1 555 0100" lang="es"]',
	'block'     => '<!-- wp:clinic-widget/widget {"country":"GB","clinicPhone":"+44 20 7946 0000","sections":"faq quiz"} /-->',
	'hostile'   => '[clinic_widget clinic-name="\"><script>alert(1)</script>" country="not a country"]',
	'pasted'    => '<div data-clinic-widget data-country="US"></div><script async src="https://cdn.example/clinic-widget.js"></script>',
);
$out = array();
foreach ( $posts as $name => $content ) {
	$out[ $name ] = clinic_test_publish( $content );
}
echo json_encode( array( 'posts' => $out, 'scripts' => $GLOBALS['clinic_test_scripts'] ), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES );
