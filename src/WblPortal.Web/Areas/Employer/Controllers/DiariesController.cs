using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Diaries;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The diary workspace as the employer sees it (see <see cref="DiariesControllerBase"/>).</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class DiariesController(IStringLocalizer<DiaryResource> d) : DiariesControllerBase(d, DiaryMode.Employer);
