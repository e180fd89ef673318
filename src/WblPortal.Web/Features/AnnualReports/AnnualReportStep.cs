using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>A workflow step on an annual report: the college sends and submits, a partner employer agrees or
/// comments, the ministry accepts or returns. Which party may take which step is the domain's rule; each Area's
/// controller offers only its party's steps.</summary>
public static class AnnualReportStep
{
    public enum Step
    {
        Send,
        Submit,
        Agree,
        Comment,
        Accept,
        Return,
    }

    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Comment { get; set; }
    }

    /// <summary>The verification code of the submitted report is issued by the college when it submits, so that the
    /// ministry or an employer may be the first to download it (they may not write the college's codes).</summary>
    private static void IssueCodeInto(WblDbContext db, AnnualReport report, DateTimeOffset now)
    {
        if (!db.IssuedDocuments.IgnoreQueryFilters([WblDbContext.TenantFilter]).Any(d => d.Kind == IssuedDocumentKind.AnnualReport && d.EntityId == report.Id))
        {
            db.IssuedDocuments.Add(IssuedDocument.Create(IssuedDocumentKind.AnnualReport, report.Id, report.Title,
                DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(6)).DateTime), report.CollegeId, null, now));
        }
    }

    public sealed class Handler(WblDbContext db, CollegeYearFigures.Handler figures, IStringLocalizer<ReportResource> r, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Step step, Command command, WorkflowUser by, CancellationToken cancellationToken)
        {
            var report = await db.AnnualReports.Include(x => x.Responses).SingleOrDefaultAsync(x => x.Id == command.Id, cancellationToken);
            if (report is null)
            {
                return FeatureResult.NotFound;
            }

            if (command.Comment?.Length > 4000)
            {
                return FeatureResult.Invalid(nameof(Command.Comment), l["Validation_MaxLength", 4000]);
            }

            var employerId = db.Actor.EmployerId;
            var response = report.Responses.FirstOrDefault(x => x.EmployerId == employerId);
            if (step is Step.Agree or Step.Comment)
            {
                // The employer's answer is its own row: its version guards against a stale page.
                if (response is null)
                {
                    return FeatureResult.NotFound;
                }

                db.Entry(response).Property(x => x.Version).OriginalValue = command.Version;
            }
            else
            {
                db.Entry(report).Property(x => x.Version).OriginalValue = command.Version;
            }

            var now = clock.GetUtcNow();
            try
            {
                switch (step)
                {
                    case Step.Send:
                        var today = clock.BishkekToday();
                        var partners = await db.Partnerships.AsNoTracking()
                            .Where(p => p.CollegeId == report.CollegeId
                                && (p.Status == PartnershipStatus.Signed || p.Status == PartnershipStatus.SignedOnPaper)
                                && p.ValidFrom <= today && (p.ValidUntil == null || p.ValidUntil >= today))
                            .OrderBy(p => p.Employer!.Name)
                            .Select(p => new ReportPartner(p.EmployerId, p.Employer!.Name))
                            .ToListAsync(cancellationToken);
                        var computed = await figures.ComputeAsync(report.CollegeId, report.AcademicYear, cancellationToken);
                        report.SendToEmployers(partners, CollegeYearFigures.Serialize(computed), by, now);
                        break;
                    case Step.Submit:
                        report.Submit(by, now);
                        IssueCode(report, now);
                        break;
                    case Step.Agree: report.Respond(employerId!.Value, true, command.Comment, by, now); break;
                    case Step.Comment: report.Respond(employerId!.Value, false, command.Comment, by, now); break;
                    case Step.Accept: report.Accept(by, now); break;
                    case Step.Return: report.Return(command.Comment ?? "", by, now); break;
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(r, ex.Key == "AnnualReport_CommentRequired" ? nameof(Command.Comment) : "");
            }
            catch (DbUpdateConcurrencyException)
            {
                return FeatureResult.Conflict;
            }

            return FeatureResult.Done(report.Id);
        }

        private void IssueCode(AnnualReport report, DateTimeOffset now) => IssueCodeInto(db, report, now);
    }
}
