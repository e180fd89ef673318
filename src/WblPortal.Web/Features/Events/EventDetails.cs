using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Events;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Events;

/// <summary>One event with its employers and attendance; for the college, the learners of the chosen groups to tick.</summary>
public static class EventDetails
{
    public sealed record Participant(Guid EmployerId, string Name, string? Representative);

    public sealed record LearnerRow(Guid Id, string FullName, string Group, bool Attended, bool Recorded);

    public sealed record Choice(Guid Id, string Name);

    public sealed record Model(Guid Id, uint Version, Guid CollegeId, string Title, DateTimeOffset StartsAt, string? Location, string? Description,
        string FormKy, string FormRu, string FormEn, WblStage Stage, EventStatus Status, string? CancelReason)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public DateTimeOffset LocalStartsAt => StartsAt.ToOffset(BishkekTime.Offset);

        public IReadOnlyList<Participant> Participants { get; init; } = [];

        public IReadOnlyList<LearnerRow> Learners { get; init; } = [];

        public IReadOnlyList<Choice> Groups { get; init; } = [];

        public IReadOnlyList<Guid> ChosenGroupIds { get; init; } = [];
    }

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Model?> LoadAsync(Guid id, IReadOnlyList<Guid> groupIds, CancellationToken cancellationToken)
        {
            var model = await db.InformationEvents.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new Model(e.Id, e.Version, e.CollegeId, e.Title, e.StartsAt, e.Location, e.Description, e.Form!.NameKy, e.Form.NameRu,
                    e.Form.NameEn, e.Form.Stage, e.Status, e.CancelReason))
                .SingleOrDefaultAsync(cancellationToken);
            if (model is null)
            {
                return null;
            }

            // Employers read only their own participation row and their own employer row.
            var participants = await (from p in db.EventParticipants.AsNoTracking()
                                      join e in db.Employers.AsNoTracking() on p.EmployerId equals e.Id
                                      where p.EventId == id
                                      orderby e.Name
                                      select new Participant(e.Id, e.Name, p.Representative)).ToListAsync(cancellationToken);
            model = model with { Participants = participants };
            if (db.Actor.CollegeId != model.CollegeId || db.Actor.LearnerId is not null)
            {
                return model;
            }

            var attendance = await db.EventAttendance.AsNoTracking().Where(a => a.EventId == id)
                .Select(a => new { a.LearnerId, a.GroupId, a.Attended }).ToListAsync(cancellationToken);
            var chosen = groupIds.Concat(attendance.Select(a => a.GroupId)).Distinct().ToList();
            var groups = await db.StudyGroups.AsNoTracking().OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync(cancellationToken);
            var learners = await db.Learners.AsNoTracking().Where(l => chosen.Contains(l.GroupId))
                .OrderBy(l => l.Group!.Name).ThenBy(l => l.LastName).ThenBy(l => l.FirstName)
                .Select(l => new { l.Id, l.LastName, l.FirstName, l.Patronymic, Group = l.Group!.Name })
                .ToListAsync(cancellationToken);
            var rows = learners.Select(l =>
            {
                var a = attendance.FirstOrDefault(x => x.LearnerId == l.Id);
                var name = string.IsNullOrWhiteSpace(l.Patronymic) ? $"{l.LastName} {l.FirstName}" : $"{l.LastName} {l.FirstName} {l.Patronymic}";
                return new LearnerRow(l.Id, name, l.Group, a?.Attended == true, a is not null);
            }).ToList();
            return model with { Groups = groups, ChosenGroupIds = chosen, Learners = rows };
        }
    }
}
