using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Assessments;

namespace WblPortal.Web.Areas.Mentor.Controllers;

/// <summary>The mentor's side of the joint assessments of the learners they mentor.</summary>
[Area("Mentor")]
[Authorize(Policy = Policies.Mentor)]
public sealed class AssessmentsController(IStringLocalizer<AssessmentResource> a, AssessmentDetails.Handler details)
    : ScoringAssessmentsControllerBase(a, details);
