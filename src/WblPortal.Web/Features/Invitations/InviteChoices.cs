using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Invitations;

/// <summary>The choices of the invitation form: the roles the actor may invite, and the Area's own list — the
/// organizations (platform admin), the employer's mentors or the college's learners the new account belongs to.</summary>
public static class InviteChoices
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l, IStringLocalizer<AdminResource> m)
    {
        public void LoadRoles(InviteUser.Command command) =>
            command.Roles = InviteUser.RolesFor(db.Actor).Select(r => new SelectListItem(l["Role_" + r], r)).ToList();

        /// <summary>Every college, employer and ministry, grouped by kind.</summary>
        public async Task LoadOrganizationsAsync(InviteUser.Command command, CancellationToken cancellationToken)
        {
            var culture = CultureInfo.CurrentUICulture.Name;
            var colleges = await db.Colleges.AsNoTracking().OrderBy(c => c.NameKy)
                .Select(c => new { c.Id, c.NameKy, c.NameRu, c.NameEn }).ToListAsync(cancellationToken);
            var employers = await db.Employers.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
            var ministries = await db.Ministries.AsNoTracking().OrderBy(x => x.NameKy)
                .Select(x => new { x.Id, x.NameKy, x.NameRu, x.NameEn }).ToListAsync(cancellationToken);
            var collegeGroup = new SelectListGroup { Name = m["Colleges_Title"] };
            var employerGroup = new SelectListGroup { Name = m["Employers_Title"] };
            var ministryGroup = new SelectListGroup { Name = m["Ministries_Title"] };
            command.Organizations = colleges.Select(c => new SelectListItem(LocalizedName.Pick(c.NameKy, c.NameRu, c.NameEn, culture), c.Id.ToString()) { Group = collegeGroup })
                .Concat(employers.Select(e => new SelectListItem(e.Name, e.Id.ToString()) { Group = employerGroup }))
                .Concat(ministries.Select(x => new SelectListItem(LocalizedName.Pick(x.NameKy, x.NameRu, x.NameEn, culture), x.Id.ToString()) { Group = ministryGroup }))
                .ToList();
        }

        /// <summary>The actor's employer's mentors.</summary>
        public async Task LoadMentorsAsync(InviteUser.Command command, CancellationToken cancellationToken) =>
            command.Mentors = await db.Mentors.AsNoTracking().OrderBy(x => x.FullName)
                .Select(x => new SelectListItem(x.FullName + " — " + x.Position, x.Id.ToString()))
                .ToListAsync(cancellationToken);

        /// <summary>The actor's college's learners, with their group.</summary>
        public async Task LoadLearnersAsync(InviteUser.Command command, CancellationToken cancellationToken)
        {
            var learners = await db.Learners.AsNoTracking().OrderBy(x => x.LastName).ThenBy(x => x.FirstName)
                .Select(x => new { x.Id, x.LastName, x.FirstName, x.Patronymic, Group = x.Group!.Name })
                .ToListAsync(cancellationToken);
            command.Learners = learners.Select(x => new SelectListItem($"{x.LastName} {x.FirstName} {x.Patronymic} ({x.Group})".Replace("  ", " "), x.Id.ToString())).ToList();
        }
    }
}
