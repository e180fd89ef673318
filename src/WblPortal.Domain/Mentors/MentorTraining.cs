using WblPortal.Domain.Common;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Mentors;

/// <summary>What a mentor training covered: the Concept asks mentors to know pedagogy, psychology and the methods of
/// vocational training.</summary>
public enum MentorTrainingKind
{
    Pedagogy = 1,
    Psychology = 2,
    Methods = 3,
    Other = 4,
}

/// <summary>A training (professional development) course a mentor completed, kept in the employer's mentor registry.</summary>
public class MentorTraining : Entity, IEmployerOwned
{
    public Guid EmployerId { get; set; }
    public Guid MentorId { get; set; }
    public Mentor? Mentor { get; set; }
    public MentorTrainingKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public int Hours { get; set; }
    public required string Provider { get; set; }
    public string? CertificateNumber { get; set; }

    public static MentorTraining For(Mentor mentor, MentorTrainingKind kind, DateOnly date, int hours, string provider, string? certificateNumber)
    {
        Guard.That(Enum.IsDefined(kind), "Training_KindRequired");
        Guard.That(hours is > 0 and <= 2000, "Training_InvalidHours");
        return new MentorTraining
        {
            EmployerId = mentor.EmployerId,
            MentorId = mentor.Id,
            Kind = kind,
            Date = date,
            Hours = hours,
            Provider = Guard.Text(provider, "Training_ProviderRequired"),
            CertificateNumber = string.IsNullOrWhiteSpace(certificateNumber) ? null : certificateNumber.Trim(),
        };
    }
}
