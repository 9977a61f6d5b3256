<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" />
<title>
	HỘI NGHỊ SƠ KẾT C&#212;NG T&#193;C Y TẾ 6 TH&#193;NG ĐẦU NĂM 2024
</title>
<meta name="description" content="Chiều ng&#224;y 08/7, Sở Y tế tỉnh Ho&#224; B&#236;nh đ&#227; tổ chức Hội nghị sơ kết c&#244;ng t&#225;c 6 th&#225;ng đầu năm v&#224; triển khai nhiệm vụ c&#244;ng t&#225;c 6 th&#225;ng cuối năm 2024. Tham dự v&#224; chỉ đạo Hội nghị c&#243; đồng ch&#237; B&#249;i Thu Hằng - Gi&#225;m đốc Sở Y tế." />
<meta name="keywords" content="S&#x1EDF; Y t&#x1EBF;, y t&#x1EBF;, c&#x1ED5;ng th&#xF4;ng tin &#x111;i&#x1EC7;n t&#x1EED;, h&#x1ED9;i ngh&#x1ECB; s&#x1A1; k&#x1EBF;t c&#xF4;ng t&#xE1;c y t&#x1EBF; 6 th&#xE1;ng &#x111;&#x1EA7;u n&#x103;m 2024" />
<link rel="canonical" href="https://soyte.example-province.gov.vn/portal/Pages/2024-7-9/Hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024.aspx" />
<meta property="og:site_name" content="C&#x1ED4;NG TH&#xD4;NG TIN &#x110;I&#x1EC6;N T&#x1EEC; S&#x1EDE; Y T&#x1EBE;" />
<meta property="og:type" content="article" />
<meta property="og:title" content="HỘI NGHỊ SƠ KẾT C&#212;NG T&#193;C Y TẾ 6 TH&#193;NG ĐẦU NĂM 2024" />
<meta property="og:description" content="Chiều ng&#224;y 08/7, Sở Y tế tỉnh Ho&#224; B&#236;nh đ&#227; tổ chức Hội nghị sơ kết c&#244;ng t&#225;c 6 th&#225;ng đầu năm v&#224; triển khai nhiệm vụ c&#244;ng t&#225;c 6 th&#225;ng cuối năm 2024. Tham dự v&#224; chỉ đạo Hội nghị c&#243; đồng ch&#237; B&#249;i Thu Hằng - Gi&#225;m đốc Sở Y tế." />
<meta property="og:url" content="https://soyte.example-province.gov.vn/portal/Pages/2024-7-9/Hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024.aspx" />
<meta property="og:image" content="https://soyte.example-province.gov.vn/portal/PublishingImages/2024/07/hoi-nghi-so-ket-6-thang-1.jpg" />
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

