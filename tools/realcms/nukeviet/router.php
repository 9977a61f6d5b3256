<?php
/**
 * Router for `php -S 127.0.0.1:8282 -t <nukeviet root> router.php`.
 * Emulates the mod_rewrite rules NukeViet 4.5 writes into .htaccess
 * (#nukeviet_config / #nukeviet_rewrite blocks) and sets HTTP_SUPPORT_REWRITE
 * like the `SetEnv HTTP_SUPPORT_REWRITE on` line does, so NukeViet sees a
 * rewrite-capable server. Development helper only; not part of CI.
 * NukeViet's scripts must run in global scope, hence the flat structure.
 */
$_SERVER['HTTP_SUPPORT_REWRITE'] = 'on';
$_SERVER['SERVER_SOFTWARE'] = 'Apache';
// NukeViet looks up MX/A records of SERVER_NAME when it has no admin e-mail; give it one so no DNS query is made
$_SERVER['SERVER_ADMIN'] = 'webmaster@example.org';

$nvr_root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$nvr_path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$nvr_file = $nvr_root . $nvr_path;
$nvr_script = null;
$nvr_query = null;

if (preg_match('#/(\.(.*)|composer\.json|default\.(htaccess\.txt|web\.config\.txt|php)|mainfile\.php|web\.config|config\.php)$#i', $nvr_path)
    or preg_match('#^/(data/ip6?|includes|install/tpl|vendor|assets/tpl|data/cache|data/certs|data/logs)/.*#i', $nvr_path)
    or preg_match('#^/(admin)/.*/.*$#i', $nvr_path)
    or preg_match('#^/(install/(css|images)|modules|themes|assets|data/config|data/tmp|uploads)/.*\.((j|a)spx?|(p|s)html|cgi|inc|ini|php|pl|py|sh|sql\.gz|tpl|xml)($|\?|/)#i', $nvr_path)) {
    http_response_code(404);
    [$nvr_script, $nvr_query] = ['error.php', 'code=404&nvDisableRewriteCheck=1'];
} elseif ($nvr_path === '/robots.txt') {
    [$nvr_script, $nvr_query] = ['robots.php', 'action=' . $_SERVER['HTTP_HOST']];
} elseif (preg_match('#^/(.*?)sitemap\.xml$#', $nvr_path)) {
    [$nvr_script, $nvr_query] = ['index.php', 'nv=SitemapIndex'];
} elseif (preg_match('#^/(.*?)sitemap\-([a-z]{2})\.xml$#', $nvr_path, $m)) {
    [$nvr_script, $nvr_query] = ['index.php', 'language=' . $m[2] . '&nv=SitemapIndex'];
} elseif (preg_match('#^/(.*?)sitemap\-([a-z]{2})\.([a-zA-Z0-9-]+)\.xml$#', $nvr_path, $m)) {
    [$nvr_script, $nvr_query] = ['index.php', 'language=' . $m[2] . '&nv=' . $m[3] . '&op=sitemap'];
} elseif (preg_match('#^/(.*?)sitemap\-([a-z]{2})\.([a-zA-Z0-9-]+)\.([a-zA-Z0-9-]+)\.xml$#', $nvr_path, $m)) {
    [$nvr_script, $nvr_query] = ['index.php', 'language=' . $m[2] . '&nv=' . $m[3] . '&op=sitemap/' . $m[4]];
} elseif (is_file($nvr_file)) {
    return false; // static file or a real PHP script: the built-in server handles it
} elseif (is_dir($nvr_file)) {
    if (!is_file(rtrim($nvr_file, '/') . '/index.php')) {
        return false;
    }
    $nvr_script = ltrim(rtrim($nvr_path, '/') . '/index.php', '/');
} elseif (preg_match('#(.*)(/|\.html)$#', $nvr_path) or preg_match('#(.*)tag/([^?]+)$#', $nvr_path)) {
    $nvr_script = 'index.php';
} elseif (preg_match('#^/([a-zA-Z0-9-/]+)/([a-zA-Z0-9-]+)$#', $nvr_path) or preg_match('#^/([a-zA-Z0-9-]+)$#', $nvr_path)) {
    header('Location: ' . $nvr_path . '/', true, 301);
    return true;
} else {
    http_response_code(404);
    [$nvr_script, $nvr_query] = ['error.php', 'code=404&nvDisableRewriteCheck=1'];
}

if ($nvr_query !== null) {
    parse_str($nvr_query, $nvr_q);
    $_GET = $nvr_q + $_GET;
    $_REQUEST = $nvr_q + $_REQUEST;
    $_SERVER['QUERY_STRING'] = http_build_query($_GET);
}
$_SERVER['SCRIPT_NAME'] = '/' . $nvr_script;
$_SERVER['PHP_SELF'] = '/' . $nvr_script;
$_SERVER['SCRIPT_FILENAME'] = $nvr_root . '/' . $nvr_script;
chdir(dirname($nvr_root . '/' . $nvr_script));
unset($nvr_q, $nvr_file, $nvr_path, $m);
require $nvr_root . '/' . $nvr_script;
