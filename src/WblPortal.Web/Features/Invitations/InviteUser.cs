using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Access;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Features.Account;

using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Invitations;

/// <summary>Invites a person to create their account in a role and organization, by a single-use emailed link.
/// The platform admin invites the first admins of colleges and employers and ministry analysts; a college admin
/// invites staff and learners of the own college; an employer admin invites mentors of the own employer.</summary>
public static class InviteUser
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public sealed class Command
    {
        public string? Email { get; set; }
        public string? FullName { get; set; }
        public string? Role { get; set; }
        public Guid? OrganizationId { get; set; }
        public Guid? MentorId { get; set; }
        public Guid? LearnerId { get; set; }

        // The form's choices, filled by InviteChoices and never bound from the request; a null list is not offered.
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Roles { get; set; } = [];
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem>? Organizations { get; set; }
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem>? Mentors { get; set; }
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem>? Learners { get; set; }
    }

    /// <summary>The roles the actor may invite.</summary>
    public static IReadOnlyList<string> RolesFor(Actor actor) => actor.Role switch
    {
        Roles.PlatformAdmin => [Roles.CollegeAdmin, Roles.EmployerAdmin, Roles.MinistryAnalyst],
        Roles.CollegeAdmin => [Roles.CollegeStaff, Roles.Learner],
        Roles.EmployerAdmin => [Roles.Mentor],
        _ => [],
    };

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<AccountResource> a, UserManager<ApplicationUser> users, WblDbContext db, TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Email).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(256).WithMessage(_ => l["Validation_MaxLength", 256])
                .EmailAddress().WithMessage(_ => l["Validation_Email"])
                .MustAsync(async (email, _) => await users.FindByEmailAsync(email!.Trim()) is null)
                .WithMessage(_ => a["Invite_EmailRegistered"])
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(); a culture or a StringComparison would not translate
                .MustAsync(async (email, ct) => !await db.Invitations.IgnoreQueryFilters([WblDbContext.TenantFilter])
                    .AnyAsync(i => i.Email == email!.Trim().ToLower() && i.AcceptedAt == null && i.ExpiresAt > clock.GetUtcNow(), ct))
#pragma warning restore CA1304, CA1311, CA1862
                .WithMessage(_ => a["Invite_EmailPending"]);
            RuleFor(c => c.FullName).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Role).Must(role => RolesFor(db.Actor).Contains(role ?? ""))
                .WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.MentorId).NotNull().When(c => c.Role == Roles.Mentor).WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.LearnerId).NotNull().When(c => c.Role == Roles.Learner).WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.OrganizationId).NotNull().When(c => db.Actor.Role == Roles.PlatformAdmin)
                .WithMessage(_ => l["Validation_Required"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, SendAccountEmail.Handler emails, IStringLocalizer<SharedResource> l, IStringLocalizer<AccountResource> a, PublicLinks links, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var actor = db.Actor;
            if (actor.Role != Roles.PlatformAdmin)
            {
                // Staff of an organization invite into their own organization only.
                if (command.OrganizationId is { } posted && posted != actor.OrganizationId)
                {
                    return FeatureResult.NotFound;
                }

                command.OrganizationId = actor.OrganizationId;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var role = command.Role!;
            var kind = Roles.OrganizationKindOf(role);
            var organization = await OrganizationNameAsync(kind, command.OrganizationId!.Value, cancellationToken);
            if (organization is null)
            {
                return FeatureResult.Invalid(nameof(Command.OrganizationId), l["Validation_NotFound"]);
            }

            // The tenant filter finds only the actor's own mentors and learners: a foreign id is not found.
            Guid? mentorId = null, learnerId = null;
            if (role == Roles.Mentor)
            {
                if (!await db.Mentors.AnyAsync(m => m.Id == command.MentorId && m.EmployerId == command.OrganizationId, cancellationToken))
                {
                    return FeatureResult.NotFound;
                }

                if (await db.Users.AnyAsync(u => u.MentorId == command.MentorId, cancellationToken))
                {
                    return FeatureResult.Invalid(nameof(Command.MentorId), a["Invite_RecordHasAccount"]);
                }

                mentorId = command.MentorId;
            }
            else if (role == Roles.Learner)
            {
                if (!await db.Learners.AnyAsync(x => x.Id == command.LearnerId && x.CollegeId == command.OrganizationId, cancellationToken))
                {
                    return FeatureResult.NotFound;
                }

                if (await db.Users.AnyAsync(u => u.LearnerId == command.LearnerId, cancellationToken))
                {
                    return FeatureResult.Invalid(nameof(Command.LearnerId), a["Invite_RecordHasAccount"]);
                }

                learnerId = command.LearnerId;
            }

            var token = Invitation.NewToken();
            var invitation = new Invitation
            {
                Email = command.Email!.Trim().ToLowerInvariant(),
                FullName = command.FullName!.Trim(),
                Role = role,
                OrganizationKind = kind,
                OrganizationId = command.OrganizationId,
                MentorId = mentorId,
                LearnerId = learnerId,
                TokenHash = Invitation.Hash(token),
                CreatedAt = clock.GetUtcNow(),
                ExpiresAt = clock.GetUtcNow().Add(Lifetime),
                InvitedByUserId = actor.UserId,
            };
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(cancellationToken);
            await emails.SendInvitationAsync(invitation.Email, invitation.FullName, role, organization, links.AcceptInvitation(token), invitation.ExpiresAt, cancellationToken);
            return FeatureResult.Done(invitation.Id);
        }

        private async Task<string?> OrganizationNameAsync(OrganizationKind kind, Guid id, CancellationToken cancellationToken)
        {
            var culture = CultureInfo.CurrentUICulture.Name;
            return kind switch
            {
                OrganizationKind.College => await db.Colleges.Where(c => c.Id == id)
                    .Select(c => LocalizedName.Pick(c.NameKy, c.NameRu, c.NameEn, culture)).SingleOrDefaultAsync(cancellationToken),
                OrganizationKind.Employer => await db.Employers.Where(e => e.Id == id)
                    .Select(e => e.Name).SingleOrDefaultAsync(cancellationToken),
                OrganizationKind.Ministry => await db.Ministries.Where(m => m.Id == id)
                    .Select(m => LocalizedName.Pick(m.NameKy, m.NameRu, m.NameEn, culture)).SingleOrDefaultAsync(cancellationToken),
                _ => null,
            };
        }
    }
}
