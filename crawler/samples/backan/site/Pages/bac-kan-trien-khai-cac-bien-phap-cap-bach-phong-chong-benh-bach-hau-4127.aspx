<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" />
<title>
	Bắc Kạn triển khai c&#225;c biện ph&#225;p cấp b&#225;ch ph&#242;ng, chống bệnh bạch hầu
</title>
<meta name="author" content="C&#x1ED4;NG TH&#xD4;NG TIN &#x110;I&#x1EC6;N T&#x1EEC; T&#x1EC8;NH B&#x1EAE;C K&#x1EA0;N" />
<meta name="keywords" content="B&#x1EAF;c K&#x1EA1;n, c&#x1ED5;ng th&#xF4;ng tin &#x111;i&#x1EC7;n t&#x1EED;, B&#x1EAF;c K&#x1EA1;n tri&#x1EC3;n khai c&#xE1;c bi&#x1EC7;n ph&#xE1;p c&#x1EA5;p b&#xE1;ch ph&#xF2;ng, ch&#x1ED1;ng b&#x1EC7;nh b&#x1EA1;ch h&#x1EA7;u" />
<meta name="description" content="Trước diễn biến phức tạp của bệnh bạch hầu tại một số tỉnh, th&#224;nh phố trong cả nước, Sở Y tế Bắc Kạn vừa chỉ đạo c&#225;c đơn vị trong ng&#224;nh triển khai đồng bộ c&#225;c biện ph&#225;p gi&#225;m s&#225;t, ti&#234;m vắc xin bổ sung v&#224; truyền th&#244;ng ph&#242;ng bệnh, kh&#244;ng để dịch x&#226;m nhập v&#224; l&#226;y lan tr&#234;n địa b&#224;n tỉnh." />
<link rel="canonical" href="https://backan.gov.vn/Pages/bac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx" />
<meta property="og:site_name" content="C&#x1ED4;NG TH&#xD4;NG TIN &#x110;I&#x1EC6;N T&#x1EEC; T&#x1EC8;NH B&#x1EAE;C K&#x1EA0;N" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Bắc Kạn triển khai c&#225;c biện ph&#225;p cấp b&#225;ch ph&#242;ng, chống bệnh bạch hầu" />
<meta property="og:description" content="Trước diễn biến phức tạp của bệnh bạch hầu tại một số tỉnh, th&#224;nh phố trong cả nước, Sở Y tế Bắc Kạn vừa chỉ đạo c&#225;c đơn vị trong ng&#224;nh triển khai đồng bộ c&#225;c biện ph&#225;p gi&#225;m s&#225;t, ti&#234;m vắc xin bổ sung v&#224; truyền th&#244;ng ph&#242;ng bệnh, kh&#244;ng để dịch x&#226;m nhập v&#224; l&#226;y lan tr&#234;n địa b&#224;n tỉnh." />
<meta property="og:url" content="https://backan.gov.vn/Pages/bac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx" />
<meta property="og:image" content="https://backan.gov.vn/PublishingImages/Tin%20tuc/2024/08/tiem-vac-xin-td-boc-bo.jpg" />
<meta property="article:section" content="Tin tổng hợp" />
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
<form method="post" action="/Pages/bac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x51386D424879334E4A446B3239314132684166795A4C596B47437351626C4C4169313544775332564B2F6E4C4D4C714F7541634F7944386E43307175334E7573,16 Aug 2024 01:28:44 -0000" />
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
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTc1MzI1NDE3Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIRD2QWAgIBD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZSwgTWljcm9zb2Z0LlNoYXJlUG9pbnQsIFZlcnNpb249MTUuMC4wLjAsIEN1bHR1cmU9bmV1dHJhbCwgUHVibGljS2V5VG9rZW49NzFlOWJjZTExMWU5NDI5YwFkjmNuR+htpYYx1JY3+J24ccHBhnN+XoipHwt5oWJyhQT6Xfv3nvklWRq/WIptR2YPwwLGJKpHNbKr1nTJvasg7FhkyQrtXI/1EqeMM1B2QKDQPgS8ZAG3HD2Ig4swNlp9dlNC0zY9TDQoVRwT8U0g1feAGSH39cV5xK+tMFmGKRD8YnMgSuW3O9psubDTl/RzntOVXcIjc1qPIoxowGNkIAe3CgWC24A6bTqIEkp6oYn/8Pv3JmXGQlLOWCE2hAnfb98hgFKvK8KaOoNLO4ksSNyhFw4XByVT1RINgmuvOcE507i0+4j9rIzFSbp1V5TtKma/VDDszmLDjzhSpWHWJY/wauf7mF0obEYVZGVIrzgbkfZmNBe1Em2w/JA4y7ZGtaIV/x0pPa8KKQYzU2ZLUs0OgA4mv4aPEC183YjggrTLCpgpLLvz8YefSumVBgt/ZOMlJ33GjL2azfQx8aoxmhitiifFH0K01yZhyKMg2EtVM2I+yJ+Ukkn1OGdMfpNUq3RGbkT+CbjhDhq0XMBBIvkr9Aaio+/D6wZq5eYAV5BDmJZq04MrASMgXl8B4rrLfCgcvaQGgUy6wVVb5oaVlorsndjArYmIK+/H8vPmP9tD1o8ivbA2v3sHRRDblj8dJzzckgQaokU0bD051W2e9Rqy/BF6Xwn2HBb/IeVr0aoPuf6Dj+b9Ub+qxhlRZhthFR+0e7QBSGJqiV22KUJhwYs8e3aWP3PyswzYWWh5Ze31G6yWZ8iwxPTo2VYYhB60upGJJujESRmdljk/d/400lJevaNb6CwPuo82nH/2OHI0HgFV3gKuBooGs7n2yot1h1fPwKvpEIl/vZRPyqM814h0lacQKMvZdDGlUpIiOhszkdxjU0Ny4QZZVLpJVW00e7gQqwSG424/LjBnhlDN5cYF5ELAOlL1C6wmVvmYplyHW9aT4t3QN9ZZFohzoyo4yoYqrHjiQvGQFkdw/govpXyiGfYbiOKJywph2jBmQ0iTXt70vox3iLCfUV+ItP80TgDbpyDw/40Gk3hmH8ujNU1KCg5LVbCbMjb3GPJ/DWFzqte4xn1paU6jokLLc8axlzKRHkfk27gftUnJCGtx/6/THZBoQZUTm5JwTaMcsDYuIxO0WRFnG04Ap1QRyzOsKERnJqx11uTqrbKG6Aj3v3yVMTKTn+Mfux2pQ23KI8NkDuFCdBmzBgW7oHS71LoIUD16P1fAKAzEaULn7vAPitmEXTpMuQEd3e25c/9cmHz9IuewxQb5MayTSG5XxqDMxQiikQ1DJrjF1MUJBRD4+mR8K8LH0PJDbekYT39g4Gf2o8iGCvg5CfsLP9L9DeSf1Ge4GjJG/Al93Uez9hiZlxn2DKm86msWVECmzuGcy4n/CvJc9GKezQhMn/GnW8jGmsUcOzVIq9sVyRu8jXv3MwnPY0ryNVvaePcZiohrTNOxi6xcp41k7c2xz95zacbsvd171QOHdfO4mAASPjHXDeXbH+jhsgmFhqRcN9aCKSssiwVTnjFKPimNGemIDhbesvRu0QC7yKcG35kMoudlqWtPJx+cDD47oA1MTQsdcmhMuVXUhrVomKVkR+rVDzw8POdq1UkTPDKDxqANRi8Y0Ou6aD11067Ok6RZwIvD8nW5LuEPXw0+XM4EvItBW9+ZnplZBiEhpjc+OBJZFUwnv8Q1xX0DagQXyOoUVsyqzCkGeo1Ad6qr1PcO/7IXt0Ik8VP+lb/tPVRxHYy8Jg+i0gCdH71DcYYoFhK5vSOzDgzLhmlmG3AVT+PVkBqHTOrx6fMg2iNq2pcYzpihNHh6W57JF+eDANICeVLwAJPTET5kjullN2t5noBc+mLsmCnxsEnSbSFj8tqUM0aXhMFEcL7i7XF0lZVe25FoBGPLcay3hnIlUYhKnxyyMSYeRoMcWNSU+ivu4Db4n9l5+P17knswKqXJYIOmXBDInyJ4nEP6M8Vza6/TV1FNItlJwvZp2HfdMzeh71R+cWFmh5mpUebSBubsVavMMybDdlOSwHpwwlifXwszMfoS+SdKZPB1ZC9JNN2XxguF+jrh4Nt+hZJBGauWk7FgbL42XLak8fC/apxFrs4+jGpEpgsj5KFdUZL9iEpCYXMDyrfzWX96gIUSiGEHrk0taq04MqKHq2mBZSFLtdszrGDd78zhhr64Qqvi2Qmd0yYlJYiFEv0TG5dCP0ziFiTTm1O+aC1xnJppHMjeaI2ROOrlzAvNFDTvJSaX4OEqaX8ibb1vmdRNQOuZ0tI=" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "https:\u002f\u002fbackan.gov.vn", siteAbsoluteUrl: "https:\u002f\u002fbackan.gov.vn", serverRequestPath: "\u002fPages\u002fbac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "C\u1ED5ng th\u00F4ng tin \u0111i\u1EC7n t\u1EED t\u1EC9nh B\u1EAFc K\u1EA1n", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "\u002fStyle\u002520Library\u002fBacKan\u002fimages\u002flogo.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2024-08-16T01:28:44.1822515Z") - new Date(), siteClientTag: "3$$15.0.5529.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673}, pageListId:"{b9c42220-7fc7-0f8e-0958-822c2358fd7f}", pageItemId:4127, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};
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
<div id="suiteBarRight"><span id="DeltaSuiteBarRight"><div id="welcomeMenuBox"><div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2Fbac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx&amp;Type=AnonymousUser" style="display:inline;">Đăng nhập</a></div></div></span></div>
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
<div class="bk-breadcrumb"><span id="ctl00_PlaceHolderMain_siteMapPath"><a href="/Pages/default.aspx">Trang chủ</a> <span class="sep">&gt;</span> <a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a> <span class="sep">&gt;</span> <a href="/Pages/tin-tong-hop.aspx">Tin tổng hợp</a></span></div>
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
<span title="PublishingPortal - Block_BanTin_ChiTiet - Chi tiết bản tin" id="WebPartTitleWPQ2" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_BanTin_ChiTiet</span><span id="WebPartCaptionWPQ2"></span></nobr></h2></span>
</div>
<div webpartid="1015e50f-7623-afee-3556-64583177a5a6" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="news-detail" id="ctl00_PlaceHolderMain_g_939726da_ceac_24e4_7520_ba3a6e1df9de_pnlDetail">
<div class="ArticleTitle"><h1 class="title">Bắc Kạn triển khai các biện pháp cấp bách phòng, chống bệnh bạch hầu</h1></div>
<div class="ArticleDate"><span class="date">Thứ Năm, 15/08/2024 | 09:45</span> <span class="views">Lượt xem: 356</span></div>
<div class="ArticleSummary"><b>Trước diễn biến phức tạp của bệnh bạch hầu tại một số tỉnh, thành phố trong cả nước, Sở Y tế Bắc Kạn vừa chỉ đạo các đơn vị trong ngành triển khai đồng bộ các biện pháp giám sát, tiêm vắc xin bổ sung và truyền thông phòng bệnh, không để dịch xâm nhập và lây lan trên địa bàn tỉnh.</b></div>
<div class="ArticleContent">
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
<p style="text-align: justify;">Theo thông tin từ Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, từ đầu tháng 7/2024 đến nay, cả nước đã ghi nhận các ổ dịch bạch hầu tại các tỉnh Ngh&#7879; An, B&#7855;c Giang và Thanh Hóa, trong đó có trường hợp tử vong. Tại Bắc Kạn, đến ngày 13/8/2024 chưa ghi nhận ca mắc bạch hầu; tuy nhiên tỉnh có nhiều xã vùng cao, giao thông đi lại khó khăn, tỷ lệ tiêm đủ các mũi vắc xin có thành phần bạch hầu ở một số thôn, bản còn thấp nên nguy cơ dịch xâm nhập và bùng phát là rất lớn.</p>
<p style="text-align: justify;">Để chủ động phòng bệnh, Sở Y tế đã ban hành Kế hoạch số 1856/KH-SYT về đáp ứng với bệnh bạch hầu năm 2024, yêu cầu Trung tâm Y tế các huyện, thành phố rà soát toàn bộ trẻ em từ 1 đến 7 tuổi chưa tiêm hoặc tiêm chưa đủ mũi vắc xin có thành phần bạch hầu để tổ chức tiêm bù, tiêm vét; đồng thời rà soát học sinh lớp 2 để tiêm vắc xin uốn ván - bạch hầu giảm liều (Td) trước khi bước vào năm học mới. Qua rà soát bước đầu, toàn tỉnh có 1.286 trẻ cần tiêm bù, tập trung chủ yếu tại các huyện Pác Nặm, Ngân Sơn và Ba Bể.</p>
<table align="center" border="0" cellpadding="3" cellspacing="0" class="ms-rteTable-default" style="width: 600px;">
<tbody>
<tr><td style="text-align: center;"><img alt="" src="/PublishingImages/Tin%20tuc/2024/08/tiem-vac-xin-td-boc-bo.jpg" style="width: 600px; height: 400px;" /></td></tr>
<tr><td class="image-caption" style="text-align: center;"><em>Cán bộ Trạm Y tế xã Bộc Bố, huyện Pác Nặm tiêm vắc xin Td cho học sinh</em></td></tr>
</tbody>
</table>
<p style="text-align: justify;">Các cơ sở khám bệnh, chữa bệnh được yêu cầu tăng cường giám sát, phát hiện sớm các trường hợp nghi mắc bạch hầu có biểu hiện sốt, đau họng, ho, khàn tiếng,&nbsp;xuất hiện giả mạc ở amidan, họng, mũi; thực hiện phân luồng, cách ly, lấy mẫu xét nghiệm và báo cáo kịp thời theo quy định. Bệnh viện Đa khoa tỉnh bố trí khu vực cách ly riêng, chuẩn bị sẵn sàng thuốc, vật tư, trang thiết bị và phương án thu dung, điều trị, hạn chế thấp nhất các trường hợp chuyển nặng và tử vong.</p>
<table align="center" border="0" cellpadding="3" cellspacing="0" class="ms-rteTable-default" style="width: 600px;">
<tbody>
<tr><td style="text-align: center;"><img alt="" src="/PublishingImages/Tin%20tuc/2024/08/khu-cach-ly-bvdk-tinh.jpg" style="width: 600px; height: 400px;" /></td></tr>
<tr><td class="image-caption" style="text-align: center;"><em>Lãnh đạo Sở Y tế kiểm tra khu cách ly tại Bệnh viện Đa khoa tỉnh Bắc Kạn</em></td></tr>
</tbody>
</table>
<p style="text-align: justify;">CDC tỉnh đã cấp phát 3.500 liều vắc xin Td cho các huyện, thành phố và cử 4 đoàn công tác xuống kiểm tra, giám sát công tác tiêm chủng tại 16 xã có tỷ lệ tiêm chủng thấp. Cùng với đó, đơn vị phối hợp với Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh và hệ thống loa truyền thanh cơ sở đẩy mạnh tuyên truyền bằng tiếng Kinh, tiếng Tày, tiếng Dao và tiếng Mông để người dân hiểu rõ về đường lây truyền, dấu hiệu của bệnh và chủ động đưa con em đi tiêm chủng đầy đủ, đúng lịch.</p>
<p style="text-align: justify;">Ngành Y tế khuyến cáo người dân thường xuyên rửa tay bằng xà phòng, che miệng khi ho, hắt hơi; giữ vệ sinh thân thể, mũi, họng hằng ngày; hạn chế tiếp xúc với người mắc hoặc nghi mắc bệnh. Khi có các biểu hiện nghi mắc bạch hầu, người dân cần đến ngay cơ sở y tế gần nhất để được khám, tư vấn và điều trị kịp thời, tuy&#7879;t đ&#7889;i không tự ý điều trị tại nhà.</p>
<p style="text-align: right;"><strong>Nguyễn Thị Hà - Sở Y tế</strong></p>
</div>
</div>
</div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle">
<span title="PublishingPortal - Block_BanTin_Toolbar - Thanh công cụ bản tin" id="WebPartTitleWPQ3" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_BanTin_Toolbar</span><span id="WebPartCaptionWPQ3"></span></nobr></h2></span>
</div>
<div webpartid="ffb7e58a-6dce-f371-a3d1-34208bd9e082" haspers="false" id="WebPartWPQ3" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="news-toolbar"><a class="print" href="/_layouts/15/BacKan.Portal/InBai.aspx?ItemID=4127" target="_blank">In bài</a> | <a class="email" href="/_layouts/15/BacKan.Portal/GuiEmail.aspx?ItemID=4127">Gửi email</a> | <a class="share" href="javascript:void(0);" onclick="bkShareFacebook('https://backan.gov.vn/Pages/bac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx');return false;">Chia sẻ</a></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ4" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ4_ChromeTitle">
<span title="PublishingPortal - Block_TinLienQuan - Tin liên quan" id="WebPartTitleWPQ4" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_TinLienQuan</span><span id="WebPartCaptionWPQ4"></span></nobr></h2></span>
</div>
<div webpartid="321f3960-b1e7-3c84-d9ee-8afeda680d37" haspers="false" id="WebPartWPQ4" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="news-related"><div class="news-related-title">Tin liên quan</div><ul><li><a href="/Pages/pac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx">Pác Nặm: Khám sàng lọc bệnh không lây nhiễm cho hơn 1.500 người dân vùng cao</a> <span class="date">(02/08/2024)</span></li>
<li><a href="/Pages/tang-cuong-cong-tac-phong-chong-dich-benh-mua-mua-bao-4049.aspx">Tăng cường công tác phòng, chống dịch bệnh mùa mưa bão</a> <span class="date">(24/07/2024)</span></li>
<li><a href="/Pages/so-y-te-tap-huan-giam-sat-benh-truyen-nhiem-cho-can-bo-y-te-co-so-4031.aspx">Sở Y tế tổ chức tập huấn giám sát bệnh truyền nhiễm cho cán bộ y tế cơ sở</a> <span class="date">(18/07/2024)</span></li>
<li><a href="/Pages/ba-be-trien-khai-tiem-vac-xin-soi-rubella-cho-tre-4054.aspx">Ba Bể triển khai tiêm vắc xin sởi - rubella cho trẻ</a> <span class="date">(25/07/2024)</span></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ5" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ5_ChromeTitle">
<span title="PublishingPortal - Block_CacTinDaDua - Các tin đã đưa" id="WebPartTitleWPQ5" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_CacTinDaDua</span><span id="WebPartCaptionWPQ5"></span></nobr></h2></span>
</div>
<div webpartid="87bec2e6-6743-7eac-9b81-0f52febdea62" haspers="false" id="WebPartWPQ5" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="news-other"><div class="news-other-title">Các tin đã đưa</div><ul><li><a href="/Pages/bac-kan-day-manh-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam-4122.aspx">Bắc Kạn đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm</a> <span class="date">(14/08/2024)</span></li>
<li><a href="/Pages/hoi-nghi-trien-khai-cong-tac-tiem-chung-mo-rong-nam-2024-4119.aspx">Hội nghị triển khai công tác tiêm chủng mở rộng năm 2024</a> <span class="date">(13/08/2024)</span></li>
<li><a href="/Pages/cho-don-ra-quan-ve-sinh-moi-truong-phong-chong-dich-benh-sau-mua-lu-4112.aspx">Chợ Đồn: Ra quân vệ sinh môi trường phòng, chống dịch bệnh sau mưa lũ</a> <span class="date">(12/08/2024)</span></li>
<li><a href="/Pages/tap-huan-nang-cao-nang-luc-cho-nhan-vien-y-te-thon-ban-4106.aspx">Tập huấn nâng cao năng lực cho nhân viên y tế thôn, bản</a> <span class="date">(09/08/2024)</span></li></ul><div class="news-other-more"><a href="/Pages/tin-tong-hop.aspx">Xem tiếp</a></div></div>
<div class="ms-clear"></div></div>
</div>
</div>
</div>
</div>
<div class="bk-col-right">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ6" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ6_ChromeTitle">
<span title="PublishingPortal - Block_ThongBao - Thông báo mới" id="WebPartTitleWPQ6" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_ThongBao</span><span id="WebPartCaptionWPQ6"></span></nobr></h2></span>
</div>
<div webpartid="a9dbc02f-525a-5bc3-69ea-9bdbe0d3d89f" haspers="false" id="WebPartWPQ6" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="bk-box"><div class="bk-box-title"><a href="/Pages/thong-bao.aspx">Thông báo</a></div><ul class="bk-list"><li><a href="/Pages/thong-bao-tuyen-dung-vien-chuc-so-y-te-nam-2024-4115.aspx">Thông báo tuyển dụng viên chức các đơn vị sự nghiệp thuộc Sở Y tế năm 2024</a></li>
<li><a href="/Pages/lich-tiep-cong-dan-thang-8-2024-cua-chu-tich-ubnd-tinh-4071.aspx">Lịch tiếp công dân định kỳ tháng 8/2024 của Chủ tịch UBND tỉnh</a></li>
<li><a href="/Pages/thong-bao-lay-y-kien-du-thao-nghi-quyet-ve-chinh-sach-ho-tro-y-te-co-so-4066.aspx">Lấy ý kiến góp ý dự thảo Nghị quyết về chính sách hỗ trợ y tế cơ sở</a></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ7" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ7_ChromeTitle">
<span title="PublishingPortal - Block_TinXemNhieu - Tin xem nhiều" id="WebPartTitleWPQ7" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_TinXemNhieu</span><span id="WebPartCaptionWPQ7"></span></nobr></h2></span>
</div>
<div webpartid="0d245224-ac63-3e79-9d48-63797b6e509a" haspers="false" id="WebPartWPQ7" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="bk-box"><div class="bk-box-title">Tin xem nhiều</div><ul class="bk-list bk-list-most"><li><a href="/Pages/ubnd-tinh-hop-phien-thuong-ky-thang-8-nam-2024-4131.aspx">UBND tỉnh họp phiên thường kỳ tháng 8 năm 2024</a></li>
<li><a href="/Pages/bac-kan-trien-khai-cac-bien-phap-cap-bach-phong-chong-benh-bach-hau-4127.aspx">Bắc Kạn triển khai các biện pháp cấp bách phòng, chống bệnh bạch hầu</a></li>
<li><a href="/Pages/bac-kan-them-3-xa-dat-bo-tieu-chi-quoc-gia-ve-y-te-4090.aspx">Bắc Kạn: Thêm 3 xã đạt Bộ tiêu chí quốc gia về y tế</a></li>
<li><a href="/Pages/bac-kan-day-manh-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam-4122.aspx">Bắc Kạn đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm</a></li>
<li><a href="/Pages/pac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx">Pác Nặm: Khám sàng lọc bệnh không lây nhiễm cho hơn 1.500 người dân vùng cao</a></li></ul></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ8" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ8_ChromeTitle">
<span title="PublishingPortal - Block_LienKetWebsite - Liên kết website" id="WebPartTitleWPQ8" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_LienKetWebsite</span><span id="WebPartCaptionWPQ8"></span></nobr></h2></span>
</div>
<div webpartid="cdbe14fd-26bb-7ecc-379f-07e8f0168590" haspers="false" id="WebPartWPQ8" width="100%" class="ms-WPBody " allowdelete="false" style="">
<div class="bk-box"><div class="bk-box-title">Liên kết website</div><select class="bk-weblink" onchange="if(this.value!='')window.open(this.value);"><option value="">-- Liên kết website --</option>
<option value="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="https://moh.gov.vn">Cổng thông tin Bộ Y tế</option>
<option value="https://baobackan.vn">Báo Bắc Kạn</option></select></div>
<div class="ms-clear"></div></div>
</div>
</div>
<div class="ms-PartSpacingVertical"></div>
<div id="MSOZoneCell_WebPartWPQ9" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ9_ChromeTitle">
<span title="PublishingPortal - Block_ThongKeTruyCap - Thống kê truy cập" id="WebPartTitleWPQ9" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>PublishingPortal - Block_ThongKeTruyCap</span><span id="WebPartCaptionWPQ9"></span></nobr></h2></span>
</div>
<div webpartid="2604a3de-7ef9-518b-f6c3-e3f9efc5baf5" haspers="false" id="WebPartWPQ9" width="100%" class="ms-WPBody " allowdelete="false" style="">
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
