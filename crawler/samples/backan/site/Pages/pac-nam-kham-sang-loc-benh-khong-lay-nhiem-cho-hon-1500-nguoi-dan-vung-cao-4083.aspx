<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" />
<title>
	P&#225;c Nặm: Kh&#225;m s&#224;ng lọc bệnh kh&#244;ng l&#226;y nhiễm cho hơn 1.500 người d&#226;n v&#249;ng cao
</title>
<meta name="author" content="C&#x1ED4;NG TH&#xD4;NG TIN &#x110;I&#x1EC6;N T&#x1EEC; T&#x1EC8;NH B&#x1EAE;C K&#x1EA0;N" />
<meta name="keywords" content="B&#x1EAF;c K&#x1EA1;n, c&#x1ED5;ng th&#xF4;ng tin &#x111;i&#x1EC7;n t&#x1EED;, P&#xE1;c N&#x1EB7;m: Kh&#xE1;m s&#xE0;ng l&#x1ECD;c b&#x1EC7;nh kh&#xF4;ng l&#xE2;y nhi&#x1EC5;m cho h&#x1A1;n 1.500 ng&#x1B0;&#x1EDD;i d&#xE2;n v&#xF9;ng cao" />
<meta name="description" content="Từ ng&#224;y 22/7 đến ng&#224;y 01/8/2024, Trung t&#226;m Y tế huyện P&#225;c Nặm phối hợp với Trạm Y tế c&#225;c x&#227; tổ chức kh&#225;m s&#224;ng lọc tăng huyết &#225;p, đ&#225;i th&#225;o đường v&#224; một số bệnh kh&#244;ng l&#226;y nhiễm cho hơn 1.500 người d&#226;n từ 40 tuổi trở l&#234;n tại 10 x&#227; tr&#234;n địa b&#224;n huyện." />
<link rel="canonical" href="https://backan.gov.vn/Pages/pac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx" />
<meta property="og:site_name" content="C&#x1ED4;NG TH&#xD4;NG TIN &#x110;I&#x1EC6;N T&#x1EEC; T&#x1EC8;NH B&#x1EAE;C K&#x1EA0;N" />
<meta property="og:type" content="article" />
<meta property="og:title" content="P&#225;c Nặm: Kh&#225;m s&#224;ng lọc bệnh kh&#244;ng l&#226;y nhiễm cho hơn 1.500 người d&#226;n v&#249;ng cao" />
<meta property="og:description" content="Từ ng&#224;y 22/7 đến ng&#224;y 01/8/2024, Trung t&#226;m Y tế huyện P&#225;c Nặm phối hợp với Trạm Y tế c&#225;c x&#227; tổ chức kh&#225;m s&#224;ng lọc tăng huyết &#225;p, đ&#225;i th&#225;o đường v&#224; một số bệnh kh&#244;ng l&#226;y nhiễm cho hơn 1.500 người d&#226;n từ 40 tuổi trở l&#234;n tại 10 x&#227; tr&#234;n địa b&#224;n huyện." />
<meta property="og:url" content="https://backan.gov.vn/Pages/pac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx" />
<meta property="og:image" content="https://backan.gov.vn/PublishingImages/Tin%20tuc/2024/08/kham-sang-loc-nhan-mon.jpg" />
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
<form method="post" action="/Pages/pac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x5348715069702F4F6F42777955754C73322B7243364735496B653448776C44744E663661594454745534664A345352524750644D5361426878462F6D39355A61,16 Aug 2024 01:28:44 -0000" />
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
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTc1MzI1NDE3Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIRD2QWAgIBD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZSwgTWljcm9zb2Z0LlNoYXJlUG9pbnQsIFZlcnNpb249MTUuMC4wLjAsIEN1bHR1cmU9bmV1dHJhbCwgUHVibGljS2V5VG9rZW49NzFlOWJjZTExMWU5NDI5YwFk81M5Dp0DlXovN7cA7fJW44UbLcyd1Ikvb+ujU+TMEgch1MDO7WAz+2lEVKDJpIFy/sATumPp0ZHevRYdO9GICl7f1Y1sm2IbSTiKTGCtSh2MEGIO4mIKG8DTR9r8tWTq6YGQb5DeTVqI9nKiGgsBWsD571jahSVZYsrMHLPskrBjGovKv28nUyX8OOWuDB78SryMhWrjcnM0FhXC+VAxob90/lM2s9TGZLdVgj2Dmt7M/zY60ADMZnRRb0+e5pWno5mm8ZhxA36TwwyO+GHD9d3DUVBQ7I4/pNuhBBtoJ3HrrHNXFdha07OpPLku/FMuMmiBQLszAFLoaVNgP8gYRt5wvd6agxxzCvDSQCakBIUOmzEASP7XqABMOcJjZleQHSzpruC0E/6jLnpx4NJJgE+HXeJ7NJZL+vL0l7KeyOvSayQ+IsqVXl7K1Z/rXhV/bgC2cHZC3I0eO7lpEir4J6bh2zh6Nhnfoc9+Nn0NcpVfp2dzhlZu4NVSsK63Wuzj9dvhvW+CfcuBPpgGvlL0UUQ89Rc8yylRtSkcSTB4020R4HcrWAD/9P7tqtwYlVoFMsbRYtxznhHMWJ6ZHT9+o2ziqdM3JMrcQUPUN0mo2om5pfrazmy3DWjUQ1uAGKT6PcA13a87qw3umBGs9AyeEQ9+1MvZ5MoUNVCO3XaMu8UV4hPrwzPGTdIu+oedyhJLkSVPQSvr5dFjLpHgUR1+ri3tuuM89JXQ5rzpK3wHNfNnoZRhZ3/wu2wBnDet/5KWzO1FhVBml1kTXF/PaXwk62XYuoimQO6dXiNfy5it6ll1y9QTFBCI3pB9f5/Uob+2+7/b+vdH1U6dxXsCKPcm/p1LBP0NYNrddJvgU65AedcyeWc4SHLUZPBOErP70KnyBcSmm0E0r181guLiRjtcCyWObhY5aYFHZD+ucUnFBMJgK9eEAjcx1mhVd188DeW1s7c4fzjTGJxXuaQu3jpHZ3AZQcCFkIwuNStq9z6CadV++umMezgZ47o5d2TvcH4aD985FOO4Vh7CueYRKne8meXeFmve3LLi+My7r2u8meFqbQiUwaqGQZfmGnWLepAQsWEhIAl5ITE9xxyJWTU6L6lko5OTiq8SuPPCmOp3Je33zoBl0RFdOdi1C75UUg/UZYSP/tTK13pdau1zolJ3aMNh6faEtYClkUSvHhzWBTtHn3KU02GNtfQoxlEDIJKpzlb82lpMbYEOPS8uHF0DB+CaLjXfFflMgO7SKUbaLdeCKxU0ZhzEAEqnlhVUVNkdwfjniwpo5BPyKJtVRARUB+x1xHQRbbsPqdHUeQLbkSX4vkTuPL2PkmduE7/+QRXnCoFZt+1agcYenB7p8/dGbniD+yI3Repvq/a6nep1l0bCjSbbfgjT55Lxmwf4L2BSs7SCybccDyGqywU+dg3rH1JNmIVYRENWzenx5CO46zeh9wvXE+thT/Xmho/fY98DciTKq+E659PJLwWLtYwJdasT/9yiVB8BdRtVt1z9IAJSPcN7DOf8+nl3khUMe8mu+VAXTnr9lqV5k7dermFIR9aC2fDbtn5aSXDeA/nGEGsIhBBOA7aPkZsfUDlUEv26b9QFlg/YaZr06IFtsqyYN5dR+syRPqGIix6FX+qFfJEmyp9MPrA56P3uuZIcTTtnF85OOtElT5KVOEajXKqt0k+ZgBCOmSwd4qhfWEc8gdusP1Ip/IblfP9tU++Q//Q5HhrqQuuHznrxCL9Kg0av6BmyLicTQQE+TsUjEWqQqVrWYUJkIF3tHIjJEw2dXwFUW/JPa52H7/jkJ31vtKjpUoStioYt2L7BABRPoL80N9nRDB314ee5u/DwPE6G3RemD8i+Li9khLJtK2WFnn6B2x1fE0BcW7iSyH2uO2BS2WgwMZKHld0bkFSfabKf3C8VAkNhYeIuehMFYArm+p8bzjzpnLK9ULriHfvKR7GAPq2aj10AwAzf9FpS0kDzLnVdmVJp1lkA75alFnAKH3Fx5ZtlM4MCvpquWQ3grDizNdVzTjIemuMu1490k2JORRDYEa3d7pHrlz3UhzWMHI2FcT+x+wZNVbKenp6n6nFvFOpEJrqh/xwULtB6KZSpSX8x6AiXB/DzZuwyR4raIBbI0qQqdepdW94XwlnogvZZLzymmLthM1XCp+j7o8hG2ClFePbZU9k1zhVX3anJTTy5LB/vGL+vqjWTJh6tmzTlxxhVbH6jKG5233MvZtTo1ljI3LfGBJXCZ9zlTSJcK1w5hu90jT8=" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "https:\u002f\u002fbackan.gov.vn", siteAbsoluteUrl: "https:\u002f\u002fbackan.gov.vn", serverRequestPath: "\u002fPages\u002fpac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "C\u1ED5ng th\u00F4ng tin \u0111i\u1EC7n t\u1EED t\u1EC9nh B\u1EAFc K\u1EA1n", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "\u002fStyle\u002520Library\u002fBacKan\u002fimages\u002flogo.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2024-08-16T01:28:44.1822515Z") - new Date(), siteClientTag: "3$$15.0.5529.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673}, pageListId:"{b9c42220-7fc7-0f8e-0958-822c2358fd7f}", pageItemId:4083, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};
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
<div id="suiteBarRight"><span id="DeltaSuiteBarRight"><div id="welcomeMenuBox"><div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2Fpac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx&amp;Type=AnonymousUser" style="display:inline;">Đăng nhập</a></div></div></span></div>
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
<div class="ArticleTitle"><h1 class="title">Pác Nặm: Khám sàng lọc bệnh không lây nhiễm cho hơn 1.500 người dân vùng cao</h1></div>
<div class="ArticleDate"><span class="date">Thứ Sáu, 02/08/2024 | 16:10</span> <span class="views">Lượt xem: 1.208</span></div>
<div class="ArticleSummary"><b>Từ ngày 22/7 đến ngày 01/8/2024, Trung tâm Y tế huyện Pác Nặm phối hợp với Trạm Y tế các xã tổ chức khám sàng lọc tăng huyết áp, đái tháo đường và một số bệnh không lây nhiễm cho hơn 1.500 người dân từ 40 tuổi trở lên tại 10 xã trên địa bàn huyện.</b></div>
<div class="ArticleContent">
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
<p style="text-align: justify;">Đợt khám được triển khai theo Kế hoạch thực hiện Dự án 7 - Chăm sóc sức khỏe Nhân dân, nâng cao thể trạng, tầm vóc người dân tộc thiểu số thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Các đoàn khám gồm bác sĩ, điều dưỡng của Trung tâm Y tế huyện và cán bộ trạm y tế xã, mang theo máy đo đường huyết, máy điện tim, máy siêu âm xách tay đến tận nhà văn hóa các thôn để người dân không phải đi lại xa.</p>
<table align="center" border="0" cellpadding="3" cellspacing="0" class="ms-rteTable-default" style="width: 600px;">
<tbody>
<tr><td style="text-align: center;"><img alt="" src="/PublishingImages/Tin%20tuc/2024/08/kham-sang-loc-nhan-mon.jpg" style="width: 600px; height: 400px;" /></td></tr>
<tr><td class="image-caption" style="text-align: center;"><em>Bác sĩ Trung tâm Y tế huyện Pác Nặm khám sàng lọc cho người dân xã Nhạn Môn</em></td></tr>
</tbody>
</table>
<p style="text-align: justify;">Người dân được đo huyết áp, đo chỉ số khối cơ thể, xét nghiệm đường máu mao mạch, tư vấn chế độ ăn giảm muối, hạn chế rượu bia, bỏ thuốc lá và tăng cường vận động thể lực. Kết quả, trong tổng số 1.534 người được khám, có 287 người phát hiện tăng huyết áp, 64 người có chỉ số đường huyết cao hơn bình thường và 112 người thừa cân, béo phì. &#272;áng chú ý, gần 40% số người tăng huyết áp trước đó chưa từng biết mình mắc bệnh.</p>
<p style="text-align: justify;">Những trường hợp phát hiện bệnh được lập hồ sơ quản lý, điều trị ngoại trú tại trạm y tế xã, cấp thuốc theo chế độ bảo hiểm y tế và hẹn tái khám định kỳ hằng tháng. Các trường hợp có biến chứng hoặc cần làm thêm cận lâm sàng được chuyển về Trung tâm Y tế huyện hoặc Bệnh viện Đa khoa tỉnh để tiếp tục chẩn đoán, điều trị.</p>
<table align="center" border="0" cellpadding="3" cellspacing="0" class="ms-rteTable-default" style="width: 600px;">
<tbody>
<tr><td style="text-align: center;"><img alt="" src="/PublishingImages/Tin%20tuc/2024/08/xet-nghiem-duong-mau-boc-bo.jpg" style="width: 600px; height: 400px;" /></td></tr>
<tr><td class="image-caption" style="text-align: center;"><em>Người dân thôn Nà Vài, xã Bộc Bố được xét nghiệm đường máu mao mạch</em></td></tr>
</tbody>
</table>
<p style="text-align: justify;">Bác sĩ Hoàng Văn Quyết, Giám đốc Trung tâm Y tế huyện Pác Nặm cho biết: Pác Nặm là&nbsp;huyện vùng cao với trên 95% dân số là đồng bào dân tộc thiểu số, nhiều người dân chưa có thói quen khám sức khỏe định kỳ nên bệnh thường được phát hiện muộn khi đã có biến chứng. Việc đưa dịch vụ khám sàng lọc về tận thôn, bản giúp phát hiện sớm, quản lý kịp thời, giảm gánh nặng chi phí điều trị cho người dân và cho quỹ bảo hiểm y tế.</p>
<p style="text-align: justify;">Năm 2024, huyện Pác Nặm phấn đấu quản lý, điều trị cho ít nhất 60% số người mắc tăng huyết áp và 55% số người mắc đái tháo đường được phát hiện; 100% trạm y tế xã triển khai quản lý bệnh không lây nhiễm. Sau đợt khám, Trung tâm Y tế huyện sẽ tiếp tục tổ chức tập huấn cho nhân viên y tế thôn, bản về kỹ năng đo huyết áp, tư vấn và theo dõi người bệnh tại cộng đồng.</p>
<p style="text-align: right;"><strong>Hoàng Thu Trang - Trung tâm Y tế Pác Nặm</strong></p>
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
<div class="news-toolbar"><a class="print" href="/_layouts/15/BacKan.Portal/InBai.aspx?ItemID=4083" target="_blank">In bài</a> | <a class="email" href="/_layouts/15/BacKan.Portal/GuiEmail.aspx?ItemID=4083">Gửi email</a> | <a class="share" href="javascript:void(0);" onclick="bkShareFacebook('https://backan.gov.vn/Pages/pac-nam-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1500-nguoi-dan-vung-cao-4083.aspx');return false;">Chia sẻ</a></div>
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
<div class="news-related"><div class="news-related-title">Tin liên quan</div><ul><li><a href="/Pages/bach-thong-kham-cap-thuoc-mien-phi-cho-nguoi-co-cong-4059.aspx">Bạch Thông: Khám, cấp thuốc miễn phí cho người có công</a> <span class="date">(26/07/2024)</span></li>
<li><a href="/Pages/ba-be-trien-khai-tiem-vac-xin-soi-rubella-cho-tre-4054.aspx">Ba Bể triển khai tiêm vắc xin sởi - rubella cho trẻ</a> <span class="date">(25/07/2024)</span></li>
<li><a href="/Pages/na-ri-nang-cao-chat-luong-kham-chua-benh-bao-hiem-y-te-tuyen-xa-4027.aspx">Na Rì: Nâng cao chất lượng khám, chữa bệnh bảo hiểm y tế tại tuyến xã</a> <span class="date">(16/07/2024)</span></li></ul></div>
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
<div class="news-other"><div class="news-other-title">Các tin đã đưa</div><ul><li><a href="/Pages/bac-kan-them-3-xa-dat-bo-tieu-chi-quoc-gia-ve-y-te-4090.aspx">Bắc Kạn: Thêm 3 xã đạt Bộ tiêu chí quốc gia về y tế</a> <span class="date">(05/08/2024)</span></li>
<li><a href="/Pages/doan-cong-tac-bo-y-te-lam-viec-tai-bac-kan-4088.aspx">Đoàn công tác Bộ Y tế làm việc tại Bắc Kạn</a> <span class="date">(05/08/2024)</span></li>
<li><a href="/Pages/tang-cuong-cong-tac-phong-chong-dich-benh-mua-mua-bao-4049.aspx">Tăng cường công tác phòng, chống dịch bệnh mùa mưa bão</a> <span class="date">(24/07/2024)</span></li></ul><div class="news-other-more"><a href="/Pages/tin-tong-hop.aspx">Xem tiếp</a></div></div>
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
