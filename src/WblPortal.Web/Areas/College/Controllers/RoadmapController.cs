using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Roadmap;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The concept's implementation roadmap, read-only.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class RoadmapController : RoadmapControllerBase;
