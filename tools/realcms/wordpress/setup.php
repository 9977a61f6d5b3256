<?php
/**
 * Drives a local WordPress install for the fixture renderer (tools/realcms/wordpress;
 * fixture rendering only, not part of CI). Run by render.sh, one step per process:
 *
 *   php setup.php WP_DIR install
 *   php setup.php WP_DIR content  WORK_DIR        (reads WORK_DIR/content.json, images/)
 *   php setup.php WP_DIR switch   THEME_SLUG
 *   php setup.php WP_DIR widgets  WORK_DIR        (the theme's widgets, menu, layout settings)
 *   php setup.php WP_DIR warmup                   (a plain load: lets the theme settle)
 *   php setup.php WP_DIR widgets  WORK_DIR        (again, after the warm-ups)
 *   php setup.php WP_DIR manifest WORK_DIR        (writes WORK_DIR/manifest.json)
 *
 * Everything is dated explicitly so that a re-run gives the same site.
 */

if ( $argc < 3 ) {
	fwrite( STDERR, "usage: php setup.php WP_DIR STEP [ARG]\n" );
	exit( 2 );
}
$wp_dir = rtrim( $argv[1], '/' );
$step   = $argv[2];
$arg    = $argv[3] ?? null;

$_SERVER['HTTP_HOST']   = '127.0.0.1:8181';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '8181';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
}
require $wp_dir . '/wp-load.php';

function fx_fail( $what, $err = null ) {
	fwrite( STDERR, 'setup.php: ' . $what . ( is_wp_error( $err ) ? ': ' . $err->get_error_message() : '' ) . "\n" );
	exit( 1 );
}

function fx_content( $work ) {
	return json_decode( file_get_contents( $work . '/content.json' ), true );
}

function fx_user_id( $login ) {
	$u = get_user_by( 'login', $login );
	if ( ! $u ) {
		fx_fail( "no user $login" );
	}
	return $u->ID;
}

function fx_gmt( $local ) {
	return get_gmt_from_date( $local );
}

function fx_text( $s ) {
	return htmlspecialchars( $s, ENT_NOQUOTES, 'UTF-8' );
}

function fx_paragraph( $inner ) {
	return "<!-- wp:paragraph -->\n<p>" . $inner . "</p>\n<!-- /wp:paragraph -->";
}

