<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" />
<title>
	Hoạt động ng&#224;nh - Trang 2
</title>
<meta name="keywords" content="S&#x1EDF; Y t&#x1EBF;, y t&#x1EBF;, c&#x1ED5;ng th&#xF4;ng tin &#x111;i&#x1EC7;n t&#x1EED;, ho&#x1EA1;t &#x111;&#x1ED9;ng ng&#xE0;nh - trang 2" />
<link rel="canonical" href="https://soyte.example-province.gov.vn/portal/Pages/Hoat-dong-nganh-trang-2.aspx" />
<meta property="og:site_name" content="C&#x1ED4;NG TH&#xD4;NG TIN &#x110;I&#x1EC6;N T&#x1EEC; S&#x1EDE; Y T&#x1EBE;" />
<meta property="og:type" content="website" />
<meta property="og:title" content="Hoạt động ng&#224;nh - Trang 2" />
<meta property="og:url" content="https://soyte.example-province.gov.vn/portal/Pages/Hoat-dong-nganh-trang-2.aspx" />
<link rel="shortcut icon" href="/portal/Style%20Library/SYT2016/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" />
<link id="CssLink-6f0bd21b8fa14a1a9f3f4b7f1a4e6a0b" rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=VY%2BwyEmZ4VeBNMq6%2BgwRaA%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/SYT2016/css/syt.master.css?v=16.4"/>
<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/SYT2016/css/syt.layouts.css?v=16.4"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=%2BmV8Ny5ZUdgSxY8zPw8LXg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=uHIkleVeDJf4xS50Krz-yBROl1WoRR2YE9g5PO6Gfbm9D3V5hGXsqbY6Vj3R5q4bVg8g9vE2Yc2cT8lqkIDz3a9p9eA1&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript"></script>
<script type="text/javascript"></script>
<script type="text/javascript"></script>
<script type="text/javascript" src="/portal/Style%20Library/SYT2016/js/jquery-3.3.1.min.js"></script>
<script type="text/javascript" src="/portal/Style%20Library/SYT2016/js/syt.master.js?v=16.4"></script>
<link type="text/xml" rel="alternate" href="/portal/_vti_bin/spsdisco.aspx" />
</head>
<body>
<div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=44" />
<img src="/_layouts/15/images/spcommon.png?rev=44" />
<img src="/portal/Style%20Library/SYT2016/images/banner-syt.png" />
</div>

<form method="post" action="./Hoat-dong-nganh-trang-2.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8F3A6C1D2E4B59A7C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5,02 Dec 2026 00:58:11 -0000" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="_wpSelected" id="_wpSelected" value="" />
<input type="hidden" name="_wzSelected" id="_wzSelected" value="" />
<input type="hidden" name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />
<input type="hidden" name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIVD2QWAgIDDxYCHhNQcmV2aW91c0NvbnRyb2xNb2RlCymIAU1pY3Jvc29mdC5TaGFyZVBvaW50LldlYkNvbnRyb2xzLlNQQ29udHJvbE1vZGUsIE1pY3Jvc29mdC5TaGFyZVBvaW50LCBWZXJzaW9uPTE2LjAuMC4wLCBDdWx0dXJlPW5ldXRyYWwsIFB1YmxpY0tleVRva2VuPTcxZTliY2UxMTFlOTQyOWMBZAIFD2QWBgIBD2QWAgIBD2QWAmYPPCsABQEADxYCHg9TaXRlTWFwUHJvdmlkZXIFEVNQU2l0ZU1hcFByb3ZpZGVyZGQCAw9kFgICAQ8WAh4HVmlzaWJsZWhkAgUPZBYCAgEPZBYCZg9kFgJmDxQrAAMPZBYGAgEPZBYCAgEPZBYEZg8WAh8CaGQCAg8WAh8CaGQCBQ9kFgICAQ9kFgJmD2QWAmYPFCsAAmRkZBgBBR5fX0NvbnRyb2xzUmVxdWlyZVBvc3RCYWNrS2V5X18WAQUxY3RsMDAkUGxhY2VIb2xkZXJTZWFyY2hBcmVhJFNtYWxsU2VhcmNoSW5wdXRCb3gxJGNzcl9zYm94Q8r1Wf3k9mQdV2o7xGZ1yqkNh0E=" />
</div>

