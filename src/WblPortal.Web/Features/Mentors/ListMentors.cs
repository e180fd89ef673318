using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Mentors;

public static class ListMentors
{
    /// <summary>A row of the mentor registry: the mentor, their trainings (count, hours, kinds) and the learners they
    /// accompany now (placements with the mentor assigned or in progress).</summary>
    public sealed record Row(Guid Id, string FullName, string Position, EducationLevel EducationLevel, int YearsOfExperience, int? SkillGrade, DateOnly? PedagogicalTrainingDate, string? Phone, string? Email)
    {
        public int TrainingCount { get; init; }
        public int TrainingHours { get; init; }
        public List<MentorTrainingKind> TrainingKinds { get; init; } = [];
        public int CurrentLearners { get; init; }
        public bool HasPedagogicalTraining => PedagogicalTrainingDate is not null;
    }

    private static readonly SortColumns<Mentor> Columns = new SortColumns<Mentor>()
        .Add("name", m => m.FullName)
        .Add("position", m => m.Position)
        .Add("experience", m => m.YearsOfExperience)
        .Add("training", m => m.PedagogicalTrainingDate)
        .ThenBy(m => m.Id);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>The actor's mentors: the tenant filter keeps them to the employer's own.</summary>
        public IQueryable<Row> Query(ListQuery query)
        {
            var mentors = db.Mentors.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                mentors = mentors.Where(m => EF.Functions.ILike(m.FullName, pattern) || EF.Functions.ILike(m.Position, pattern));
            }

            return mentors.SortBy(query, Columns).Select(m => new Row(m.Id, m.FullName, m.Position, m.EducationLevel, m.YearsOfExperience,
                m.SkillGrade, m.PedagogicalTrainingDate, m.Phone, m.Email)
            {
                TrainingCount = db.MentorTrainings.Count(t => t.MentorId == m.Id),
                TrainingHours = db.MentorTrainings.Where(t => t.MentorId == m.Id).Sum(t => t.Hours),
                TrainingKinds = db.MentorTrainings.Where(t => t.MentorId == m.Id).Select(t => t.Kind).Distinct().OrderBy(k => k).ToList(),
                CurrentLearners = db.PlacementLearners.Count(l => l.MentorId == m.Id
                    && (l.Placement!.Status == PlacementStatus.MentorAssigned || l.Placement.Status == PlacementStatus.InProgress)),
            });
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) =>
            Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
