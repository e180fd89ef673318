using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Files;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Agreements;

/// <summary>The steps on an agreement: a party confirms it in the portal, college staff record a minor's legal
/// representative's consent, or record it as signed on paper with the scan.</summary>
public static class ConfirmAgreement
{
    public enum Party
    {
        College,
        Employer,
        Learner,
    }

    public sealed class ConsentCommand
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? RepresentativeName { get; set; }
    }

    public sealed class ConsentValidator : AbstractValidator<ConsentCommand>
    {
        public ConsentValidator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.RepresentativeName).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
        }
    }

    /// <summary>An uploaded scan: its name, declared type and bytes.</summary>
    public sealed record Scan(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(WblDbContext db, StepRunner steps, IValidator<ConsentCommand> consentValidator, IStringLocalizer<WorkflowResource> wl,
        IStringLocalizer<AgreementResource> al)
    {
        public Task<FeatureResult> ConfirmAsync(Guid id, uint version, Party party, CancellationToken cancellationToken) =>
            StepAsync(id, version, async (agreement, by, now, ct) =>
            {
                switch (party)
                {
                    case Party.College:
                        agreement.ConfirmByCollege(by, now);
                        break;
                    case Party.Employer:
                        agreement.ConfirmByEmployer(by, now);
                        break;
                    default:
                        var learner = await db.Learners.SingleAsync(l => l.Id == agreement.LearnerId, ct);
                        agreement.ConfirmByLearner(learner, by, now);
                        break;
                }

                return null;
            }, cancellationToken);

        public async Task<FeatureResult> RecordConsentAsync(ConsentCommand command, CancellationToken cancellationToken)
        {
            if (!await db.Agreements.AnyAsync(a => a.Id == command.Id, cancellationToken))
            {
                return FeatureResult.NotFound;
            }

            var validation = await consentValidator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            return await StepAsync(command.Id, command.Version, async (agreement, by, now, ct) =>
            {
                var learner = await db.Learners.SingleAsync(l => l.Id == agreement.LearnerId, ct);
                agreement.RecordRepresentativeConsent(learner, command.RepresentativeName!, by, now);
                return null;
            }, cancellationToken);
        }

        public Task<FeatureResult> MarkSignedOnPaperAsync(Guid id, uint version, Scan? scan, CancellationToken cancellationToken) =>
            StepAsync(id, version, (agreement, by, now, _) =>
            {
                if (scan is null)
                {
                    return Task.FromResult<FeatureResult?>(FeatureResult.Invalid("Scan", al["Agreement_ScanRequired"]));
                }

                var file = StoredFile.Create(scan.FileName, scan.Content, agreement.CollegeId, agreement.EmployerId, by, now);
                db.StoredFiles.Add(file);
                agreement.MarkSignedOnPaper(file.Id, by, now);
                return Task.FromResult<FeatureResult?>(null);
            }, cancellationToken, "Scan");

        /// <summary>The scan of a signed-on-paper agreement, if the reader may see both.</summary>
        public async Task<StoredFile?> ScanAsync(Guid id, CancellationToken cancellationToken)
        {
            var scanId = await db.Agreements.Where(a => a.Id == id).Select(a => a.ScanFileId).SingleOrDefaultAsync(cancellationToken);
            return scanId is null ? null : await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == scanId, cancellationToken);
        }

        /// <summary>Loads the agreement in scope and takes the step through the shared runner; a refused step is a localized message.</summary>
        private async Task<FeatureResult> StepAsync(Guid id, uint version,
            Func<TripartiteAgreement, WorkflowUser, DateTimeOffset, CancellationToken, Task<FeatureResult?>> step,
            CancellationToken cancellationToken, string errorProperty = "") =>
            await steps.RunAsync(await db.Agreements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken), version, step,
                new Refusals(wl, _ => errorProperty), cancellationToken);
    }
}