<script type="text/javascript"></script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZG0qJmm1Ni2eY4XbRKo1hOmj7S9Dl4fKdSmQZs2kkpGHHKDGcNyWk5VWGDYiqE_03w2&amp;t=637814689746327080" type="text/javascript"></script>

<script type="text/javascript"></script>

<script src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D" type="text/javascript"></script>
<script type="text/javascript"></script>

<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOoY0n1Bd0JmOiVwE0lQ1Hs2a0vzGVtqkcW9hFZ3yv0Ryuo0v5gQ1dI4vV3N0Q8h4F0sWwI7ncvKf4k8E2wL2Jkq7eTd1vDvdJc" />
</div>
<noscript><div class='noindex'>Có thể bạn đang cố gắng truy nhập site này từ một trình duyệt bảo mật trên máy chủ. Hãy bật các tập lệnh và tải lại trang này.</div></noscript>
<div id="ms-designer-ribbon">
<div id="suiteBarTop" class="ms-dialogHidden noindex"><div id="SuiteNavPlaceHolder"></div></div>
<div id="s4-ribbonrow" class="ms-dialogHidden" style="display:none">
<div id="globalNavBox" class="noindex">
<div id="ribbonBox">
<div id="s4-ribboncont">
<div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2"><div class="ms-cui-jewel-container" style="display:none"></div></div></div>
</div>
</div>
<span id="DeltaSPWebPartManager"></span>
</div>
</div>
<div id="welcomeMenuBox" class="ms-dialogHidden"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/portal/_layouts/15/Authenticate.aspx?Source=%2Fportal%2FPages%2FHoat-dong-nganh-trang-2.aspx&amp;Source=%2Fportal%2FPages%2FHoat-dong-nganh-trang-2.aspx" style="display:inline;">Đăng nhập</a></div>
</div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<span class="ms-hidden"><a href="#mainContent" class="ms-skip">Bỏ qua tới nội dung chính</a></span>
<div class="syt-page">
<div class="syt-topstrip"><span class="syt-topstrip__date">Thứ Tư, ngày 02/12/2026</span><span class="syt-topstrip__links"><a href="/portal/Pages/So-do-site.aspx">Sơ đồ site</a> | <a href="/portal/Pages/Lien-he.aspx">Liên hệ</a> | <a href="/portal/Pages/RSS.aspx">RSS</a></span></div>
<div class="syt-banner">
<a class="syt-banner__logo" href="/portal" title="Cổng thông tin điện tử Sở Y tế"><img src="/portal/Style%20Library/SYT2016/images/logo-syt.png" alt="Logo Sở Y tế" width="110" height="110" /></a>
<div class="syt-banner__text"><div class="syt-banner__l1">ỦY BAN NHÂN DÂN TỈNH EXAMPLE</div><div class="syt-banner__l2">SỞ Y TẾ</div><div class="syt-banner__l3">Cổng thông tin điện tử</div></div>
<div class="syt-banner__search"><div id="SearchBox" name="Control"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv"><input type="text" value="Tìm kiếm trên site này" maxlength="2048" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" autocorrect="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" href="javascript: {}"><img src="/_layouts/15/images/searchresultui.png?rev=44" class="ms-srch-sb-searchImg" id="searchImg" alt="Tìm kiếm" /></a></div></div></div>
</div>
<div class="syt-topnav">
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">
<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">
<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Gioi-thieu.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected ms-navedit-linkNode" href="/portal/Pages/Tin-tuc-su-kien.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Tin tức - Sự kiện</span><span class="ms-hidden">Hiện đang được chọn</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Van-ban.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Văn bản</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Thu-tuc-hanh-chinh.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Thủ tục hành chính</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Hoi-dap.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Hỏi đáp</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Lien-he.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Liên hệ</span></span></a></li>
</ul>
</div>
</div>
</div>
<div class="syt-body" id="contentRow">
<div class="syt-left">
<div class="syt-left__title">DANH MỤC</div>
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
<div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation">
<div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager">
<div id="zz3_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox">
<ul id="zz4_RootAspMenu" class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Gioi-thieu.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Giới thiệu</span></span></a><ul class="static"><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Chuc-nang-nhiem-vu.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Chức năng, nhiệm vụ</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Lanh-dao-so.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Lãnh đạo Sở</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Don-vi-truc-thuoc.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Đơn vị trực thuộc</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Tin-tuc-su-kien.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="static"><li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected ms-navedit-linkNode" href="/portal/Pages/Hoat-dong-nganh.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Hoạt động ngành</span><span class="ms-hidden">Hiện đang được chọn</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Y-te-du-phong.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Y tế dự phòng</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Kham-chua-benh.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Khám, chữa bệnh</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Dan-so.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Dân số - Sức khỏe sinh sản</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Chi-dao-dieu-hanh.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Chỉ đạo điều hành</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Van-ban-phap-quy.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Văn bản pháp quy</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Thu-tuc-hanh-chinh.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Thủ tục hành chính</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Tuyen-dung.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Thông tin tuyển dụng</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/portal/Pages/Hoi-dap.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Hỏi đáp trực tuyến</span></span></a></li>
</ul>
</div>
</div>
</div>
</div>
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ10" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ10_ChromeTitle">
<span title="Văn bản mới - Văn bản chỉ đạo, điều hành mới ban hành" id="WebPartTitleWPQ10" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Văn bản mới</span><span id="WebPartCaptionWPQ10"></span></nobr></h2></span>
</div>
<div WebPartID="be5a1a3d-40c2-4e0a-93d1-7c4f1b2e9d0a" HasPers="false" id="WebPartWPQ10" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >
<div id="cbqwpctl00_ctl41_g_5c2e8a4f_1b3d_4e6f_8a9c_0d2e4f6a8b41" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%"><li class="dfwp-item"><div class="item link-item"><a href="/portal/VanBan/Pages/KH-tiem-chung-mo-rong-2024.aspx" title="">Kế hoạch triển khai tiêm chủng mở rộng năm 2024</a> <span class="syt-date">(02/07/2024)</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/portal/VanBan/Pages/QD-kien-toan-hoi-dong-chuyen-mon.aspx" title="">Quyết định kiện toàn Hội đồng chuyên môn Sở Y tế</a> <span class="syt-date">(27/06/2024)</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/portal/VanBan/Pages/CV-phong-chong-sot-xuat-huyet.aspx" title="">Công văn tăng cường phòng chống sốt xuất huyết</a> <span class="syt-date">(20/06/2024)</span></div></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
</div>
</div>
<div class="syt-center">
<div class="syt-path"><a href="/portal">Trang chủ</a> <span>›</span> <a href="/portal/Pages/Tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a> <span>›</span> <a href="/portal/Pages/Hoat-dong-nganh.aspx">Hoạt động ngành</a></div>
<div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="syt-chuyenmuc">
<div id="ctl00_PlaceHolderMain_ctl01_label" style='display:none'>Nội dung Trang</div><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label"></div>
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ2_ChromeTitle">
<span title="Hoạt động ngành - Danh sách tin chuyên mục" id="WebPartTitleWPQ2" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Hoạt động ngành</span><span id="WebPartCaptionWPQ2"></span></nobr></h2></span>
</div>
<div WebPartID="11111111-2222-4333-8444-555555555555" HasPers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >
<div id="cbqwpctl00_ctl42_g_8a7b6c5d_4e3f_4a1b_9c8d_7e6f5a4b3c21" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%"><li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="/portal/Pages/2024-6-28/So-Y-te-lam-viec-voi-Trung-tam-Y-te-huyen-vung-cao.aspx" target=""><img class="image" src="/portal/PublishingImages/2024/06/lam-viec-ttyt-thumb.jpg" alt="" /></a></div><div class="link-item"><a href="/portal/Pages/2024-6-28/So-Y-te-lam-viec-voi-Trung-tam-Y-te-huyen-vung-cao.aspx" title="">Sở Y tế làm việc với Trung tâm Y tế huyện vùng cao</a><div class="syt-date">28/06/2024</div><div class="description">Rà soát nhân lực, trang thiết bị.</div></div></div></li><li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="/portal/Pages/2024-6-21/Hoi-nghi-tap-huan-cong-tac-duoc-benh-vien.aspx" target=""><img class="image" src="/portal/PublishingImages/2024/06/tap-huan-duoc-thumb.jpg" alt="" /></a></div><div class="link-item"><a href="/portal/Pages/2024-6-21/Hoi-nghi-tap-huan-cong-tac-duoc-benh-vien.aspx" title="">Hội nghị tập huấn công tác dược bệnh viện</a><div class="syt-date">21/06/2024</div><div class="description">Cập nhật quy định đấu thầu thuốc.</div></div></div></li><li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="/portal/Pages/2024-6-14/Ngay-hoi-hien-mau-tinh-nguyen-mua-he.aspx" target=""><img class="image" src="/portal/PublishingImages/2024/06/hien-mau-thumb.jpg" alt="" /></a></div><div class="link-item"><a href="/portal/Pages/2024-6-14/Ngay-hoi-hien-mau-tinh-nguyen-mua-he.aspx" title="">Ngày hội hiến máu tình nguyện mùa hè</a><div class="syt-date">14/06/2024</div><div class="description">Thu về hơn 400 đơn vị máu.</div></div></div></li></ul></div><div class="syt-phantrang"><a href="/portal/Pages/Hoat-dong-nganh.aspx" title="Trang trước">« Trước</a><a href="/portal/Pages/Hoat-dong-nganh.aspx">1</a><span class="syt-phantrang__cur">2</span></div>
<div class="ms-clear"></div></div>
</div>
</div>
</div>
</div>
</div>
</div>
<div class="syt-right">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ5" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ5_ChromeTitle">
<span title="Tin mới - Tin bài mới đăng" id="WebPartTitleWPQ5" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Tin mới</span><span id="WebPartCaptionWPQ5"></span></nobr></h2></span>
</div>
<div WebPartID="0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b" HasPers="false" id="WebPartWPQ5" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >
<div id="cbqwpctl00_ctl45_g_5c2e8a4f_1b3d_4e6f_8a9c_0d2e4f6a8b45" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%"><li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="/portal/Pages/2024-7-8/Kham-sang-loc-tim-bam-sinh-cho-tre-em-vung-cao.aspx" target=""><img class="image" src="/portal/PublishingImages/2024/07/kham-tim-bam-sinh-thumb.jpg" alt="" /></a></div><div class="link-item"><a href="/portal/Pages/2024-7-8/Kham-sang-loc-tim-bam-sinh-cho-tre-em-vung-cao.aspx" title="">Khám sàng lọc tim bẩm sinh cho trẻ em vùng cao</a><div class="description">Hơn 300 trẻ được khám miễn phí.</div></div></div></li><li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="/portal/Pages/2024-7-5/Tap-huan-phong-chong-benh-dai-cho-can-bo-y-te-xa.aspx" target=""><img class="image" src="/portal/PublishingImages/2024/07/tap-huan-benh-dai-thumb.jpg" alt="" /></a></div><div class="link-item"><a href="/portal/Pages/2024-7-5/Tap-huan-phong-chong-benh-dai-cho-can-bo-y-te-xa.aspx" title="">Tập huấn phòng chống bệnh dại cho cán bộ y tế xã</a><div class="description">Lớp tập huấn kéo dài hai ngày.</div></div></div></li><li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="/portal/Pages/2024-7-3/Ra-quan-diet-bo-gay-phong-sot-xuat-huyet.aspx" target=""><img class="image" src="/portal/PublishingImages/2024/07/diet-bo-gay-thumb.jpg" alt="" /></a></div><div class="link-item"><a href="/portal/Pages/2024-7-3/Ra-quan-diet-bo-gay-phong-sot-xuat-huyet.aspx" title="">Ra quân diệt bọ gậy phòng sốt xuất huyết</a><div class="description">Chiến dịch tại 12 xã, phường.</div></div></div></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ6" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ6_ChromeTitle">
<span title="Thông báo - Thông báo của Sở" id="WebPartTitleWPQ6" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Thông báo</span><span id="WebPartCaptionWPQ6"></span></nobr></h2></span>
</div>
<div WebPartID="9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a" HasPers="false" id="WebPartWPQ6" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >
<div id="cbqwpctl00_ctl46_g_5c2e8a4f_1b3d_4e6f_8a9c_0d2e4f6a8b46" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%"><li class="dfwp-item"><div class="item link-item"><a href="/portal/Pages/2024-7-1/Thong-bao-lich-tiep-cong-dan-thang-7-2024.aspx" title="">Thông báo lịch tiếp công dân tháng 7/2024</a></div></li><li class="dfwp-item"><div class="item link-item"><a href="/portal/Pages/2024-6-24/Thong-bao-tuyen-dung-vien-chuc-nam-2024.aspx" title="">Thông báo tuyển dụng viên chức năm 2024</a></div></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ7" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ7_ChromeTitle">
<span title="Liên kết website - Danh sách liên kết" id="WebPartTitleWPQ7" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Liên kết website</span><span id="WebPartCaptionWPQ7"></span></nobr></h2></span>
</div>
<div WebPartID="3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" HasPers="false" id="WebPartWPQ7" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >
<div class="syt-weblink"><select id="ctl00_ctl47_g_7e6d5c4b_ddlLienKet" onchange="if(this.value!='')window.open(this.value);"><option value="">-- Chọn liên kết --</option><option value="https://moh.gov.vn">Bộ Y tế</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ8" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ8_ChromeTitle">
<span title="Thống kê truy cập - Bộ đếm lượt truy cập" id="WebPartTitleWPQ8" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Thống kê truy cập</span><span id="WebPartCaptionWPQ8"></span></nobr></h2></span>
</div>
<div WebPartID="7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918" HasPers="false" id="WebPartWPQ8" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >
<div class="syt-counter"><div class="syt-counter__row">Đang truy cập: 35</div><div class="syt-counter__row">Hôm nay: 1.482</div><div class="syt-counter__row">Tổng lượt truy cập: 2.716.904</div></div>
<div class="ms-clear"></div></div>
</div>
</div>
</div>
</div>
</div>
<div class="syt-footer">
<div class="syt-footer__links"><a href="/portal">Trang chủ</a> - <a href="/portal/Pages/Gioi-thieu.aspx">Giới thiệu</a> - <a href="/portal/Pages/So-do-site.aspx">Sơ đồ site</a> - <a href="/portal/Pages/Lien-he.aspx">Liên hệ</a></div>
<div class="syt-footer__info">
<div>Cơ quan chủ quản: Sở Y tế tỉnh Example</div>
<div>Chịu trách nhiệm chính: Giám đốc Sở Y tế</div>
<div>Địa chỉ: Số 1 đường Ví Dụ, thành phố Example</div>
<div>Điện thoại: 0218.3000.000 - Email: soyte@example-province.gov.vn</div>
<div>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</div>
</div>
</div>
</div>
</div>
</div>
<div id="DeltaFormDigest">
<script type="text/javascript"></script>
</div>

<script type="text/javascript"></script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
<script type="text/javascript"></script>
</body>
</html>