/** WordPress's own display filter for titles and content text, as the page shows it. */
function fx_shown( $s ) {
	return html_entity_decode( wptexturize( fx_text( $s ) ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}

switch ( $step ) {
	case 'install':
		if ( ! function_exists( 'wp_new_blog_notification' ) ) {
			function wp_new_blog_notification( $blog_title, $blog_url, $user_id, $password ) {}
		}
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		if ( is_blog_installed() ) {
			fx_fail( 'already installed; render.sh recreates the database first' );
		}
		$r = wp_install( 'WordPress', 'admin', 'admin@example.invalid', false, '', 'fixture-only-password', 'en_US' );
		// The install's sample content goes: "Hello world!" (+ its comment), "Sample Page", privacy draft.
		foreach ( get_posts( array( 'post_type' => array( 'post', 'page' ), 'post_status' => 'any', 'numberposts' => -1 ) ) as $p ) {
			wp_delete_post( $p->ID, true );
		}
		echo "installed, admin user {$r['user_id']}\n";
		break;

	case 'content':
		require_once ABSPATH . 'wp-admin/includes/image.php';
		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/media.php';
		$c = fx_content( $arg );

		foreach ( $c['site'] as $k => $v ) {
			update_option( $k, $v );
		}
		update_option( 'gmt_offset', '' );
		update_option( 'fresh_site', 0 );
		update_option( 'blog_public', 0 );
		update_option( 'default_comment_status', 'open' );
		update_option( 'comment_moderation', 0 );
		update_option( 'close_comments_for_old_posts', 0 );
		update_option( 'uploads_use_yearmonth_folders', 1 );

		// Users (author display names are the seeds' bylines).
		$admin_id = fx_user_id( 'admin' );
		foreach ( $c['users'] as $u ) {
			$data = array(
				'user_login'      => $u['login'],
				'display_name'    => $u['display_name'],
				'nickname'        => $u['display_name'],
				'user_nicename'   => $u['login'],
				'user_email'      => $u['login'] . '@example.invalid',
				'user_registered' => '2021-06-01 00:00:00',
				'role'            => $u['role'],
			);
			$existing = get_user_by( 'login', $u['login'] );
			if ( $existing ) {
				$data['ID'] = $existing->ID;
				$r          = wp_update_user( $data );
			} else {
				$data['user_pass'] = 'fixture-only-password';
				$r                 = wp_insert_user( $data );
			}
			if ( is_wp_error( $r ) ) {
				fx_fail( 'user ' . $u['login'], $r );
			}
		}
		wp_set_current_user( $admin_id ); // unfiltered_html: block comments are stored as given.

		// Category (the section); it also becomes the default category.
		$t = wp_insert_term( $c['category']['name'], 'category', array( 'slug' => $c['category']['slug'], 'description' => $c['category']['description'] ) );
		if ( is_wp_error( $t ) ) {
			fx_fail( 'category', $t );
		}
		$cat_id = $t['term_id'];
		update_option( 'default_category', $cat_id );

		$uploads_base = wp_get_upload_dir();
		foreach ( $c['posts'] as $p ) {
			$author = fx_user_id( $p['author_login'] );
			$blocks = array();
			$attach = 0;
			if ( null !== $p['lead'] ) {
				$blocks[] = fx_paragraph( '<strong>' . fx_text( $p['lead'] ) . '</strong>' );
			}
			if ( $p['image'] ) {
				// Copy the picture into uploads/YYYY/MM of the post date and register it.
				$sub  = substr( $p['post_date'], 0, 4 ) . '/' . substr( $p['post_date'], 5, 2 );
				$dir  = $uploads_base['basedir'] . '/' . $sub;
				wp_mkdir_p( $dir );
				$dest = $dir . '/' . $p['image']['file'];
				copy( $arg . '/images/' . $p['image']['file'], $dest );
				$attach = wp_insert_attachment(
					array(
						'post_title'     => pathinfo( $p['image']['file'], PATHINFO_FILENAME ),
						'post_excerpt'   => $p['image']['caption'],
						'post_content'   => '',
						'post_mime_type' => 'image/jpeg',
						'post_status'    => 'inherit',
						'post_author'    => $author,
						'post_date'      => $p['post_date'],
						'post_date_gmt'  => fx_gmt( $p['post_date'] ),
						'guid'           => $uploads_base['baseurl'] . '/' . $sub . '/' . $p['image']['file'],
					),
					$dest,
					0,
					true
				);
				if ( is_wp_error( $attach ) ) {
					fx_fail( 'attachment', $attach );
				}
				wp_update_attachment_metadata( $attach, wp_generate_attachment_metadata( $attach, $dest ) );
				update_post_meta( $attach, '_wp_attachment_image_alt', $p['image']['alt'] );
				$url      = wp_get_attachment_url( $attach );
				$blocks[] = '<!-- wp:image {"id":' . $attach . ',"sizeSlug":"full","linkDestination":"none"} -->' . "\n"
					. '<figure class="wp-block-image size-full"><img src="' . esc_url( $url ) . '" alt="' . esc_attr( $p['image']['alt'] ) . '" class="wp-image-' . $attach . '"/>'
					. '<figcaption class="wp-element-caption">' . fx_text( $p['image']['caption'] ) . '</figcaption></figure>' . "\n"
					. '<!-- /wp:image -->';
			}
			foreach ( $p['paragraphs'] as $para ) {
				$blocks[] = fx_paragraph( fx_text( $para ) );
			}
			$id = wp_insert_post(
				array(
					'post_type'      => 'post',
					'post_status'    => 'publish',
					'post_title'     => $p['title'],
					'post_name'      => sanitize_title( $p['title'] ),
					'post_content'   => implode( "\n\n", $blocks ),
					'post_excerpt'   => '',
					'post_author'    => $author,
					'post_date'      => $p['post_date'],
					'post_date_gmt'  => fx_gmt( $p['post_date'] ),
					'post_category'  => array( $cat_id ),
					'tags_input'     => $p['tags'],
					'comment_status' => 'open',
					'ping_status'    => 'closed',
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fx_fail( 'post ' . $p['title'], $id );
			}
			if ( $attach ) {
				wp_update_post( array( 'ID' => $attach, 'post_parent' => $id ) );
			}
			if ( isset( $p['seed'] ) ) {
				update_post_meta( $id, '_fixture_seed', $p['seed'] );
			}
		}
		// wp_update_post() above bumped nothing but the attachments; keep their dates fixed too.
		global $wpdb;
		$wpdb->query( "UPDATE {$wpdb->posts} SET post_modified = post_date, post_modified_gmt = post_date_gmt" );

		// One reader comment (our own text).
		$target = get_posts( array( 'meta_key' => '_fixture_seed', 'meta_value' => $c['comment']['on_seed'], 'numberposts' => 1 ) );
		wp_insert_comment(
			array(
				'comment_post_ID'      => $target[0]->ID,
				'comment_author'       => $c['comment']['author'],
				'comment_author_email' => $c['comment']['email'],
				'comment_author_url'   => '',
				'comment_content'      => $c['comment']['content'],
				'comment_date'         => $c['comment']['date'],
				'comment_date_gmt'     => fx_gmt( $c['comment']['date'] ),
				'comment_approved'     => 1,
				'comment_type'         => 'comment',
				'comment_agent'        => 'fixture',
				'comment_author_IP'    => '127.0.0.1',
			)
		);

		// An "about" page and a menu (home, the category, the page).
		$page_id = wp_insert_post(
			array(
				'post_type'     => 'page',
				'post_status'   => 'publish',
				'post_title'    => $c['page']['title'],
				'post_name'     => $c['page']['slug'],
				'post_content'  => implode( "\n\n", array_map( function ( $s ) { return fx_paragraph( fx_text( $s ) ); }, $c['page']['paragraphs'] ) ),
				'post_author'   => $admin_id,
				'post_date'     => $c['page']['date'],
				'post_date_gmt' => fx_gmt( $c['page']['date'] ),
				'comment_status' => 'closed',
			),
			true
		);
		$wpdb->query( "UPDATE {$wpdb->posts} SET post_modified = post_date, post_modified_gmt = post_date_gmt" );
		$menu_id = wp_create_nav_menu( $c['menu']['name'] );
		wp_update_nav_menu_item( $menu_id, 0, array( 'menu-item-title' => 'Trang chủ', 'menu-item-url' => home_url( '/' ), 'menu-item-type' => 'custom', 'menu-item-status' => 'publish', 'menu-item-position' => 1 ) );
		wp_update_nav_menu_item( $menu_id, 0, array( 'menu-item-object-id' => $cat_id, 'menu-item-object' => 'category', 'menu-item-type' => 'taxonomy', 'menu-item-status' => 'publish', 'menu-item-position' => 2 ) );
		wp_update_nav_menu_item( $menu_id, 0, array( 'menu-item-object-id' => $page_id, 'menu-item-object' => 'page', 'menu-item-type' => 'post_type', 'menu-item-status' => 'publish', 'menu-item-position' => 3 ) );
		update_option( 'fixture_menu_id', $menu_id );

		flush_rewrite_rules( false );
		echo 'content: ' . count( $c['posts'] ) . " posts\n";
		break;

	case 'switch':
		$theme = wp_get_theme( $arg );
		if ( ! $theme->exists() ) {
			fx_fail( "no theme $arg" );
		}
		switch_theme( $arg );
		echo 'switched to ' . $theme->get( 'Name' ) . ' ' . $theme->get( 'Version' ) . "\n";
		break;

	case 'warmup':
		// Just load WordPress with the new theme active, so that the theme's own load-time
		// routines run (ColorMag migrates existing colormag_* settings over its next loads).
		echo 'warm-up with ' . get_stylesheet() . "\n";
		break;

	case 'widgets':
		// The theme switch was handled on this load (check_theme_switched on init). Now
		// put WordPress's default widgets (search, recent posts, recent comments, archives,
		// categories: what wp_install_defaults() creates) into the theme's main widget
		// area, and the menu into its primary location, as a site owner would.
		$areas = array(
			'twentytwentyone' => 'sidebar-1',
			'colormag'        => 'colormag_right_sidebar',
		);
		$slug  = get_stylesheet();
		$sw    = array( 'wp_inactive_widgets' => array(), 'array_version' => 3 );
		if ( isset( $areas[ $slug ] ) ) {
			$sw[ $areas[ $slug ] ] = array( 'block-2', 'block-3', 'block-4', 'block-5', 'block-6' );
		} else {
			$sw['wp_inactive_widgets'] = array( 'block-2', 'block-3', 'block-4', 'block-5', 'block-6' );
		}
		update_option( 'sidebars_widgets', $sw );
		$menu_id   = (int) get_option( 'fixture_menu_id' );
		$locations = array();
		foreach ( array_keys( get_registered_nav_menus() ) as $loc ) {
			if ( in_array( $loc, array( 'primary' ), true ) ) {
				$locations[ $loc ] = $menu_id;
			}
		}
		set_theme_mod( 'nav_menu_locations', $locations );
		if ( 'colormag' === $slug ) {
			// ColorMag 4 defaults to "No Sidebar"; a news site picks "Right Sidebar"
			// (Customizer > Layout) so that its right widget area shows.
			foreach ( array( 'colormag_global_sidebar_layout', 'colormag_single_post_sidebar_layout', 'colormag_blog_sidebar_layout' ) as $mod ) {
				set_theme_mod( $mod, 'right_sidebar' );
			}
			// Its post meta line shows categories, date and author; add the tags
			// (Customizer > Blog / Single Post > Post Meta) so the post's tags are on the page.
			// (content-single.php prints the "blog" meta structure.)
			foreach ( array( 'colormag_blog_post_meta_structure', 'colormag_single_post_meta_structure' ) as $mod ) {
				$meta = (array) get_theme_mod( $mod, array( 'categories', 'date', 'author' ) );
				if ( ! in_array( 'tags', $meta, true ) ) {
					$meta[] = 'tags';
				}
				set_theme_mod( $mod, array_values( $meta ) );
			}
		}
		echo "widgets for $slug: " . wp_json_encode( $sw ) . ' menu: ' . wp_json_encode( $locations ) . "\n";
		break;

	case 'manifest':
		// What WordPress made of our content: permalinks, terms, and the texts as WordPress
		// displays them (wptexturize: " - " becomes an en dash, "..." an ellipsis, quotes curl).
		$c     = fx_content( $arg );
		$cat   = get_term_by( 'slug', $c['category']['slug'], 'category' );
		$out   = array(
			'wordpress'     => $GLOBALS['wp_version'],
			'theme'         => wp_get_theme()->get( 'Name' ),
			'theme_slug'    => get_stylesheet(),
			'theme_version' => wp_get_theme()->get( 'Version' ),
			'home'          => home_url( '/' ),
			'category'      => array( 'name' => $cat->name, 'url' => get_category_link( $cat ) ),
			'blogname'      => fx_shown( get_option( 'blogname' ) ),
			'blogdescription' => fx_shown( get_option( 'blogdescription' ) ),
			'posts'         => array(),
		);
		$q = get_posts( array( 'numberposts' => -1, 'post_type' => 'post', 'orderby' => 'date', 'order' => 'DESC' ) );
		foreach ( $q as $post ) {
			$seed  = get_post_meta( $post->ID, '_fixture_seed', true );
			$src   = null;
			foreach ( $c['posts'] as $p ) {
				if ( $p['title'] === $post->post_title ) {
					$src = $p;
				}
			}
			$tz    = wp_timezone();
			$date  = new DateTime( $post->post_date, $tz );
			$out['posts'][] = array(
				'id'         => $post->ID,
				'seed'       => $seed ? $seed : null,
				'expected_name' => $src['expected_name'] ?? null,
				'url'        => get_permalink( $post ),
				'title'      => fx_shown( $post->post_title ),
				'author'     => get_the_author_meta( 'display_name', $post->post_author ),
				'published'  => $date->format( 'c' ),
				'section'    => $cat->name,
				// Tags in the order every theme lists them (get_the_terms(): by name).
				'tags'       => wp_list_pluck( get_the_terms( $post, 'post_tag' ), 'name' ),
				'tags_input' => $src['tags'],
				'lead'       => null === $src['lead'] ? null : fx_shown( $src['lead'] ),
				'paragraphs' => array_map( 'fx_shown', $src['paragraphs'] ),
				'caption'    => $src['image'] ? fx_shown( $src['image']['caption'] ) : null,
				'lead_as_put'       => $src['lead'],
				'paragraphs_as_put' => $src['paragraphs'],
				'caption_as_put'    => $src['image'] ? $src['image']['caption'] : null,
			);
		}
		$cm = get_comments( array( 'number' => 1 ) );
		$out['comment'] = array(
			'author'  => $cm[0]->comment_author,
			'content' => fx_shown( $cm[0]->comment_content ),
			'post_id' => (int) $cm[0]->comment_post_ID,
		);
		$out['page'] = array( 'title' => fx_shown( $c['page']['title'] ), 'text' => array_map( 'fx_shown', $c['page']['paragraphs'] ) );
		file_put_contents( $arg . '/manifest.json', wp_json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) . "\n" );
		echo "manifest written\n";
		break;

	default:
		fx_fail( "unknown step $step" );
}
