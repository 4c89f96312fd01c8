<?php
/**
 * Unpacks the plugin zip with WordPress's own unzip code, PclZip (wp-admin/includes/
 * class-pclzip.php): what WordPress falls back to when PHP has no ZipArchive, and the stricter
 * of its two readers. Prints JSON: { "clinic-widget/…": sha256 of the unpacked file }.
 *
 * Usage: php unzip.php /usr/share/wordpress wordpress/clinic-widget.zip /tmp/somewhere
 */

$wp   = rtrim( $argv[1], '/' );
$zip  = $argv[2];
$dest = rtrim( $argv[3], '/' );
define( 'ABSPATH', $wp . '/' );
require ABSPATH . 'wp-admin/includes/class-pclzip.php';

$archive = new PclZip( $zip );
if ( 0 === $archive->extract( PCLZIP_OPT_PATH, $dest ) ) {
	fwrite( STDERR, $archive->errorInfo( true ) . "\n" );
	exit( 1 );
}

$files = array();
$it    = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dest, FilesystemIterator::SKIP_DOTS ) );
foreach ( $it as $file ) {
	$files[ substr( $file->getPathname(), strlen( $dest ) + 1 ) ] = hash_file( 'sha256', $file->getPathname() );
}
ksort( $files );
echo json_encode( $files, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES );
