using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Roadmap;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The concept's implementation roadmap, read-only.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class RoadmapController : RoadmapControllerBase;
