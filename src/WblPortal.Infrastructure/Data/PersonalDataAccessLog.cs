using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Privacy;

namespace WblPortal.Infrastructure.Data;

/// <summary>Writes the personal-data access log (<see cref="PersonalDataAccess"/>): one INSERT per view or export, no
/// read, nothing tracked, so a page pays one short command for it. The learner's own views are not logged, nor the
/// portal's (background jobs, seeding).</summary>
public sealed class PersonalDataAccessLog(WblDbContext db, TimeProvider clock)
{
    /// <summary>Logs that the actor viewed or exported one learner's data (<paramref name="collegeId"/>: the learner's
    /// college, from the row the page already loaded).</summary>
    public Task LearnerAsync(Guid collegeId, Guid learnerId, PersonalDataView what, CancellationToken cancellationToken) =>
        db.Actor.LearnerId == learnerId ? Task.CompletedTask : InsertAsync(collegeId, learnerId, what, 1, cancellationToken);

    /// <summary>Logs that college staff viewed or exported one of their college's learners (found in scope).</summary>
    public Task CollegeLearnerAsync(Guid learnerId, PersonalDataView what, CancellationToken cancellationToken) =>
        db.Actor.CollegeId is { } collegeId ? LearnerAsync(collegeId, learnerId, what, cancellationToken) : Task.CompletedTask;

    /// <summary>Logs an export of a list of the college's learners (<paramref name="learners"/> rows).</summary>
    public Task CollegeListAsync(int learners, PersonalDataView what, CancellationToken cancellationToken) =>
        learners == 0 || db.Actor.CollegeId is not { } collegeId ? Task.CompletedTask : InsertAsync(collegeId, null, what, learners, cancellationToken);

    private async Task InsertAsync(Guid collegeId, Guid? learnerId, PersonalDataView what, int learners, CancellationToken cancellationToken)
    {
        var actor = db.Actor;
        if (actor.IsSystem || actor.UserId is not { } userId)
        {
            return;
        }

        var at = clock.GetUtcNow();
        var kind = what.ToString();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO personal_data_access_log (at, college_id, learner_id, user_id, user_name, role, organization_id, what, learners)
            VALUES ({at}, {collegeId}, {learnerId}, {userId}, {actor.DisplayName}, {actor.Role}, {actor.OrganizationId}, {kind}, {learners})
            """, cancellationToken);
    }
}