<form method="post" action="./Hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<div id="welcomeMenuBox" class="ms-dialogHidden"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/portal/_layouts/15/Authenticate.aspx?Source=%2Fportal%2FPages%2F2024-7-9%2FHoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024.aspx&amp;Source=%2Fportal%2FPages%2F2024-7-9%2FHoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024.aspx" style="display:inline;">Đăng nhập</a></div>
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
<div class="syt-tin">
<h1 class="syt-tin__tieude">HỘI NGHỊ SƠ KẾT CÔNG TÁC Y TẾ 6 THÁNG ĐẦU NĂM 2024</h1>
<div class="syt-tin__thongtin"><span class="syt-tin__ngay">Thứ Ba, 09/07/2024 | 15:30</span><span class="syt-tin__sep">|</span><span class="syt-tin__luotxem">Lượt xem: 1.208</span></div>
<div class="syt-tin__tomtat">Chiều ngày 08/7, Sở Y tế tỉnh Hoà Bình đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ công tác 6 tháng cuối năm 2024. Tham dự và chỉ đạo Hội nghị có đồng chí Bùi Thu Hằng - Giám đốc Sở Y tế.</div>
<div class="syt-tin__anh">
<div id="ctl00_PlaceHolderMain_ImageField_label" style='display:none'>Hình ảnh Trang</div><div id="ctl00_PlaceHolderMain_ImageField__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ImageField_label"><div class="ms-rtestate-field"><img alt="" src="/portal/PublishingImages/2024/07/hoi-nghi-so-ket-6-thang-1.jpg" style="BORDER: 0px solid; " /></div></div>
<div class="syt-tin__chuthich"><div id="ctl00_PlaceHolderMain_ctl04_label" style='display:none'>Chú thích Hình ảnh</div><div id="ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl04_label">Đồng chí Bùi Thu Hằng - Giám đốc Sở Y tế phát biểu chỉ đạo Hội nghị</div></div>
</div>
<div class="syt-tin__noidung">
<div id="ctl00_PlaceHolderMain_ctl05_label" style='display:none'>Nội dung Trang</div><div id="ctl00_PlaceHolderMain_ctl05__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl05_label">
<p style="text-align: justify;">Tại hội nghị các đại biểu đ&#227; được nghe Báo cáo kết quả công tác y tế 6 tháng đầu năm, nhiệm vụ, giải pháp 6 tháng cuối năm 2024. Trong 6 tháng đầu năm, Sở Y tế đã chủ động ban h&#224;nh nhiều văn bản kịp thời, phù hợp với tình hình thực tiễn để chỉ đạo các đơn vị trong ngành thực hiện nhiệm vụ chuyên môn; chủ động phòng chống dịch bệnh, không để dịch bệnh lớn xảy ra; thực hiện tốt chương trình tiêm chủng mở rộng, đặc biệt tại các xã vùng sâu, vùng xa, vùng đi lại khó khăn; kịp thời giải quyết tình trạng thiếu thuốc, trang thiết bị vật tư, sinh phẩm y tế; đẩy mạnh công tác chăm sóc sức khoẻ bà mẹ, trẻ em, dân số và phát triển; tập trung phát triển nguồn nhân lực nhằm nâng cao chất lượng khám, chữa bệnh.</p>
<p style="text-align: justify;">Về công tác phòng chống dịch bệnh, tính đến hết ngày 30/6/2024 toàn tỉnh không ghi nhận bất kỳ trường hợp nghi ngờ, mắc nào với các bệnh truyền nhiễm đặc biệt nguy hiểm; các bệnh truyền nhiễm nguy hiểm không có sự thay đổi đột biến so với cùng kì năm 2023. Riêng bệnh Dại ghi nhận 03 trường hợp tử vong (Lạc Sơn 02 trường hợp, Yên Thuỷ 01 trường hợp).</p>
<p style="text-align: justify;">Công tác chăm sóc sức khoẻ bà mẹ trẻ em trong 6 tháng đầu năm 2024&#160;ghi nhận 03 ca tử vong mẹ. Ngành y tế tăng cường chỉ đạo các đơn vị nghiêm túc thực hiện hoạt động “Làm mẹ an toàn”, hoạt động xử trí lồng ghép các bệnh thường gặp ở trẻ em nhằm giảm tử vong mẹ, tử vong sơ sinh trên địa bàn toàn tỉnh.</p>
<p style="text-align: justify;">Các đơn vị khối điều trị duy trì tổ chức trực đầy đủ theo 4 cấp; thực hiện nghiêm công tác phòng, chống dịch; tổ chức thực hiện các quy trình về sàng lọc, phân loại, phân luồng, phân tuyến, giám sát phòng, chống dịch bệnh hiệu quả đối với người bệnh và người nhà người bệnh đến khám, tư vấn, điều trị; thực hiện nhiệm vụ kép đảm bảo an toàn cho cơ sở điều trị; đẩy mạnh thực hiện khám, tư vấn, điều trị từ xa; chuẩn bị sẵn sàng các phương án cấp cứu, khám chữa bệnh cho người dân, các kỹ thuật chuyên sâu, kỹ thuật mới được ứng dụng triển khai phục vụ người bệnh. Trong 6 tháng đầu năm 2024 tổng số lượt khám bệnh tại các cơ sở y tế công lập là 326.949 lượt, điều trị nội trú 62.395 lượt. Công suất sử dụng giường bệnh trung bình toàn tỉnh là 89,23% (trong đó cao nhất là Mai Châu đạt 168,9%).</p>
<p style="text-align: justify;">Phát biểu kết luận tại Hội nghị, đồng chí Bùi Thu Hằng - Giám đốc Sở Y tế ghi nhận và đánh giá cao những kết quả đạt được về công tác y tế trong 6 tháng đầu năm 2024, đồng thời nhấn mạnh những phương hướng nhiệm vụ trong 6 tháng cuối năm. Đó là: tập trung thực hiện các hoạt động đạt chỉ tiêu kế hoạch được giao năm 2024; làm tốt công tác y tế dự phòng, không để dịch bệnh lớn xảy ra trên địa bàn tỉnh, tăng cường truyền thông phòng bệnh để nâng cao nhận thức, thay đổi hành vi của người dân trong việc bảo vệ sức khoẻ của bản thân, gia đình và cộng đồng. Tập trung truyền thồng về lợi ích, tác dụng của vắc xin, bám sát su hường tâm lý của người dân, xã hội, nâng cao sự tin tưởng của cộng đồng và vận động người dân tham gia tiêm chủng đầy đủ, đúng lịch (đặc biệt là tiêm vắc xin phòng bệnh dại ngay sau khi bị chó, mèo, động vật nghi dại cắn); Truyền thông về chăm sóc sức khoẻ bà mẹ trẻ em, làm mẹ an toàn; Thực hiện tốt công tác khám chữa bệnh, giáo dục y, được đức cho cán bộ y tế. Tiếp tục ứng dụng công nghệ thông tin trong quản lý sức khoẻ, điều trị người bệnh. Đặc biệt triển khai thực hiện Hồ sơ sức khoẻ điện tử toàn dân; thực hiện các giải pháp đảm bảo thuốc, vắc xin, trang thiết bị y tế phục vụ công tác khám bệnh, chữa bệnh cho nhân dân trong toàn tỉnh.</p>
<p style="text-align: justify;">Cũng trong Hội nghị, Sở Y tế đã trao tặng cờ thi đua của UBND tỉnh cho 2 tập thể tiêu biểu xuất sắc dẫn đầu phong trào thi đua của toàn ngành là Trung tâm y tế huyện Lạc Thuỷ và Chi cục Dân số-KHHGĐ; trao tặng Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể trực thuộc Sở Y tế có thành tích xuất sắc trong phong trào thi đua là Trung tâm Giám định Y khoa và Trung tâm Y tế huyện Mai Châu./.</p>
<table width="100%" class="ms-rteTable-default" cellspacing="0" style="width: 100%;"><tbody><tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" style="text-align: center;"><img src="/portal/PublishingImages/2024/07/hoi-nghi-so-ket-6-thang-2.jpg" alt="" style="margin: 5px; width: 600px;" /></td></tr><tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" style="text-align: center;"><em>Hai đơn vị nhận Cờ thi đua của UBND tỉnh</em></td></tr></tbody></table>
<table width="100%" class="ms-rteTable-default" cellspacing="0" style="width: 100%;"><tbody><tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" style="text-align: center;"><img src="/portal/PublishingImages/2024/07/hoi-nghi-so-ket-6-thang-3.jpg" alt="" style="margin: 5px; width: 600px;" /></td></tr><tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" style="text-align: center;"><em>Hai đơn vị nhận Bằng khen của chủ tịch UBND tỉnh</em></td></tr></tbody></table>
<p style="text-align: right;"><strong>Hồng Dung - CDC Hoà Bình</strong></p>
</div>
</div>
<div class="syt-tin__congcu"><a href="javascript:window.print();" class="syt-print">In trang</a> <a href="/portal/_layouts/15/SYT.Portal/GuiEmail.aspx?List=Pages&amp;ID=1187" class="syt-mail">Gửi email</a> <a href="#s4-bodyContainer" class="syt-top">Lên đầu trang</a></div>
</div>
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle">
<span title="Tin cùng chuyên mục - Các tin cùng chuyên mục" id="WebPartTitleWPQ3" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Tin cùng chuyên mục</span><span id="WebPartCaptionWPQ3"></span></nobr></h2></span>
</div>
<div WebPartID="5d0c3f0e-6b8a-4d1f-9a0c-2e7b4f6a8c11" HasPers="false" id="WebPartWPQ3" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >
<div id="cbqwpctl00_ctl43_g_5c2e8a4f_1b3d_4e6f_8a9c_0d2e4f6a8b43" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%"><li class="dfwp-item"><div class="item link-item"><a href="/portal/Pages/2024-7-8/Kham-sang-loc-tim-bam-sinh-cho-tre-em-vung-cao.aspx" title="">Khám sàng lọc tim bẩm sinh cho trẻ em vùng cao</a> <span class="syt-date">(08/07/2024)</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/portal/Pages/2024-7-5/Tap-huan-phong-chong-benh-dai-cho-can-bo-y-te-xa.aspx" title="">Tập huấn phòng chống bệnh dại cho cán bộ y tế xã</a> <span class="syt-date">(05/07/2024)</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/portal/Pages/2024-7-2/Kiem-tra-an-toan-thuc-pham-bep-an-tap-the.aspx" title="">Kiểm tra an toàn thực phẩm bếp ăn tập thể</a> <span class="syt-date">(02/07/2024)</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/portal/Pages/2024-6-28/So-Y-te-lam-viec-voi-Trung-tam-Y-te-huyen-vung-cao.aspx" title="">Sở Y tế làm việc với Trung tâm Y tế huyện vùng cao</a> <span class="syt-date">(28/06/2024)</span></div></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ4" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ4_ChromeTitle">
<span title="Tin đã đưa - Các tin đã đưa" id="WebPartTitleWPQ4" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Tin đã đưa</span><span id="WebPartCaptionWPQ4"></span></nobr></h2></span>
</div>
<div WebPartID="a1f2c3d4-7e8f-4a9b-8c1d-3e5f7a9b1c2d" HasPers="false" id="WebPartWPQ4" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >
<div id="cbqwpctl00_ctl44_g_5c2e8a4f_1b3d_4e6f_8a9c_0d2e4f6a8b44" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%"><li class="dfwp-item"><div class="item link-item"><a href="/portal/Pages/2024-6-21/Hoi-nghi-tap-huan-cong-tac-duoc-benh-vien.aspx" title="">Hội nghị tập huấn công tác dược bệnh viện</a> <span class="syt-date">(21/06/2024)</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/portal/Pages/2024-6-14/Ngay-hoi-hien-mau-tinh-nguyen-mua-he.aspx" title="">Ngày hội hiến máu tình nguyện mùa hè</a> <span class="syt-date">(14/06/2024)</span></div></li></ul></div><div class="syt-more"><a href="/portal/Pages/Hoat-dong-nganh.aspx">Xem thêm »</a></div>
<div class="ms-clear"></div></div>
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
