using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Diaries;

namespace WblPortal.Web.Areas.Mentor.Controllers;

/// <summary>The diary workspace as the mentor sees it (see <see cref="DiariesControllerBase"/>).</summary>
[Area("Mentor")]
[Authorize(Policy = Policies.Mentor)]
public sealed class DiariesController(IStringLocalizer<DiaryResource> d) : DiariesControllerBase(d, DiaryMode.Mentor);
