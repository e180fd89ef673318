using System.Text;
using WblPortal.Domain.Common;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the college pages' tests: ПИНs that agree with their holder, and learner import files.</summary>
public sealed partial class TestData
{
    /// <summary>A ПИН unique in this run that agrees with the common reading (gender digit, then DDMMYYYY).</summary>
    public static string Pin(Gender gender, DateOnly birth) =>
        (gender == Gender.Female ? "1" : "2") + birth.ToString("ddMMyyyy") + (Next() % 100_000).ToString("00000");

    /// <summary>The header of the learner import template.</summary>
    public static readonly string[] ImportHeader =
        ["group", "last_name", "first_name", "patronymic", "pin", "date_of_birth", "gender", "special_needs", "special_needs_note",
         "representative_name", "representative_phone", "phone", "email"];

    /// <summary>One valid import row of an adult learner in the given group; change what the test is about.</summary>
    public static ImportRow LearnerRow(string group, Action<ImportRow>? configure = null)
    {
        var birth = new DateOnly(2004, 3, 15);
        var row = new ImportRow { Group = group, Pin = Pin(Gender.Female, birth), DateOfBirth = birth.ToString("dd.MM.yyyy") };
        configure?.Invoke(row);
        return row;
    }

    /// <summary>A UTF-8 CSV import file: the header, then the rows.</summary>
    public static byte[] ImportFile(IEnumerable<ImportRow> rows, char separator = ',')
    {
        var text = new StringBuilder();
        text.Append(string.Join(separator, ImportHeader)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(separator, row.Fields().Select(Quote))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());

        string Quote(string value) => value.Contains(separator) || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public sealed class ImportRow
    {
        public string Group { get; set; } = "";
        public string LastName { get; set; } = "Өмүрбекова";
        public string FirstName { get; set; } = "Айгүл";
        public string Patronymic { get; set; } = "";
        public string Pin { get; set; } = "";
        public string DateOfBirth { get; set; } = "";
        public string Gender { get; set; } = "F";
        public string SpecialNeeds { get; set; } = "";
        public string SpecialNeedsNote { get; set; } = "";
        public string RepresentativeName { get; set; } = "";
        public string RepresentativePhone { get; set; } = "";
        public string Phone { get; set; } = "";
        public string Email { get; set; } = "";

        public string[] Fields() =>
            [Group, LastName, FirstName, Patronymic, Pin, DateOfBirth, Gender, SpecialNeeds, SpecialNeedsNote, RepresentativeName, RepresentativePhone, Phone, Email];
    }
}
