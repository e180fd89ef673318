using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Mentors;

/// <summary>Records or corrects a training of one of the employer's mentors, keeping the mentor's pedagogical
/// training date equal to the latest pedagogy training on record.</summary>
public static class EditMentorTraining
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public Guid MentorId { get; set; }
        public uint Version { get; set; }
        public MentorTrainingKind? Kind { get; set; }
        public DateOnly? Date { get; set; }
        public int? Hours { get; set; }
        public string? Provider { get; set; }
        public string? CertificateNumber { get; set; }

        /// <summary>The mentor's name shown above the form: filled by the controller from
        /// <see cref="Handler.MentorNameAsync"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public string? MentorName { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<AppointmentResource> a, IStringLocalizer<SharedResource> l, TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Kind).NotNull().WithMessage(_ => a["Training_KindRequired"]).IsInEnum().WithMessage(_ => a["Training_KindRequired"]);
            RuleFor(c => c.Date).NotNull().WithMessage(_ => a["Training_DateRequired"])
                .Must(d => d >= new DateOnly(1970, 1, 1) && d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
                .WithMessage(_ => l["Validation_DateNotFuture"]);
            RuleFor(c => c.Hours).NotNull().WithMessage(_ => a["Training_InvalidHours"])
                .InclusiveBetween(1, 2000).WithMessage(_ => a["Training_InvalidHours"]);
            RuleFor(c => c.Provider).NotEmpty().WithMessage(_ => a["Training_ProviderRequired"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.CertificateNumber).MaximumLength(50).WithMessage(_ => l["Validation_MaxLength", 50]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<AppointmentResource> a)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.MentorTrainings.AsNoTracking().Where(t => t.Id == id)
                .Select(t => new Command
                {
                    Id = t.Id, MentorId = t.MentorId, Version = t.Version, Kind = t.Kind, Date = t.Date, Hours = t.Hours, Provider = t.Provider,
                    CertificateNumber = t.CertificateNumber,
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<string?> MentorNameAsync(Guid mentorId, CancellationToken cancellationToken) =>
            await db.Mentors.AsNoTracking().Where(m => m.Id == mentorId).Select(m => m.FullName).SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            MentorTraining? existing = null;
            if (command.Id is { } id)
            {
                existing = await db.MentorTrainings.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
                if (existing is null)
                {
                    return FeatureResult.NotFound;
                }

                command.MentorId = existing.MentorId;
            }

            var mentor = await db.Mentors.SingleOrDefaultAsync(m => m.Id == command.MentorId, cancellationToken);
            if (mentor is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            MentorTraining training;
            try
            {
                training = MentorTraining.For(mentor, command.Kind!.Value, command.Date!.Value, command.Hours!.Value, command.Provider!, command.CertificateNumber);
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(a);
            }

            var wasPedagogy = existing?.Kind == MentorTrainingKind.Pedagogy;
            if (existing is null)
            {
                db.MentorTrainings.Add(training);
            }
            else
            {
                db.ExpectVersion(existing, command.Version);
                existing.Kind = training.Kind;
                existing.Date = training.Date;
                existing.Hours = training.Hours;
                existing.Provider = training.Provider;
                existing.CertificateNumber = training.CertificateNumber;
                training = existing;
            }

            await MentorTrainingSync.ApplyAsync(db, mentor, wasPedagogy && training.Kind != MentorTrainingKind.Pedagogy, cancellationToken);
            return await db.SaveAsync(() => training.Id, cancellationToken);
        }
    }
}

/// <summary>Removes a training of one of the employer's mentors.</summary>
public static class DeleteMentorTraining
{
    public sealed class Handler(WblDbContext db)
    {
        /// <summary>Done with the mentor's id (to go back to their page).</summary>
        public async Task<FeatureResult> HandleAsync(Guid id, uint version, CancellationToken cancellationToken)
        {
            var training = await db.MentorTrainings.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            var mentor = training is null ? null : await db.Mentors.SingleOrDefaultAsync(m => m.Id == training.MentorId, cancellationToken);
            if (training is null || mentor is null)
            {
                return FeatureResult.NotFound;
            }

            db.ExpectVersion(training, version);
            db.MentorTrainings.Remove(training);
            await MentorTrainingSync.ApplyAsync(db, mentor, training.Kind == MentorTrainingKind.Pedagogy, cancellationToken);
            return await db.SaveAsync(() => mentor.Id, cancellationToken);
        }
    }
}

internal static class MentorTrainingSync
{
    /// <summary>The mentor's trainings as they will be after this save (tracked changes included).</summary>
    public static async Task ApplyAsync(WblDbContext db, Mentor mentor, bool pedagogyRemoved, CancellationToken cancellationToken)
    {
        await db.MentorTrainings.Where(t => t.MentorId == mentor.Id).LoadAsync(cancellationToken);
        var current = db.ChangeTracker.Entries<MentorTraining>()
            .Where(e => e.Entity.MentorId == mentor.Id && e.State != EntityState.Deleted && e.State != EntityState.Detached)
            .Select(e => e.Entity).ToList();
        mentor.ApplyTrainings(current, pedagogyRemoved);
        await MentorGapsSync.ApplyAsync(db, mentor, cancellationToken);
    }
}
