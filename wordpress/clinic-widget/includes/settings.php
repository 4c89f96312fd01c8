<?php
/**
 * Settings → Clinic Widget: the clinic's defaults (name, phone, country, accent, language,
 * mode), used wherever a shortcode or block does not set its own. Only a user who can manage
 * options sees or saves it; every value is sanitised on save and escaped on output.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The settings page's fields: option name => [label, help]. */
function clinic_widget_settings_fields() {
	return array(
		'country'      => array( 'Country (required)', 'Two letters, such as US, GB or DE. It sets the emergency number patients are told to call.' ),
		'clinic-name'  => array( 'Clinic name', '' ),
		'clinic-phone' => array( 'Phone number', 'Shown as a call link, such as +1 555 0100.' ),
		'accent'       => array( 'Accent colour', 'Your brand colour, such as #0b6e69. Empty: the default teal.' ),
		'lang'         => array( 'Language', 'Empty: each visitor sees the language of your page.' ),
		'mode'         => array( 'Mode', '"inline" (in the page) or "launcher" (a floating button).' ),
	);
}

add_action( 'admin_menu', 'clinic_widget_settings_menu' );
add_action( 'admin_init', 'clinic_widget_settings_register' );

function clinic_widget_settings_menu() {
	add_options_page( 'Clinic Widget', 'Clinic Widget', 'manage_options', 'clinic-widget', 'clinic_widget_settings_page' );
}

function clinic_widget_settings_register() {
	register_setting(
		'clinic_widget',
		CLINIC_WIDGET_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'clinic_widget_sanitize_settings',
			'default'           => array(),
		)
	);
}

/** Keeps only known fields, each cleaned as the container cleans it. */
function clinic_widget_sanitize_settings( $input ) {
	$kinds = clinic_widget_option_names();
	$clean = array();
	foreach ( array_keys( clinic_widget_settings_fields() ) as $name ) {
		if ( is_array( $input ) && isset( $input[ $name ] ) ) {
			$clean[ $name ] = clinic_widget_clean( $kinds[ $name ], sanitize_text_field( $input[ $name ] ) );
		}
	}
	if ( isset( $clean['mode'] ) && ! in_array( $clean['mode'], array( '', 'inline', 'launcher' ), true ) ) {
		$clean['mode'] = '';
	}
	return $clean;
}

function clinic_widget_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'clinic-widget' ) );
	}
	$values = get_option( CLINIC_WIDGET_OPTION, array() );
	echo '<div class="wrap"><h1>' . esc_html__( 'Clinic Widget', 'clinic-widget' ) . '</h1>';
	echo '<p>' . esc_html__( 'Place the widget with the [clinic_widget] shortcode or the Clinic Widget block. These are the defaults for every page.', 'clinic-widget' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'clinic_widget' );
	echo '<table class="form-table" role="presentation">';
	foreach ( clinic_widget_settings_fields() as $name => $field ) {
		$id    = 'clinic-widget-' . $name;
		$value = is_array( $values ) && isset( $values[ $name ] ) ? $values[ $name ] : '';
		echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $field[0] ) . '</label></th><td>';
		echo '<input type="text" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( CLINIC_WIDGET_OPTION . '[' . $name . ']' ) . '" value="' . esc_attr( $value ) . '"';
		echo $field[1] ? ' aria-describedby="' . esc_attr( $id . '-help' ) . '"' : '';
		echo ' />';
		if ( $field[1] ) {
			echo '<p class="description" id="' . esc_attr( $id . '-help' ) . '">' . esc_html( $field[1] ) . '</p>';
		}
		echo '</td></tr>';
	}
	echo '</table>';
	submit_button();
	echo '</form></div>';
}
