using WblPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>The programme's workflow steps: invite employers, submit for discussion, back to draft, approve (college admin,
/// with the order's number and date; the previously approved programme of the specialty and year is superseded),
/// supersede, and copy to the next academic year. The domain refuses a step that does not fit the status or the role.</summary>
public static class ChangeProgrammeStatus
{
    public enum Step
    {
        Invite,
        Submit,
        ReturnToDraft,
        Approve,
        Supersede,
        CopyToNextYear,
    }

    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public Step Step { get; set; }
        public List<Guid> EmployerIds { get; set; } = [];
        public string? OrderNumber { get; set; }
        public DateOnly? OrderDate { get; set; }
        public string? Comment { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<ProgrammeResource> p, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Step).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.OrderNumber).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(30).WithMessage(_ => l["Validation_MaxLength", 30])
                .When(c => c.Step == Step.Approve);
            RuleFor(c => c.OrderDate).NotNull().WithMessage(_ => l["ModelBinding_EnterDate"]).When(c => c.Step == Step.Approve);
            RuleFor(c => c.Comment).MaximumLength(2000).WithMessage(_ => l["Validation_MaxLength", 2000]);
            RuleFor(c => c.EmployerIds).NotEmpty().WithMessage(_ => p["Programme_ChooseEmployer"]).When(c => c.Step == Step.Invite);
            RuleFor(c => c.EmployerIds)
                .MustAsync(async (ids, ct) => ids.Count == 0 || await db.Employers.CountAsync(e => ids.Contains(e.Id), ct) == ids.Distinct().Count())
                .WithMessage(_ => l["Validation_NotFound"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> workflow,
        IStringLocalizer<ProgrammeResource> p, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var programme = await db.Programmes
                .Include(x => x.Loads).Include(x => x.Outcomes).ThenInclude(o => o.Competencies).Include(x => x.FormContents).Include(x => x.Participants)
                .AsSplitQuery()
                .SingleOrDefaultAsync(x => x.Id == command.Id, cancellationToken);
            if (programme is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            db.ExpectVersion(programme, command.Version);
            var by = WorkflowUser.From(db.Actor);
            var at = clock.GetUtcNow();
            var resultId = programme.Id;
            try
            {
                switch (command.Step)
                {
                    case Step.Invite:
                        command.EmployerIds.Distinct().ToList().ForEach(programme.InviteEmployer);
                        break;
                    case Step.Submit:
                        command.EmployerIds.Distinct().ToList().ForEach(programme.InviteEmployer);
                        programme.SubmitForDiscussion(by, at);
                        break;
                    case Step.ReturnToDraft:
                        programme.ReturnToDraft(by, at, string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim());
                        break;
                    case Step.Approve:
                        var previous = await db.Programmes.SingleOrDefaultAsync(x => x.SpecialtyId == programme.SpecialtyId
                            && x.AcademicYear == programme.AcademicYear && x.Status == ProgrammeStatus.Approved && x.Id != programme.Id, cancellationToken);
                        programme.Approve(command.OrderNumber!.Trim(), command.OrderDate!.Value, by, at, previous);
                        break;
                    case Step.Supersede:
                        programme.Supersede(by, at);
                        break;
                    case Step.CopyToNextYear:
                        if (await db.Programmes.AnyAsync(x => x.SpecialtyId == programme.SpecialtyId && x.AcademicYear == programme.AcademicYear + 1, cancellationToken))
                        {
                            return FeatureResult.Invalid(string.Empty, p["Programme_NextYearExists", AcademicCalendar.Label(programme.AcademicYear + 1)]);
                        }

                        var copy = programme.CopyToNextYear(by, at);
                        db.Programmes.Add(copy);
                        resultId = copy.Id;
                        break;
                }
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(workflow, ex.Key == "Programme_OrderNumberRequired" ? nameof(Command.OrderNumber) : "");
            }

            return await db.SaveAsync(() => resultId, cancellationToken);
        }
    }
}
