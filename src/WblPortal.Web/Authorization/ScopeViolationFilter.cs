using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Authorization;

/// <summary>A write outside the actor's scope, refused by <see cref="WblDbContext"/>, answers 403.</summary>
public sealed class ScopeViolationFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is ScopeViolationException)
        {
            context.Result = new ForbidResult();
            context.ExceptionHandled = true;
        }
    }
}
