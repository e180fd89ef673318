using FluentValidation;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;

namespace WblPortal.Web.Features.Learners;

/// <summary>A learner's own data, as typed in the form or read from an import row.</summary>
public class LearnerFields
{
    public string? LastName { get; set; }
    public string? FirstName { get; set; }
    public string? Patronymic { get; set; }
    public string? Pin { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Gender? Gender { get; set; }
    public bool HasSpecialNeeds { get; set; }
    public string? SpecialNeedsNote { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativePhone { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>Copies the fields onto the entity, trimmed, with phones in E.164 and empty text as null.</summary>
    public void ApplyTo(Learner learner)
    {
        learner.LastName = LastName!.Trim();
        learner.FirstName = FirstName!.Trim();
        learner.Patronymic = OrNull(Patronymic);
        learner.Pin = Pin!.Trim();
        learner.DateOfBirth = DateOfBirth!.Value;
        learner.Gender = Gender!.Value;
        learner.HasSpecialNeeds = HasSpecialNeeds;
        learner.SpecialNeedsNote = HasSpecialNeeds ? OrNull(SpecialNeedsNote) : null;
        learner.RepresentativeName = OrNull(RepresentativeName);
        learner.RepresentativePhone = Identifiers.NormalizePhone(RepresentativePhone);
        learner.Phone = Identifiers.NormalizePhone(Phone);
        learner.Email = OrNull(Email);
    }

    private static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The rules on a learner's own data that need no database: shared by the form and the CSV import.</summary>
public sealed class LearnerFieldsValidator : AbstractValidator<LearnerFields>
{
    public const int MinAge = 13;
    public const int MaxAge = 80;

    public LearnerFieldsValidator(IStringLocalizer<SharedResource> l, IStringLocalizer<CollegeResource> c, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = () => BishkekTime.Today(clock);

        RuleFor(x => x.LastName).NotEmpty().WithMessage(_ => l["Validation_Required"])
            .MaximumLength(100).WithMessage(_ => l["Validation_MaxLength", 100]);
        RuleFor(x => x.FirstName).NotEmpty().WithMessage(_ => l["Validation_Required"])
            .MaximumLength(100).WithMessage(_ => l["Validation_MaxLength", 100]);
        RuleFor(x => x.Patronymic).MaximumLength(100).WithMessage(_ => l["Validation_MaxLength", 100]);
        RuleFor(x => x.Pin).NotEmpty().WithMessage(_ => l["Validation_Required"])
            .Must(pin => Identifiers.IsPin(pin!.Trim())).WithMessage(_ => l["Validation_Pin"]);
        RuleFor(x => x.DateOfBirth).NotNull().WithMessage(_ => l["Validation_Required"])
            .Must(d => Learner.AgeOn(d!.Value, today()) is >= MinAge and <= MaxAge).WithMessage(_ => l["Validation_DateOfBirth"]);
        RuleFor(x => x.Gender).NotNull().WithMessage(_ => l["Validation_Required"])
            .IsInEnum().WithMessage(_ => l["Validation_Required"]);
        RuleFor(x => x.SpecialNeedsNote).MaximumLength(1000).WithMessage(_ => l["Validation_MaxLength", 1000]);

        // A minor's legal representative is who the college reaches and who consents (Law No. 58 on personal information).
        RuleFor(x => x.RepresentativeName).NotEmpty().WithMessage(_ => c["Validation_RepresentativeRequired"])
            .When(x => IsMinor(x, today()));
        RuleFor(x => x.RepresentativeName).MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
        RuleFor(x => x.RepresentativePhone).NotEmpty().WithMessage(_ => c["Validation_RepresentativeRequired"])
            .When(x => IsMinor(x, today()));
        RuleFor(x => x.RepresentativePhone).Must(p => Identifiers.NormalizePhone(p) is not null).WithMessage(_ => l["Validation_Phone"])
            .When(x => !string.IsNullOrWhiteSpace(x.RepresentativePhone));
        RuleFor(x => x.Phone).Must(p => Identifiers.NormalizePhone(p) is not null).WithMessage(_ => l["Validation_Phone"])
            .When(x => !string.IsNullOrWhiteSpace(x.Phone));
        RuleFor(x => x.Email).MaximumLength(256).WithMessage(_ => l["Validation_MaxLength", 256])
            .EmailAddress().WithMessage(_ => l["Validation_Email"])
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
    }

    public static bool IsMinor(LearnerFields fields, DateOnly today) =>
        fields.DateOfBirth is { } birth && Learner.AgeOn(birth, today) < 18;
}

/// <summary>The common, unofficial reading of a ПИН (gender digit, then DDMMYYYY) compared with what was entered. A
/// mismatch is only a warning: the reading is not official and real ПИНs break it.</summary>
public static class PinCheck
{
    public const string GenderMismatch = "Learner_PinGenderWarning";
    public const string DateMismatch = "Learner_PinDateWarning";

    /// <summary>The CollegeResource keys of the warnings that apply; empty when the ПИН agrees or cannot be read.</summary>
    public static IReadOnlyList<string> Warnings(string pin, DateOnly dateOfBirth, Gender gender)
    {
        var (pinGender, pinDate) = Identifiers.ReadPin(pin);
        var warnings = new List<string>(2);
        if (pinGender is not null && pinGender != gender)
        {
            warnings.Add(GenderMismatch);
        }

        if (pinDate is not null && pinDate != dateOfBirth)
        {
            warnings.Add(DateMismatch);
        }

        return warnings;
    }
}
