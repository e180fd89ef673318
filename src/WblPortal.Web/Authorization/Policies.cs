using Microsoft.AspNetCore.Authorization;
using WblPortal.Domain.Access;

namespace WblPortal.Web.Authorization;

/// <summary>One policy per Area (party), plus the admin-only actions inside an Area.</summary>
public static class Policies
{
    public const string Admin = "Area.Admin";
    public const string Ministry = "Area.Ministry";
    public const string College = "Area.College";
    public const string CollegeAdmin = "College.Admin";
    public const string Employer = "Area.Employer";
    public const string Mentor = "Area.Mentor";
    public const string Learner = "Area.Learner";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireRole(Roles.PlatformAdmin));
        options.AddPolicy(Ministry, p => p.RequireRole(Roles.MinistryAnalyst));
        options.AddPolicy(College, p => p.RequireRole(Roles.CollegeAdmin, Roles.CollegeStaff));
        options.AddPolicy(CollegeAdmin, p => p.RequireRole(Roles.CollegeAdmin));
        options.AddPolicy(Employer, p => p.RequireRole(Roles.EmployerAdmin));
        options.AddPolicy(Mentor, p => p.RequireRole(Roles.Mentor));
        options.AddPolicy(Learner, p => p.RequireRole(Roles.Learner));
    }

    /// <summary>The Area a role's user works in.</summary>
    public static string AreaOf(string? role) => role switch
    {
        Roles.PlatformAdmin => "Admin",
        Roles.MinistryAnalyst => "Ministry",
        Roles.CollegeAdmin or Roles.CollegeStaff => "College",
        Roles.EmployerAdmin => "Employer",
        Roles.Mentor => "Mentor",
        Roles.Learner => "Learner",
        _ => "",
    };
}
