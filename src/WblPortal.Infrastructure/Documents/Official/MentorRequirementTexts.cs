using WblPortal.Domain.Mentors;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>Requirements on mentors (education, experience, skill grade, pedagogical training) as printed in an
/// agreement or a programme.</summary>
public sealed record MentorRequirementsModel(EducationLevel? MinEducationLevel, int? MinYearsOfExperience, int? MinSkillGrade, bool PedagogicalTrainingRequired, string? Notes);

internal static class MentorRequirementTexts
{
    public static IReadOnlyList<string> Lines(MentorRequirementsModel? r, DocumentLanguage language)
    {
        var lines = new List<string>();
        if (r?.MinEducationLevel is { } e)
        {
            lines.Add(language.Pick("билими: ", "образование: ") + Education(e, language) + language.Pick(" же андан жогору", " или выше"));
        }

        if (r?.MinYearsOfExperience is { } y)
        {
            lines.Add(language.Pick($"адистиги боюнча иш тажрыйбасы {y} жылдан кем эмес", $"стаж работы по специальности не менее {y} лет"));
        }

        if (r?.MinSkillGrade is { } g)
        {
            lines.Add(language.Pick($"разряды {g}-разряддан төмөн эмес", $"разряд не ниже {g}-го"));
        }

        if (r?.PedagogicalTrainingRequired == true)
        {
            lines.Add(language.Pick("педагогика, психология жана окутуу усулдары боюнча даярдыктан өткөн", "прошёл подготовку по педагогике, психологии и методике обучения"));
        }

        if (!string.IsNullOrWhiteSpace(r?.Notes))
        {
            lines.Add(r!.Notes!);
        }

        lines.Add(language.Pick(
            "эмгекти коргоо жана өрт коопсуздугу эрежелерин, өндүрүш технологиясын жана жабдууларды билет",
            "знает правила охраны труда и пожарной безопасности, технологию производства и оборудование"));
        return lines;
    }

    public static string Education(EducationLevel level, DocumentLanguage language) => level switch
    {
        EducationLevel.Secondary => language.Pick("орто", "среднее"),
        EducationLevel.PrimaryVocational => language.Pick("баштапкы кесиптик", "начальное профессиональное"),
        EducationLevel.SecondaryVocational => language.Pick("орто кесиптик", "среднее профессиональное"),
        _ => language.Pick("жогорку", "высшее"),
    };
}
