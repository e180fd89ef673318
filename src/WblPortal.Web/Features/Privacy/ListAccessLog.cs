using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Privacy;

/// <summary>The personal-data access log as its reader may see it: the learner their own rows (/Learner/Privacy), the
/// college admin the college's (/College/AccessLog). The tenant filter scopes both; newest first by default.</summary>
public static class ListAccessLog
{
    public sealed record Row(DateTimeOffset At, string? UserName, string? Role, PersonalDataView What, Guid? LearnerId, string? LearnerName, int Learners);

    private static readonly SortColumns<PersonalDataAccess> Columns = new SortColumns<PersonalDataAccess>()
        .Add("at", a => a.At)
        .Add("user", a => a.UserName)
        .Add("what", a => a.What)
        .ThenBy(a => a.Id);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query, Guid? learnerId)
        {
            var log = db.PersonalDataAccesses.AsNoTracking();
            if (learnerId is { } id)
            {
                log = log.Where(a => a.LearnerId == id);
            }

            if (query.SearchPattern is { } pattern)
            {
                log = log.Where(a => EF.Functions.ILike(a.UserName!, pattern));
            }

            // Newest first unless the reader sorts otherwise.
            var sort = query.Sort is null ? new ListQuery { Sort = "at", Desc = true } : query;
            return log.SortBy(sort, Columns)
                .Select(a => new Row(a.At, a.UserName, a.Role, a.What, a.LearnerId,
                    db.Learners.Where(l => l.Id == a.LearnerId).Select(l => l.LastName + " " + l.FirstName).FirstOrDefault(), a.Learners));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, Guid? learnerId, CancellationToken cancellationToken) =>
            Query(query, learnerId).ToPagedListAsync(query, cancellationToken);
    }
}
