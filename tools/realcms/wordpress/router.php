<?php
/**
 * Router for PHP's built-in web server (php -S), standing in for Apache's mod_rewrite
 * "pretty permalinks" rules. Part of tools/realcms/wordpress (fixture rendering only).
 *
 *   php -S 127.0.0.1:8181 -t /opt/realcms/wordpress tools/realcms/wordpress/router.php
 */
$root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?? '/' );

// Real files (assets, wp-login.php, wp-admin/*.php, ...) are served as they are.
if ( '/' !== $path && is_file( $root . $path ) ) {
	return false;
}
// Directories with an index.php (e.g. /wp-admin/).
if ( '/' !== $path && is_dir( $root . $path ) && is_file( $root . rtrim( $path, '/' ) . '/index.php' ) ) {
	return false;
}
// Everything else goes through WordPress's front controller, as mod_rewrite would do it.
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
chdir( $root );
require $root . '/index.php';
