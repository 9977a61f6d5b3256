<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" />
<title>
	Tin tổng hợp
</title>
<meta name="author" content="C&#x1ED4;NG TH&#xD4;NG TIN &#x110;I&#x1EC6;N T&#x1EEC; T&#x1EC8;NH B&#x1EAE;C K&#x1EA0;N" />
<meta name="keywords" content="B&#x1EAF;c K&#x1EA1;n, c&#x1ED5;ng th&#xF4;ng tin &#x111;i&#x1EC7;n t&#x1EED;, Tin t&#x1ED5;ng h&#x1EE3;p" />
<meta name="description" content="Tin tổng hợp về t&#236;nh h&#236;nh kinh tế - x&#227; hội, y tế, gi&#225;o dục tr&#234;n địa b&#224;n tỉnh Bắc Kạn" />
<link rel="canonical" href="https://backan.gov.vn/Pages/tin-tong-hop.aspx" />
<meta property="og:site_name" content="C&#x1ED4;NG TH&#xD4;NG TIN &#x110;I&#x1EC6;N T&#x1EEC; T&#x1EC8;NH B&#x1EAE;C K&#x1EA0;N" />
<meta property="og:type" content="website" />
<meta property="og:title" content="Tin tổng hợp" />
<meta property="og:description" content="Tin tổng hợp về t&#236;nh h&#236;nh kinh tế - x&#227; hội, y tế, gi&#225;o dục tr&#234;n địa b&#224;n tỉnh Bắc Kạn" />
<meta property="og:url" content="https://backan.gov.vn/Pages/tin-tong-hop.aspx" />
<meta property="og:image" content="https://backan.gov.vn/Style%20Library/BacKan/images/logo-share.png" />
<link rel="shortcut icon" href="/Style%20Library/BacKan/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" />
<link id="CssLink-1f4d6e1d5a1c4a4aa1b5e6f1b7d3c0a2" rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bS5tCcRp5xUd7NJr%2BHuvA%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/BacKan/css/backan.portal.css?v=2.3.7"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/BacKan/css/news.css?v=2.3.7"/>
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-ribbonrow { display:none; }
	.ms-webpart-titleText { font-size:11px; color:#999; }
	.ArticleSummary b { font-size:15px; }
</style>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZnSf3EJHRbDrWN%2FNvhx6Ww%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvvwSBjI3NPDnw8sSrFAFN7tnHH0VjlWBZVF2vXt0zLQWhKj1dLK0N_x3nEiPXvz6ZrbGjO1Oj0sTHsBRw5Vn6YRoWxXQe_BxV8yRqy7JGDhAeqoVnaK1KrbHQsFcWcS3ZBkdmO0yFV8vUejZfD3ydkU1&amp;t=ffffffffe6692900"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/BacKan/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/BacKan/js/backan.portal.js?v=2.3.7"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\u002f_layouts\u002f15\u002f1066\u002finitstrings.js?rev=S11vfGURQYVuACMEY0tLTg\u00253D\u00253D");</script>
<script type="text/javascript">RegisterSod("strings.js", "\u002f_layouts\u002f15\u002f1066\u002fstrings.js?rev=xXYZY4hciX287lShPZuClw\u00253D\u00253D");RegisterSodDep("strings.js", "initstrings.js");</script>
<script type="text/javascript">RegisterSod("sp.init.js", "\u002f_layouts\u002f15\u002fsp.init.js?rev=jvJC3Kl5gbORaLtf7kxULQ\u00253D\u00253D");</script>
<script type="text/javascript">RegisterSod("core.js", "\u002f_layouts\u002f15\u002fcore.js?rev=GpU7vxyOqzS0F9OfEX3CCw\u00253D\u00253D");RegisterSodDep("core.js", "strings.js");</script>
<script type="text/javascript">RegisterSod("sp.ribbon.js", "\u002f_layouts\u002f15\u002fsp.ribbon.js?rev=1F3TSGFB5\u00252FTDOlfSk3mQCw\u00253D\u00253D");RegisterSodDep("sp.ribbon.js", "strings.js");RegisterSodDep("sp.ribbon.js", "core.js");</script>
</head>
<body>
<form method="post" action="/Pages/tin-tong-hop.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x676A3032676150304A4134314B427077484975772B636F762B4F30666D7A376F796A4141463137785538424E4A7861306250794F646551766C4274317558794A,16 Aug 2024 01:28:44 -0000" />
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
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTc1MzI1NDE3Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIRD2QWAgIBD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZSwgTWljcm9zb2Z0LlNoYXJlUG9pbnQsIFZlcnNpb249MTUuMC4wLjAsIEN1bHR1cmU9bmV1dHJhbCwgUHVibGljS2V5VG9rZW49NzFlOWJjZTExMWU5NDI5YwFka1MwkcqIklxmR1oeJ0y4eM+LVBSxvSolv7BjwGpPz+TATFYLW87onmMOua8/mvTFyZpySFTmArx6y9WQvSOHFwp+fVhqW0fVRH8Hqz5PdgdxEIRUMx5ojIJK88lMV2wGLfgm1x7AUH0YeH4dHE0MabpXj6JFm5GTYN7owpHahvkln9EZF3KePi3YfuQgnp4vy6ILi/Q2Q64wNpynnV3yjwxiy/4dtlh4xUltfDSt0ltz71xk/LUkojnO9GLV/2HOf2Tp87Tudi6XkiQR428KHEuLHhcEFA1eb6kR2BYDBdltD7VB504jU2HG+j1EmCkwuq53hhKjRkmIU/sCPYux2ptgAlyUAbgRdSr7ZX68ixiI1zkSG3PyIOjYe0NSbbKKuentJAR+viZiKvzXPxcb7rMdY6vvN2CB24ZfC7aqPF9zn7QMy3MfXWPvGKVBPyUpJtAqrd0rLYd/PDNfpJz8dYPr/KCwP9S9J6yUWyujxB71rIrzso+hvZnlV6jPzVrhG+8VpsP+YPUzaSlQzJs4iWrsE09jcVB2Ao2iNNqOxjbmvPl87AeHBVxufaVtbfhOL9T1Km3KNQTXyOmXBw/UfR1IZnV6vIy3URDtN8HqDyhm18d22dlAkCtw/NSrSsyA/qapXCuE22e3CUXirm4uOP7Y09VZEe9M58MUB/Y88kpgSyB1tjwa198ae5uvIOLCpzFhv/kNPx1tB3uM2c9Qn1L99PvbrkGKxLOWz20tzRRTLcZeY2NuhjFB/qVRD9iPKWXgyhlH7PYVtrR9VIfSz77z4n3JD+3t22Bt/1HLMTq0FEhm2cdVU2OKcQ32omCukrqG8KrLeLTBNlSO5jZpo1/G/DFUanfu/pla9J4MsLVFwIq4ZzSguA1AvkJkyIHW7NNUiGaqIOG6ThL1uy4dKv4dD9rbCZN7o6L+2O2fWHKezx5DFNxb9KZtpnitp9N6N8ktoimatfqeNhOLvBF26I2S6Q+3kVR7CWTMNbvBaqrcXLwZvXdqD03fdWWhtgUKmPQj+Rud02laNb9angNdz1oc1HtwCk+CpQ8D3xack1L1q9eiPPkdkB1IDXtQoMrKkUin+aYUNiIQzblWPXUEtpOkElEoc5jIk2Ij9iXetfsypePJOI5oAZxw2vD2A3K/hMKCtHYq2Jl6NQGpoA4JAFSqoOTGvu8Yh8uNJlRhYYo5OtgX3KPDDZwIRk7hbfW/en8FHK7zIEeFz2yLCsdvEjq4AhRxOY/S8k57oMIwGXNcTzX45CsGrQS66AjBYuqd8Jrzb0NYKDcipIJmYzruzxk5iCLXjA1+Fu990LKNV1L+XSw/NMJzb/06GONZIw9NLRBGusc/BXYAky0IoVYkgEjrEpmGwynkjKU7gSfTIWHZ+oRZJMip5ny3lMi6/lpuZcKIyKrrAiVkhWkWWobYYtc1Cjgy6XRpFKsYxaCmdBUYS1R2CF/TL79XjwBgFIBXbeFfboMGHVMjXwMQsC3C7cy8kTDeoGAA6LTCUmhttuR+6cqyzbGZeOzIJcvfixB0oePWnRJtKwUbVAu9ZJD2VUlZC56NwXErSzlxauWrwWsDSnJKxWze/JLFoP7ayUktVlpS9mBHASvuh79LDMusAo6P0YWwQL+dUoLeHi60MQFXq8SoV8KMTKKc7+TJNYvHoU0vacGRLUuiISHPNXmR3AMLppyFFly/W3GKLH686043U0wAmLcvHQTd1ZGwyAa/3q0VkTWNjAtARE16FEa/KqSTZu6SMsIvHT+inbR0INY7+3GbSxbnODnDdkgUWV78qHaXXPudMfOGqeme4J6wXzJPGEftTTgGKtUQrC0+JqP9/ZXFT3b15/T1lBHA/cK/pjNCgC78keN6k3Pp1MVsezDF5h2brMOuGWejFqrzNJtCa2QO/GWHjZ9Sb2igAmigULiewsm4/VtOtkOH1nxL53cpOaLOOYPAYRsf+Qooq73AR0ZAvd3+IulD4iBtHKqjCNU+4QjXK+dq7tEqRQtU2TMumKggjb+ciWCNxuThSmU24+Zc8gDyiDLXnbTSQiy66wWZjpUxeuHgOpZQT8aOWD+x37B5YHrlbXWOKyXqQr9VWPM9l2lCVByLxdA3eyFWQWMV+rRhJzUqnd5KHcZxTMORq82rB+HFH5d5MZfZ38CF0N55bRiIWlAS8aDnZ90WjR+qojVCnbneV2NzvUOzwlaPaReUzGiHAj1M9rQFlzLd6L12Gfqxy4MANtU3k4zVCMtPbOEhF+0qFAaYSMJaDkl97eU=" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=rAtvkb8A9xKxD7YeT6ZGfcd1Dw3ZQ7Jbp4V8WEuN2rk2X2Yc7pGKgS8CG0nQa1h2QnZmW6gLXQ0lS_HwC5Y-ZjN0DcY1&amp;t=637100610011542438" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "https:\u002f\u002fbackan.gov.vn", siteAbsoluteUrl: "https:\u002f\u002fbackan.gov.vn", serverRequestPath: "\u002fPages\u002ftin-tong-hop.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "C\u1ED5ng th\u00F4ng tin \u0111i\u1EC7n t\u1EED t\u1EC9nh B\u1EAFc K\u1EA1n", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "\u002fStyle\u002520Library\u002fBacKan\u002fimages\u002flogo.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2024-08-16T01:28:44.1822515Z") - new Date(), siteClientTag: "3$$15.0.5529.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673}, pageListId:"{b9c42220-7fc7-0f8e-0958-822c2358fd7f}", pageItemId:1, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};
//]]>
</script>
<div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
<img src="/Style%20Library/BacKan/images/logo.png" />
</div>
<noscript><div class='noindex'>Có thể bạn đang cố gắng truy nhập site này từ một trình duyệt bảo mật trên máy chủ. Hãy bật các tập lệnh và tải lại trang này.</div></noscript>
<div id="ms-designer-ribbon">
<div id="s4-ribbonrow" class="ms-dialogHidden">
<div id="globalNavBox" class="noindex">
<div id="ribbonBox">
<div id="s4-ribboncont">
<div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2"><div class="ms-cui-jewel-container" style="display:none"></div></div></div>
</div>
</div>
<div id="DeltaSPWebPartManager"></div>
</div>
<div id="suiteBar" class="ms-dialogHidden noindex">
<div id="suiteBarRight"><span id="DeltaSuiteBarRight"><div id="welcomeMenuBox"><div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2Ftin-tong-hop.aspx&amp;Type=AnonymousUser" style="display:inline;">Đăng nhập</a></div></div></span></div>
</div>
</div>
</div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<a id="HiddenAnchor" href="javascript:;" style="display:none;"></a>
<span class="ms-hidden"><a href="#mainContent" class="ms-skip">Bỏ qua tới nội dung chính</a></span>
<div class="bk-wrapper">
<div class="bk-topbar">
<div class="bk-today">Thứ Sáu, 16/08/2024</div>
<ul class="bk-toplinks"><li><a href="/Pages/default.aspx">Trang chủ</a></li><li><a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a></li><li><a href="/Pages/lien-he.aspx">Liên hệ</a></li><li><a href="/en/Pages/default.aspx">English</a></li></ul>
<div class="bk-search"><input name="ctl00$ucSearch$txtKeyword" type="text" id="ctl00_ucSearch_txtKeyword" placeholder="Nhập từ khóa tìm kiếm..." /><input type="submit" name="ctl00$ucSearch$btnSearch" value="Tìm kiếm" id="ctl00_ucSearch_btnSearch" class="bk-search-btn" /></div>
</div>
<div class="bk-header">
<a href="/Pages/default.aspx" class="bk-logo" title="Cổng thông tin điện tử tỉnh Bắc Kạn"><img src="/Style%20Library/BacKan/images/logo.png" alt="Quốc huy" width="96" height="96" /></a>
<div class="bk-header-title"><div class="bk-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN</div><div class="bk-name-en">BAC KAN PROVINCE PORTAL</div></div>
</div>
<div class="bk-menu" id="zz1_TopNavigationMenu"><ul class="root static">
<li class="static"><a class="static menu-item" href="/Pages/default.aspx"><span class="menu-item-text">Trang chủ</span></a>
</li>
<li class="static dynamic-children"><a class="static menu-item" href="/Pages/gioi-thieu.aspx"><span class="menu-item-text">Giới thiệu</span></a>
<ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/tong-quan.aspx"><span class="menu-item-text">Tổng quan</span></a></li>
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/lich-su.aspx"><span class="menu-item-text">Lịch sử</span></a></li>
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/co-cau-to-chuc.aspx"><span class="menu-item-text">Cơ cấu tổ chức</span></a></li>
</ul>
</li>
<li class="static dynamic-children"><a class="static menu-item" href="/Pages/tin-tuc-su-kien.aspx"><span class="menu-item-text">Tin tức - Sự kiện</span></a>
<ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/tin-tong-hop.aspx"><span class="menu-item-text">Tin tổng hợp</span></a></li>
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/tin-hoat-dong-lanh-dao-tinh.aspx"><span class="menu-item-text">Hoạt động lãnh đạo tỉnh</span></a></li>
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/tin-so-nganh-dia-phuong.aspx"><span class="menu-item-text">Tin sở, ngành, địa phương</span></a></li>
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/thong-bao.aspx"><span class="menu-item-text">Thông báo</span></a></li>
</ul>
</li>
<li class="static dynamic-children"><a class="static menu-item" href="/Pages/chinh-quyen.aspx"><span class="menu-item-text">Chính quyền</span></a>
<ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/hdnd-tinh.aspx"><span class="menu-item-text">HĐND tỉnh</span></a></li>
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/ubnd-tinh.aspx"><span class="menu-item-text">UBND tỉnh</span></a></li>
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/so-ban-nganh.aspx"><span class="menu-item-text">Sở, ban, ngành</span></a></li>
</ul>
</li>
<li class="static dynamic-children"><a class="static menu-item" href="/Pages/van-ban.aspx"><span class="menu-item-text">Văn bản</span></a>
<ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/van-ban-chi-dao-dieu-hanh.aspx"><span class="menu-item-text">Văn bản chỉ đạo điều hành</span></a></li>
<li class="dynamic"><a class="dynamic menu-item" href="/Pages/van-ban-quy-pham-phap-luat.aspx"><span class="menu-item-text">Văn bản QPPL</span></a></li>
</ul>
</li>
<li class="static"><a class="static menu-item" href="/Pages/dich-vu-cong.aspx"><span class="menu-item-text">Dịch vụ công</span></a>
</li>
<li class="static"><a class="static menu-item" href="/Pages/cong-dan.aspx"><span class="menu-item-text">Công dân</span></a>
</li>
<li class="static"><a class="static menu-item" href="/Pages/doanh-nghiep.aspx"><span class="menu-item-text">Doanh nghiệp</span></a>
</li>
<li class="static"><a class="static menu-item" href="/Pages/du-khach.aspx"><span class="menu-item-text">Du khách</span></a>
</li>
<li class="static"><a class="static menu-item" href="/Pages/lien-he.aspx"><span class="menu-item-text">Liên hệ</span></a>
</li>
</ul></div>
<div id="contentRow">
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div class="bk-breadcrumb"><span id="ctl00_PlaceHolderMain_siteMapPath"><a href="/Pages/default.aspx">Trang chủ</a> <span class="sep">&gt;</span> <a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a> <span class="sep">&gt;</span> <span class="current">Tin tổng hợp</span></span></div>
<div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="bk-row">
<div class="bk-col-main">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ2_ChromeTitle">
<span title="PublishingPortal - Block_DanhSachTin - Danh sách tin theo chuyên mục" id="WebPartTitleWPQ2" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_DanhSachTin</span><span id="WebPartCaptionWPQ2"></span></nobr></h2></span>
</div>
<div webpartid="431684cf-1927-6634-fc90-a968de989b18" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="news-list">
<div class="news-list-title"><h2>Tin tổng hợp</h2></div>
<div class="news-item">
<div class="news-img"><a href="/Pages/ubnd-tinh-hop-phien-thuong-ky-thang-8-nam-2024-4131.aspx"><img src="/PublishingImages/Tin%20tuc/2024/thumb/4131.jpg" alt="UBND tỉnh họp phiên thường kỳ tháng 8 năm 2024" width="180" height="120" /></a></div>
<div class="news-info">
<a class="title" href="/Pages/ubnd-tinh-hop-phien-thuong-ky-thang-8-nam-2024-4131.aspx">UBND tỉnh họp phiên thường kỳ tháng 8 năm 2024</a>
<span class="date">16/08/2024</span>
<div class="summary">Sáng 16/8, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 8 để xem xét, cho ý kiến vào một số dự thảo nghị quyết trình kỳ họp chuyên đề của Hội đồng nhân dân tỉnh.</div>
</div>
</div>
<div class="news-item">
<div class="news-img"><a href="/Pages/bac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx"><img src="/PublishingImages/Tin%20tuc/2024/thumb/4127.jpg" alt="Bắc Kạn triển khai các biện pháp cấp bách phòng, chống bệnh bạch hầu" width="180" height="120" /></a></div>
<div class="news-info">
<a class="title" href="/Pages/bac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx">Bắc Kạn triển khai các biện pháp cấp bách phòng, chống bệnh bạch hầu</a>
<span class="date">15/08/2024</span>
<div class="summary">Trước diễn biến phức tạp của bệnh bạch hầu tại một số tỉnh, thành phố trong cả nước, Sở Y tế Bắc Kạn vừa chỉ đạo các đơn vị trong ngành triển khai đồng bộ các biện pháp giám sát, tiêm vắc xin bổ sung và truyền thông phòng bệnh, không để dịch xâm nhập và lây lan trên địa bàn tỉnh.</div>
</div>
</div>
<div class="news-item">
<div class="news-img"><a href="/Pages/bac-kan-day-manh-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam-4122.aspx"><img src="/PublishingImages/Tin%20tuc/2024/thumb/4122.jpg" alt="Bắc Kạn đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm" width="180" height="120" /></a></div>
<div class="news-info">
<a class="title" href="/Pages/bac-kan-day-manh-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam-4122.aspx">Bắc Kạn đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm</a>
<span class="date">14/08/2024</span>
<div class="summary">Đến hết tháng 7/2024, tỉnh Bắc Kạn đã giải ngân được 41,6% kế hoạch vốn đầu tư công được giao; UBND tỉnh yêu cầu các chủ đầu tư khẩn trương tháo gỡ vướng mắc về giải phóng mặt bằng.</div>
</div>
</div>
<div class="news-item">
<div class="news-img"><a href="/Pages/hoi-nghi-trien-khai-cong-tac-tiem-chung-mo-rong-nam-2024-4119.aspx"><img src="/PublishingImages/Tin%20tuc/2024/thumb/4119.jpg" alt="Hội nghị triển khai công tác tiêm chủng mở rộng năm 2024" width="180" height="120" /></a></div>
<div class="news-info">
<a class="title" href="/Pages/hoi-nghi-trien-khai-cong-tac-tiem-chung-mo-rong-nam-2024-4119.aspx">Hội nghị triển khai công tác tiêm chủng mở rộng năm 2024</a>
<span class="date">13/08/2024</span>
<div class="summary">Trung tâm Kiểm soát bệnh tật tỉnh tổ chức hội nghị trực tuyến với 8 điểm cầu huyện, thành phố nhằm đánh giá kết quả tiêm chủng 7 tháng và triển khai nhiệm vụ những tháng cuối năm.</div>
</div>
</div>
<div class="news-item">
<div class="news-img"><a href="/Pages/cho-don-ra-quan-ve-sinh-moi-truong-phong-chong-dich-benh-sau-mua-lu-4112.aspx"><img src="/PublishingImages/Tin%20tuc/2024/thumb/4112.jpg" alt="Chợ Đồn: Ra quân vệ sinh môi trường phòng, chống dịch bệnh sau mưa lũ" width="180" height="120" /></a></div>
<div class="news-info">
<a class="title" href="/Pages/cho-don-ra-quan-ve-sinh-moi-truong-phong-chong-dich-benh-sau-mua-lu-4112.aspx">Chợ Đồn: Ra quân vệ sinh môi trường phòng, chống dịch bệnh sau mưa lũ</a>
<span class="date">12/08/2024</span>
<div class="summary">Hơn 600 cán bộ, đoàn viên, hội viên và người dân thị trấn Bằng Lũng đã tham gia thu gom rác thải, khơi thông cống rãnh, phun khử khuẩn tại các khu dân cư bị ảnh hưởng bởi mưa lũ.</div>
</div>
</div>
<div class="news-item">
<div class="news-img"><a href="/Pages/tap-huan-nang-cao-nang-luc-cho-nhan-vien-y-te-thon-ban-4106.aspx"><img src="/PublishingImages/Tin%20tuc/2024/thumb/4106.jpg" alt="Tập huấn nâng cao năng lực cho nhân viên y tế thôn, bản" width="180" height="120" /></a></div>
<div class="news-info">
<a class="title" href="/Pages/tap-huan-nang-cao-nang-luc-cho-nhan-vien-y-te-thon-ban-4106.aspx">Tập huấn nâng cao năng lực cho nhân viên y tế thôn, bản</a>
<span class="date">09/08/2024</span>
<div class="summary">Gần 150 nhân viên y tế thôn, bản thuộc các huyện Na Rì, Ngân Sơn được tập huấn về sơ cấp cứu ban đầu, chăm sóc bà mẹ, trẻ sơ sinh và truyền thông phòng, chống dịch bệnh tại cộng đồng.</div>
</div>
</div>
<div class="news-item">
<div class="news-img"><a href="/Pages/ngan-son-huong-ung-tuan-le-the-gioi-nuoi-con-bang-sua-me-nam-2024-4098.aspx"><img src="/PublishingImages/Tin%20tuc/2024/thumb/4098.jpg" alt="Ngân Sơn hưởng ứng Tuần lễ Thế giới nuôi con bằng sữa mẹ năm 2024" width="180" height="120" /></a></div>
<div class="news-info">
<a class="title" href="/Pages/ngan-son-huong-ung-tuan-le-the-gioi-nuoi-con-bang-sua-me-nam-2024-4098.aspx">Ngân Sơn hưởng ứng Tuần lễ Thế giới nuôi con bằng sữa mẹ năm 2024</a>
<span class="date">07/08/2024</span>
<div class="summary">Trung tâm Y tế huyện Ngân Sơn tổ chức nói chuyện chuyên đề, tư vấn cho gần 200 bà mẹ mang thai và nuôi con nhỏ về lợi ích của việc nuôi con hoàn toàn bằng sữa mẹ trong 6 tháng đầu.</div>
</div>
</div>
<div class="news-item">
<div class="news-img"><a href="/Pages/kiem-tra-an-toan-thuc-pham-tai-cac-bep-an-tap-the-4094.aspx"><img src="/PublishingImages/Tin%20tuc/2024/thumb/4094.jpg" alt="Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể" width="180" height="120" /></a></div>
<div class="news-info">
<a class="title" href="/Pages/kiem-tra-an-toan-thuc-pham-tai-cac-bep-an-tap-the-4094.aspx">Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể</a>
<span class="date">06/08/2024</span>
<div class="summary">Đoàn kiểm tra liên ngành của tỉnh đã kiểm tra 24 bếp ăn tập thể tại các trường học, doanh nghiệp, nhắc nhở 5 cơ sở chưa bảo đảm điều kiện lưu mẫu thực phẩm theo quy định.</div>
</div>
</div>
<div class="pager"><span class="current">1</span> <a href="/Pages/tin-tong-hop-trang-2.aspx">2</a> <a class="next" href="/Pages/tin-tong-hop-trang-2.aspx" title="Trang sau">»</a></div>
</div>
<div class="ms-clear"></div></div>
</div>
</div>
</div>
</div>
<div class="bk-col-right">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle">
<span title="PublishingPortal - Block_ThongBao - Thông báo mới" id="WebPartTitleWPQ3" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_ThongBao</span><span id="WebPartCaptionWPQ3"></span></nobr></h2></span>
</div>
<div webpartid="c2f77d92-e274-fd2f-c971-60fee9063f3e" haspers="false" id="WebPartWPQ3" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="bk-box"><div class="bk-box-title"><a href="/Pages/thong-bao.aspx">Thông báo</a></div><ul class="bk-list"><li><a href="/Pages/thong-bao-tuyen-dung-vien-chuc-so-y-te-nam-2024-4115.aspx">Thông báo tuyển dụng viên chức các đơn vị sự nghiệp thuộc Sở Y tế năm 2024</a></li>
<li><a href="/Pages/lich-tiep-cong-dan-thang-8-2024-cua-chu-tich-ubnd-tinh-4071.aspx">Lịch tiếp công dân định kỳ tháng 8/2024 của Chủ tịch UBND tỉnh</a></li>
<li><a href="/Pages/thong-bao-lay-y-kien-du-thao-nghi-quyet-ve-chinh-sach-ho-tro-y-te-co-so-4066.aspx">Lấy ý kiến góp ý dự thảo Nghị quyết về chính sách hỗ trợ y tế cơ sở</a></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ4" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ4_ChromeTitle">
<span title="PublishingPortal - Block_TinXemNhieu - Tin xem nhiều" id="WebPartTitleWPQ4" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_TinXemNhieu</span><span id="WebPartCaptionWPQ4"></span></nobr></h2></span>
</div>
<div webpartid="3dbd4cbd-a7ff-77ee-8741-222ef9e6f0be" haspers="false" id="WebPartWPQ4" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="bk-box"><div class="bk-box-title">Tin xem nhiều</div><ul class="bk-list bk-list-most"><li><a href="/Pages/ubnd-tinh-hop-phien-thuong-ky-thang-8-nam-2024-4131.aspx">UBND tỉnh họp phiên thường kỳ tháng 8 năm 2024</a></li>
<li><a href="/Pages/bac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx">Bắc Kạn triển khai các biện pháp cấp bách phòng, chống bệnh bạch hầu</a></li>
<li><a href="/Pages/bac-kan-them-3-xa-dat-bo-tieu-chi-quoc-gia-ve-y-te-4090.aspx">Bắc Kạn: Thêm 3 xã đạt Bộ tiêu chí quốc gia về y tế</a></li>
<li><a href="/Pages/bac-kan-day-manh-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam-4122.aspx">Bắc Kạn đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm</a></li>
<li><a href="/Pages/pac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx">Pác Nặm: Khám sàng lọc bệnh không lây nhiễm cho hơn 1.500 người dân vùng cao</a></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ5" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ5_ChromeTitle">
<span title="PublishingPortal - Block_LienKetWebsite - Liên kết website" id="WebPartTitleWPQ5" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_LienKetWebsite</span><span id="WebPartCaptionWPQ5"></span></nobr></h2></span>
</div>
<div webpartid="3469e0de-b7a4-ca0f-82d0-314f4d4671cf" haspers="false" id="WebPartWPQ5" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="bk-box"><div class="bk-box-title">Liên kết website</div><select class="bk-weblink" onchange="if(this.value!='')window.open(this.value);"><option value="">-- Liên kết website --</option>
<option value="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="https://moh.gov.vn">Cổng thông tin Bộ Y tế</option>
<option value="https://baobackan.vn">Báo Bắc Kạn</option></select></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ6" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ6_ChromeTitle">
<span title="PublishingPortal - Block_ThongKeTruyCap - Thống kê truy cập" id="WebPartTitleWPQ6" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_ThongKeTruyCap</span><span id="WebPartCaptionWPQ6"></span></nobr></h2></span>
</div>
<div webpartid="a85cf309-671b-bfc3-9882-7387c5f64978" haspers="false" id="WebPartWPQ6" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="bk-box bk-counter"><div class="bk-box-title">Thống kê truy cập</div><div class="counter-online">Đang trực tuyến: 87</div><div class="counter-total">Lượt truy cập: 1.234.567</div></div>
<div class="ms-clear"></div></div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
<div class="bk-footer">
<div class="bk-footer-menu"><a href="/Pages/default.aspx">Trang chủ</a> | <a href="/Pages/gioi-thieu.aspx">Giới thiệu</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/Pages/huong-dan-su-dung.aspx">Hướng dẫn sử dụng</a></div>
<div class="bk-footer-info">
<p><strong>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bắc Kạn</strong></p>
<p>Cơ quan thường trực: Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn</p>
<p>Địa chỉ: Số 7, đường Trường Chinh, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p>
<p>Điện thoại: 0209.3870.868 - Email: banbientap@backan.gov.vn</p>
<p>Giấy phép số 28/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 12/3/2019</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Bắc Kạn" khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p>
</div>
<div class="bk-footer-links"><a href="https://www.chinhphu.vn" target="_blank" rel="noopener">Chính phủ</a> | <a href="https://tinnhiemmang.vn" target="_blank" rel="noopener">Tín nhiệm mạng</a></div>
</div>
</div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;window.g_updateFormDigestPageLoaded = new Date(); window.g_updateFormDigestPageLoaded.setDate(window.g_updateFormDigestPageLoaded.getDate() -5);var _fV4UI = true;
function _RegisterWebPartPageCUI()
{
    var initInfo = {editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{b9c42220-7fc7-0f8e-0958-822c2358fd7f}",recentItemsWebPartId: "",webPartPageComponentId: "WebPartWPQ1",layoutComponentId: "",isInDesignMode: false};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
<script type="text/javascript">
  (function () { var d = new Date(); var el = document.querySelector('.bk-today'); if (el && window.bkFormatDate) el.innerHTML = window.bkFormatDate(d); })();
</script>
</body>
</html>
