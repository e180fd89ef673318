using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Diaries;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>The diary workspace as the learner sees it (see <see cref="DiariesControllerBase"/>).</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class DiariesController(IStringLocalizer<DiaryResource> d) : DiariesControllerBase(d, DiaryMode.Learner);
