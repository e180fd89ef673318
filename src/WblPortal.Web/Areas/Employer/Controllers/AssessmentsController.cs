using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Assessments;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer reads its mentors' joint assessments (the mentors score; the employer admin does not).</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class AssessmentsController(IStringLocalizer<AssessmentResource> a, AssessmentDetails.Handler details) : AssessmentsControllerBase(a, details);
