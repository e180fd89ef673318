using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Diaries;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The diary workspace as the college sees it (see <see cref="DiariesControllerBase"/>).</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class DiariesController(IStringLocalizer<DiaryResource> d) : DiariesControllerBase(d, DiaryMode.College);
