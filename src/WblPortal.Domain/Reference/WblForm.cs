namespace WblPortal.Domain.Reference;

/// <summary>The stages of WBL (domain.md §2): each form belongs to one.</summary>
public enum WblStage
{
    Preparation = 0,
    GettingToKnow = 1,
    Engagement = 2,
    WorkExperience = 3,
}

/// <summary>A form of WBL from the concept's catalogue (reference data maintained by the platform admin). Its rules
/// decide which workflow steps apply to a placement of this form.</summary>
public class WblForm
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public WblStage Stage { get; set; }
    public required string NameKy { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }

    /// <summary>Internship and apprenticeship are informal: not managed directly by the college.</summary>
    public bool IsFormal { get; set; } = true;

    public bool NeedsEmployer { get; set; }
    public bool NeedsAgreement { get; set; }
    public bool NeedsMentor { get; set; }
    public bool NeedsDiary { get; set; }

    /// <summary>The diary is kept per week instead of per day (long forms such as dual training).</summary>
    public bool WeeklyDiary { get; set; }
    public bool NeedsAssessment { get; set; }

    /// <summary>Long, continuous forms (stage 3): a learner cannot be in two overlapping ones.</summary>
    public bool IsLongTerm { get; set; }

    /// <summary>Typical duration in days (a guide for planning; null when it varies).</summary>
    public int? TypicalDurationDays { get; set; }

    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
