<?php
/**
 * Command-line helper that boots an installed NukeViet 4.5 (outside this repository)
 * the way admin/index.php does, without a login, to change settings and clear caches
 * with NukeViet's own functions. Development tool for tools/realcms/nukeviet/render.sh;
 * not part of CI.
 *
 *   php nv_cli.php <nukeviet-root> config <json-file>   apply settings, rebuild data/config/config_global.php, clear cache
 *   php nv_cli.php <nukeviet-root> clear-cache          $nv_Cache->delAll()
 *   php nv_cli.php <nukeviet-root> add-blocks <json>    add theme blocks shown on every page, the way
 *                                                        admin/themes/activatetheme.php stores them
 *
 * add-blocks JSON: {"theme": "egov", "blocks": [{"module": "news", "file_name": "global.block_tophits.php",
 *   "title": "...", "template": "border_title", "position": "[RIGHT_1]", "config": "<serialized php or empty>"}]}
 *
 * The JSON file: {"config": [[lang, module, name, value], ...], "sql": ["UPDATE ...", ...]}
 * ("{prefix}" in sql is replaced by the table prefix).
 */
if ($argc < 3) {
    fwrite(STDERR, "usage: php nv_cli.php <nukeviet-root> config <json>|clear-cache\n");
    exit(2);
}
$root = rtrim(realpath($argv[1]), '/');
$cmd = $argv[2];
$host = getenv('NV_HOST') ?: '127.0.0.1';
$port = getenv('NV_PORT') ?: '8282';
$_SERVER = array_merge($_SERVER, [
    'HTTP_HOST' => $host . ':' . $port, 'SERVER_NAME' => $host, 'SERVER_PORT' => $port, 'REMOTE_ADDR' => '127.0.0.1',
    'REQUEST_URI' => '/admin/index.php', 'SCRIPT_NAME' => '/admin/index.php', 'PHP_SELF' => '/admin/index.php',
    'SCRIPT_FILENAME' => $root . '/admin/index.php', 'DOCUMENT_ROOT' => $root, 'SERVER_PROTOCOL' => 'HTTP/1.1',
    'REQUEST_METHOD' => 'GET', 'HTTP_USER_AGENT' => 'nv-fixture-cli', 'SERVER_SOFTWARE' => 'Apache',
    'HTTP_SUPPORT_REWRITE' => 'on', 'SERVER_ADMIN' => 'webmaster@example.org', 'QUERY_STRING' => '',
]);
define('NV_ADMIN', true);
define('NV_ROOTDIR', $root);
chdir($root . '/admin');
require NV_ROOTDIR . '/includes/mainfile.php';
require_once NV_ROOTDIR . '/includes/core/admin_functions.php';

if ($cmd === 'config') {
    $spec = json_decode(file_get_contents($argv[3]), true);
    $sth = $db->prepare('UPDATE ' . NV_CONFIG_GLOBALTABLE . ' SET config_value = :v WHERE lang = :l AND module = :m AND config_name = :n');
    $ins = $db->prepare('INSERT IGNORE INTO ' . NV_CONFIG_GLOBALTABLE . ' (lang, module, config_name, config_value) VALUES (:l, :m, :n, :v)');
    foreach ($spec['config'] ?? [] as [$l, $m, $n, $v]) {
        $p = [':l' => $l, ':m' => $m, ':n' => $n, ':v' => (string) $v];
        $sth->execute($p);
        $ins->execute($p);
        echo "config $l/$m/$n = $v\n";
    }
    foreach ($spec['sql'] ?? [] as $q) {
        $q = str_replace('{prefix}', $db_config['prefix'], $q);
        $n = $db->exec($q);
        echo "sql ($n rows): $q\n";
    }
    $global_config['idsite'] = 0;
    if (!nv_save_file_config_global()) {
        fwrite(STDERR, "could not write config_global.php\n");
        exit(1);
    }
    $nv_Cache->delAll();
    echo "config_global.php rebuilt, cache cleared\n";
} elseif ($cmd === 'add-blocks') {
    $spec = json_decode(file_get_contents($argv[3]), true);
    $theme = $spec['theme'];
    $funcs = $db->query('SELECT func_id FROM ' . NV_MODFUNCS_TABLE . ' WHERE show_func = 1 ORDER BY in_module ASC, subweight ASC')->fetchAll(PDO::FETCH_COLUMN);
    foreach ($spec['blocks'] as $b) {
        $sth = $db->prepare('SELECT COUNT(*) FROM ' . NV_BLOCKS_TABLE . '_groups WHERE theme = :t AND position = :p AND file_name = :f AND title = :ti');
        $sth->execute([':t' => $theme, ':p' => $b['position'], ':f' => $b['file_name'], ':ti' => $b['title']]);
        if ($sth->fetchColumn()) {
            echo "block {$b['title']} exists\n";
            continue;
        }
        $sth = $db->prepare('SELECT MAX(weight) FROM ' . NV_BLOCKS_TABLE . '_groups WHERE theme = :t AND position = :p');
        $sth->execute([':t' => $theme, ':p' => $b['position']]);
        $weight = (int) $sth->fetchColumn() + 1;
        $bid = $db->insert_id('INSERT INTO ' . NV_BLOCKS_TABLE . "_groups (theme, module, file_name, title, link, template, position, exp_time, active, groups_view, all_func, weight, config) VALUES (:theme, :module, :file_name, :title, '', :template, :position, 0, '1', '6', 1, " . $weight . ', :config)', 'bid', [
            'theme' => $theme, 'module' => $b['module'], 'file_name' => $b['file_name'], 'title' => $b['title'],
            'template' => $b['template'], 'position' => $b['position'], 'config' => $b['config'] ?? '',
        ]);
        $wq = $db->prepare('SELECT MAX(t1.weight) FROM ' . NV_BLOCKS_TABLE . '_weight t1 INNER JOIN ' . NV_BLOCKS_TABLE . '_groups t2 ON t1.bid = t2.bid WHERE t1.func_id = :f AND t2.theme = :t AND t2.position = :p');
        foreach ($funcs as $func_id) {
            $wq->execute([':f' => $func_id, ':t' => $theme, ':p' => $b['position']]);
            $w = (int) $wq->fetchColumn() + 1;
            $db->query('INSERT INTO ' . NV_BLOCKS_TABLE . '_weight (bid, func_id, weight) VALUES (' . $bid . ', ' . (int) $func_id . ', ' . $w . ')');
        }
        echo "block {$b['title']} added as bid $bid\n";
    }
    $nv_Cache->delAll();
} elseif ($cmd === 'clear-cache') {
    $nv_Cache->delAll();
    echo "cache cleared\n";
} else {
    fwrite(STDERR, "unknown command $cmd\n");
    exit(2);
}
