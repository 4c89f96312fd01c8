<?php
/**
 * What the shortcode and the block print: the widget's container with its data-* options,
 * every value escaped with esc_attr, and the loader enqueued once per page.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The options a shortcode or a block may set, by attribute name (as in the snippet, without
 * "data-"), each with the shape of value it accepts. The widget checks every value again.
 */
function clinic_widget_option_names() {
	return array(
		'country'            => 'code',
		'lang'               => 'text',
		'sections'           => 'text',
		'clinic-name'        => 'text',
		'clinic-phone'       => 'text',
		'booking-url'        => 'url',
		'emergency-number'   => 'text',
		'accent'             => 'text',
		'color-scheme'       => 'text',
		'mode'               => 'text',
		'launcher-position'  => 'text',
		'heading-level'      => 'text',
		'lazy'               => 'flag',
	);
}

/** One value, cleaned for its kind; '' means not set. */
function clinic_widget_clean( $kind, $value ) {
	$value = trim( wp_strip_all_tags( (string) $value ) );
	if ( 'code' === $kind ) {
		return preg_match( '/^[A-Za-z]{2}$/', $value ) ? strtoupper( $value ) : '';
	}
	if ( 'url' === $kind ) {
		return 0 === strpos( $value, 'https://' ) ? esc_url_raw( $value, array( 'https' ) ) : '';
	}
	if ( 'flag' === $kind ) {
		return in_array( strtolower( $value ), array( '', '0', 'false', 'no', 'off' ), true ) ? '' : 'true';
	}
	return substr( $value, 0, 200 );
}

/**
 * The container for a set of options: the site's defaults (Settings → Clinic Widget) under
 * the ones given. Unknown names are dropped; the snippet's own attribute names are used.
 */
function clinic_widget_container( $given ) {
	$defaults = get_option( CLINIC_WIDGET_OPTION, array() );
	$defaults = is_array( $defaults ) ? $defaults : array();
	$html     = '<div data-clinic-widget';
	foreach ( clinic_widget_option_names() as $name => $kind ) {
		// A value given here wins; one that is empty or unusable falls back to the site's default.
		$value = clinic_widget_clean( $kind, $given[ $name ] ?? '' );
		if ( '' === $value ) {
			$value = clinic_widget_clean( $kind, $defaults[ $name ] ?? '' );
		}
		if ( '' !== $value ) {
			$html .= ' data-' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	clinic_widget_enqueue();
	return $html . '></div>';
}

/** The loader, once per page: async where WordPress has loading strategies (6.3+), else in the footer. */
function clinic_widget_enqueue() {
	global $wp_version;
	$src  = plugins_url( 'dist/clinic-widget.js', dirname( __DIR__ ) . '/clinic-widget.php' );
	$args = version_compare( (string) $wp_version, '6.3', '>=' )
		? array(
			'strategy'  => 'async',
			'in_footer' => true,
		)
		: true;
	// A fixed URL per version: the widget's other files are named by their content.
	wp_enqueue_script( 'clinic-widget', $src, array(), CLINIC_WIDGET_VERSION, $args );
}

/** [clinic_widget country="US" clinic-name="…"]: shortcode attributes are lower-cased by WordPress. */
function clinic_widget_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	$given = array();
	foreach ( clinic_widget_option_names() as $name => $kind ) {
		$alias = str_replace( '-', '_', $name );
		if ( isset( $atts[ $name ] ) ) {
			$given[ $name ] = $atts[ $name ];
		} elseif ( isset( $atts[ $alias ] ) ) {
			$given[ $name ] = $atts[ $alias ];
		}
	}
	return clinic_widget_container( $given );
}

/** The block's attributes: camelCase names of the same options, all strings. */
function clinic_widget_block_attributes() {
	$attributes = array();
	foreach ( array_keys( clinic_widget_option_names() ) as $name ) {
		$attributes[ lcfirst( str_replace( '-', '', ucwords( $name, '-' ) ) ) ] = array( 'type' => 'string' );
	}
	return $attributes;
}

function clinic_widget_render_block( $attributes ) {
	$given = array();
	foreach ( array_keys( clinic_widget_option_names() ) as $name ) {
		$key = lcfirst( str_replace( '-', '', ucwords( $name, '-' ) ) );
		if ( isset( $attributes[ $key ] ) ) {
			$given[ $name ] = $attributes[ $key ];
		}
	}
	return clinic_widget_container( $given );
}
