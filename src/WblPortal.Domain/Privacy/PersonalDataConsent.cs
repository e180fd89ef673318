using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Privacy;

/// <summary>What a consent under Law No. 58 allows.</summary>
public enum ConsentPurpose
{
    /// <summary>The college processes the learner's personal data for their studies and WBL.</summary>
    Processing = 1,

    /// <summary>The college passes the learner's personal details to the employer (and its mentor) of their placements.</summary>
    TransferToEmployer = 2,
}

/// <summary>Whose consent it is: the learner's own, or (for a minor) the parent's or guardian's.</summary>
public enum ConsentGiver
{
    Learner = 1,
    LegalRepresentative = 2,
}

/// <summary>
/// A consent to the processing of a learner's personal data or to its transfer to the employer (Law No. 58 "On personal
/// information": data are transferred to third parties only with the subject's consent; for a minor, their legal
/// representative's). Given online by an adult learner on their own page, or recorded by the college's staff from a
/// signed paper form (the only way for a minor's representative). A withdrawal keeps the row with its date: the history
/// of what was allowed when stays. The agreement's representative consent (<c>TripartiteAgreement.RecordRepresentativeConsent</c>)
/// is the representative's consent to that one contract, not to the data processing, and stays where it is.
/// </summary>
public class PersonalDataConsent : Entity, ICollegeOwned
{
    /// <summary>The version of the consent text the portal shows today (README, "Consent").</summary>
    public const string CurrentTextVersion = "2026-12";

    public Guid CollegeId { get; private set; }
    public Guid LearnerId { get; private set; }
    public ConsentPurpose Purpose { get; private set; }
    public ConsentGiver GivenBy { get; private set; }
    public string? RepresentativeName { get; private set; }
    public string TextVersion { get; private set; } = CurrentTextVersion;

    /// <summary>The day the consent was given (the date on the paper form, or the day given online).</summary>
    public DateOnly GivenOn { get; private set; }

    /// <summary>Recorded by the college's staff from a signed paper form, rather than given online by the learner.</summary>
    public bool OnPaper { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnByUserId { get; private set; }
    public string? WithdrawnByName { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    /// <summary>An adult learner's own consent, given on their page. A minor's consent comes from their representative, on paper.</summary>
    public static PersonalDataConsent GiveOnline(Learner learner, ConsentPurpose purpose, WorkflowUser by, DateTimeOffset at)
    {
        var today = BishkekTime.DayOf(at);
        Guard.That(Enum.IsDefined(purpose), "Consent_PurposeRequired");
        Guard.That(!learner.IsMinorOn(today), "Consent_MinorNeedsRepresentative");
        return New(learner, purpose, ConsentGiver.Learner, null, today, onPaper: false, by, at);
    }

    /// <summary>A signed paper form, recorded by the college's staff: the learner's own (an adult's) or their legal
    /// representative's (always so for a minor).</summary>
    public static PersonalDataConsent RecordPaper(Learner learner, ConsentPurpose purpose, ConsentGiver giver, string? representativeName,
        DateOnly givenOn, WorkflowUser by, DateTimeOffset at)
    {
        var today = BishkekTime.DayOf(at);
        Guard.That(Enum.IsDefined(purpose), "Consent_PurposeRequired");
        Guard.That(Enum.IsDefined(giver), "Consent_GiverRequired");
        Guard.That(givenOn <= today, "Consent_DateInFuture");
        Guard.That(giver == ConsentGiver.LegalRepresentative || !learner.IsMinorOn(givenOn), "Consent_MinorNeedsRepresentative");
        var name = giver == ConsentGiver.LegalRepresentative ? Guard.Text(representativeName, "Consent_RepresentativeRequired") : null;
        return New(learner, purpose, giver, name, givenOn, onPaper: true, by, at);
    }

    public void Withdraw(WorkflowUser by, DateTimeOffset at)
    {
        Guard.That(IsActive, "Consent_AlreadyWithdrawn");
        (WithdrawnAt, WithdrawnByUserId, WithdrawnByName) = (at, by.UserId, by.Name);
    }

    private static PersonalDataConsent New(Learner learner, ConsentPurpose purpose, ConsentGiver giver, string? representative, DateOnly givenOn,
        bool onPaper, WorkflowUser by, DateTimeOffset at) => new()
    {
        CollegeId = learner.CollegeId,
        LearnerId = learner.Id,
        Purpose = purpose,
        GivenBy = giver,
        RepresentativeName = representative,
        GivenOn = givenOn,
        OnPaper = onPaper,
        RecordedAt = at,
        RecordedByUserId = by.UserId,
        RecordedByName = by.Name,
    };

}
