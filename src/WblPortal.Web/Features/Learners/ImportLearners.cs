using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Learners;

/// <summary>
/// Registers many learners from a UTF-8 CSV file, all or nothing: any error in any row saves no row and the report
/// names the row (as a spreadsheet numbers it: the header is row 1) and the column. Groups and ПИНs are looked up once
/// for the whole file, and the rows are saved by one SaveChanges (one transaction, with their audit entries).
/// </summary>
public static class ImportLearners
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxRows = 10_000;

    /// <summary>The report stops here: past it the file needs fixing as a whole, and the page stays small.</summary>
    public const int MaxErrors = 1_000;

    /// <summary>A column of the import file: its header (fixed, language-neutral), the CollegeResource keys of its
    /// label and hint, whether it is required, and an example value.</summary>
    public sealed record Column(string Header, string LabelKey, string HintKey, bool Required, string Example);

    public static readonly Column Group = new("group", "Import_Col_Group", "Import_Hint_Group", true, "ПО-1-25");
    public static readonly Column LastName = new("last_name", "Learner_LastName", "Import_Hint_LastName", true, "Өмүрбекова");
    public static readonly Column FirstName = new("first_name", "Learner_FirstName", "Import_Hint_FirstName", true, "Айгүл");
    public static readonly Column Patronymic = new("patronymic", "Learner_Patronymic", "Import_Hint_Patronymic", false, "Таалайбековна");
    public static readonly Column Pin = new("pin", "Learner_Pin", "Import_Hint_Pin", true, "10105200712345");
    public static readonly Column DateOfBirth = new("date_of_birth", "Learner_DateOfBirth", "Import_Hint_DateOfBirth", true, "01.05.2007");
    public static readonly Column Gender = new("gender", "Learner_Gender", "Import_Hint_Gender", true, "F");
    public static readonly Column SpecialNeeds = new("special_needs", "Learner_HasSpecialNeeds", "Import_Hint_SpecialNeeds", false, "no");
    public static readonly Column SpecialNeedsNote = new("special_needs_note", "Learner_SpecialNeedsNote", "Import_Hint_SpecialNeedsNote", false, "");
    public static readonly Column RepresentativeName = new("representative_name", "Learner_RepresentativeName", "Import_Hint_RepresentativeName", false, "Өмүрбеков Таалай");
    public static readonly Column RepresentativePhone = new("representative_phone", "Learner_RepresentativePhone", "Import_Hint_RepresentativePhone", false, "+996555123456");
    public static readonly Column Phone = new("phone", "Field_Phone", "Import_Hint_Phone", false, "0700123456");
    public static readonly Column Email = new("email", "Field_Email", "Import_Hint_Email", false, "aigul@example.kg");

    public static readonly IReadOnlyList<Column> Columns =
        [Group, LastName, FirstName, Patronymic, Pin, DateOfBirth, Gender, SpecialNeeds, SpecialNeedsNote, RepresentativeName, RepresentativePhone, Phone, Email];

    /// <summary>The column each validated property is read from, so a rule's failure is reported against it.</summary>
    private static readonly Dictionary<string, Column> ColumnOfProperty = new()
    {
        [nameof(LearnerFields.LastName)] = LastName,
        [nameof(LearnerFields.FirstName)] = FirstName,
        [nameof(LearnerFields.Patronymic)] = Patronymic,
        [nameof(LearnerFields.Pin)] = Pin,
        [nameof(LearnerFields.DateOfBirth)] = DateOfBirth,
        [nameof(LearnerFields.Gender)] = Gender,
        [nameof(LearnerFields.HasSpecialNeeds)] = SpecialNeeds,
        [nameof(LearnerFields.SpecialNeedsNote)] = SpecialNeedsNote,
        [nameof(LearnerFields.RepresentativeName)] = RepresentativeName,
        [nameof(LearnerFields.RepresentativePhone)] = RepresentativePhone,
        [nameof(LearnerFields.Phone)] = Phone,
        [nameof(LearnerFields.Email)] = Email,
    };

    /// <summary>One problem: the row (null for the file as a whole), the column's localized label (null for the whole
    /// row or file) and the localized message.</summary>
    public sealed record Problem(int? Row, string? Column, string Message);

    public sealed record Result(int Saved, IReadOnlyList<Problem> Errors, IReadOnlyList<Problem> Warnings)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>The template: the header row only, UTF-8 with a byte order mark so that Excel reads the Kyrgyz letters.</summary>
    public static byte[] Template() => WriteCsv([Columns.Select(c => c.Header).ToArray()], byteOrderMark: true);

    /// <summary>The error report as CSV text: row, column, message.</summary>
    public static string Report(IEnumerable<Problem> problems, string rowHeader, string columnHeader, string messageHeader)
    {
        var records = problems.Select(p => new[] { p.Row?.ToString(CultureInfo.InvariantCulture) ?? "", p.Column ?? "", p.Message });
        return Encoding.UTF8.GetString(WriteCsv([[rowHeader, columnHeader, messageHeader], .. records], byteOrderMark: false));
    }

    /// <summary>Text as a UTF-8 file with a byte order mark, so that Excel reads the Kyrgyz letters.</summary>
    public static byte[] Utf8File(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    /// <summary>Records as CSV (RFC 4180, formula injection escaped); also writes the open-data files (Features/Api/OpenData.cs).</summary>
    internal static byte[] WriteCsv(IEnumerable<string[]> records, bool byteOrderMark)
    {
        using var stream = new MemoryStream();
        // Injection escaping: a report or template opened in Excel must not run a cell as a formula.
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = byteOrderMark, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var record in records)
            {
                csv.WriteRecord(record);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Reads F/M and their Kyrgyz (аял/эркек) and Russian (женский/мужской) words and initials.</summary>
    public static Gender? ParseGender(string value) => value.Trim().ToLowerInvariant() switch
    {
        "f" or "female" or "ж" or "жен" or "женский" or "а" or "аял" or "1" => Domain.Common.Gender.Female,
        "m" or "male" or "м" or "муж" or "мужской" or "э" or "эркек" or "2" => Domain.Common.Gender.Male,
        _ => null,
    };

    /// <summary>Reads yes/no in the portal's three languages; empty is no.</summary>
    public static bool? ParseYesNo(string value) => value.Trim().ToLowerInvariant() switch
    {
        "" or "0" or "no" or "n" or "жок" or "нет" or "-" => false,
        "1" or "yes" or "y" or "ооба" or "да" or "+" => true,
        _ => null,
    };

    /// <summary>Reads dd.MM.yyyy (d.M.yyyy too).</summary>
    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), ["dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public sealed class Handler(
        WblDbContext db, IValidator<LearnerFields> validator, IStringLocalizer<SharedResource> l, IStringLocalizer<CollegeResource> c)
    {
        /// <summary>A data row as read: its number, group name, fields, and the values that could not be read.</summary>
        private sealed record Parsed(int Row, string GroupName, LearnerFields Fields, List<Problem> Unreadable);

        public async Task<Result> HandleAsync(Stream file, CancellationToken cancellationToken)
        {
            var content = await ReadAllAsync(file, cancellationToken);
            if (content is null)
            {
                return new Result(0, [new Problem(null, null, c["Import_TooLarge", MaxFileBytes / 1024 / 1024])], []);
            }

            var errors = new List<Problem>();
            var rows = Read(content, errors);
            if (errors.Count > 0)
            {
                return new Result(0, errors, []);
            }

            if (rows.Count == 0)
            {
                return new Result(0, [new Problem(null, null, c["Import_Empty"])], []);
            }

            // One query each for the whole file: the college's groups, and which ПИНs are already registered.
            var groups = await db.StudyGroups.AsNoTracking().Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
            var groupIds = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in groups)
            {
                groupIds.TryAdd(group.Name.Trim(), group.Id);
            }

            var pinsInFile = rows.Select(r => r.Fields.Pin?.Trim()).Where(Identifiers.IsPin).Select(p => p!).Distinct().ToList();
            var takenPins = await LearnerPins.TakenAsync(db, pinsInFile, null, cancellationToken);

            var firstRowOfPin = new Dictionary<string, int>(StringComparer.Ordinal);
            var learners = new List<Learner>(rows.Count);
            var warnings = new List<Problem>();
            foreach (var row in rows)
            {
                if (errors.Count >= MaxErrors)
                {
                    errors.Add(new Problem(row.Row, null, c["Import_TooManyErrors", MaxErrors]));
                    break;
                }

                errors.AddRange(row.Unreadable);
                if (!groupIds.TryGetValue(row.GroupName, out var groupId))
                {
                    errors.Add(At(row.Row, Group, row.GroupName.Length == 0 ? l["Validation_Required"] : c["Import_GroupNotFound"]));
                }

                var unreadable = row.Unreadable.Select(p => p.Column).ToHashSet();
                foreach (var failure in validator.Validate(row.Fields).Errors)
                {
                    var column = ColumnOfProperty[failure.PropertyName];
                    // A value that could not be read was reported as such; no "fill in this field" on top.
                    if (!unreadable.Contains(Label(column)))
                    {
                        errors.Add(At(row.Row, column, failure.ErrorMessage));
                    }
                }

                var pin = row.Fields.Pin?.Trim();
                if (Identifiers.IsPin(pin))
                {
                    if (firstRowOfPin.TryGetValue(pin!, out var first))
                    {
                        errors.Add(At(row.Row, Pin, c["Import_PinRepeated", first]));
                    }
                    else
                    {
                        firstRowOfPin[pin!] = row.Row;
                        if (takenPins.Contains(pin!))
                        {
                            errors.Add(At(row.Row, Pin, l["Validation_PinTaken"]));
                        }
                    }
                }

                if (errors.Count > 0)
                {
                    continue; // nothing will be saved; keep checking the other rows for the report
                }

                var learner = new Learner { CollegeId = db.Actor.CollegeId ?? Guid.Empty, GroupId = groupId, LastName = "", FirstName = "", Pin = "" };
                row.Fields.ApplyTo(learner);
                learners.Add(learner);
                foreach (var key in PinCheck.Warnings(learner.Pin, learner.DateOfBirth, learner.Gender))
                {
                    warnings.Add(At(row.Row, Pin, c[key]));
                }
            }

            if (errors.Count > 0)
            {
                return new Result(0, errors, []);
            }

            return await db.InTransactionAsync(async (transaction, ct) =>
            {
                db.Learners.AddRange(learners);
                try
                {
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                }
                catch (DbUpdateException e) when (e.IsUniqueViolation())
                {
                    // Someone registered one of the ПИНs meanwhile; the transaction rolls back and nothing is saved.
                    return new Result(0, [new Problem(null, Label(Pin), l["Validation_PinTaken"])], []);
                }

                return new Result(learners.Count, [], warnings);
            }, cancellationToken);
        }

        private string Label(Column column) => c[column.LabelKey];

        private Problem At(int row, Column column, string message) => new(row, Label(column), message);

        /// <summary>The upload's bytes, or null when it is larger than <see cref="MaxFileBytes"/>.</summary>
        private static async Task<byte[]?> ReadAllAsync(Stream file, CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }

        /// <summary>Reads the rows; an unreadable file or a wrong header goes into <paramref name="errors"/>, an
        /// unreadable value into its row.</summary>
        private List<Parsed> Read(byte[] content, List<Problem> errors)
        {
            var rows = new List<Parsed>();
            // Excel's plain "CSV" is the Windows code page; only UTF-8 keeps ң ө ү, so refuse anything else rather than guess.
            if (!Utf8.IsValid(content))
            {
                errors.Add(new Problem(null, null, c["Import_NotUtf8"]));
                return rows;
            }

            // The separator is detected (Excel writes ";" or "," depending on the region settings); line numbers are
            // the rows a spreadsheet shows; values stay out of exception messages (personal data).
            var options = CsvReaderOptions.Default with
            {
                TrimWhitespace = true,
                TrackLineNumbers = true,
                IncludeValuesInExceptions = false,
                MaxRecordSize = 64 * 1024,
            };
            using var csv = CsvReader.Create(content, options);
            try
            {
                var headers = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
                var index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Count; i++)
                {
                    if (headers[i].Length == 0)
                    {
                        continue;
                    }

                    if (Columns.All(col => col.Header != headers[i]))
                    {
                        errors.Add(new Problem(1, headers[i], c["Import_UnknownColumn"]));
                    }
                    else if (!index.TryAdd(headers[i], i))
                    {
                        errors.Add(new Problem(1, Label(Columns.First(col => col.Header == headers[i])), c["Import_DuplicateColumn"]));
                    }
                }

                if (headers.Count == 0)
                {
                    return rows;
                }

                foreach (var missing in Columns.Where(col => col.Required && !index.ContainsKey(col.Header)))
                {
                    errors.Add(new Problem(1, Label(missing), c["Import_MissingColumn", missing.Header]));
                }

                if (errors.Count > 0)
                {
                    return rows;
                }

                string Field(Column column) => index.TryGetValue(column.Header, out var i) ? csv.GetString(i) ?? "" : "";

                while (csv.Read())
                {
                    var row = (int)csv.LineNumber;
                    if (Enumerable.Range(0, csv.FieldCount).All(csv.IsEmpty))
                    {
                        continue; // a row Excel left with only separators
                    }

                    if (rows.Count == MaxRows)
                    {
                        errors.Add(new Problem(row, null, c["Import_TooManyRows", MaxRows]));
                        return rows;
                    }

                    var fields = new LearnerFields
                    {
                        LastName = Field(LastName),
                        FirstName = Field(FirstName),
                        Patronymic = Field(Patronymic),
                        Pin = Field(Pin),
                        SpecialNeedsNote = Field(SpecialNeedsNote),
                        RepresentativeName = Field(RepresentativeName),
                        RepresentativePhone = Field(RepresentativePhone),
                        Phone = Field(Phone),
                        Email = Field(Email),
                    };

                    var unreadable = new List<Problem>();
                    var date = Field(DateOfBirth);
                    fields.DateOfBirth = ParseDate(date);
                    if (fields.DateOfBirth is null && date.Length > 0)
                    {
                        unreadable.Add(At(row, DateOfBirth, c["Import_BadDate"]));
                    }

                    var gender = Field(Gender);
                    fields.Gender = ParseGender(gender);
                    if (fields.Gender is null && gender.Length > 0)
                    {
                        unreadable.Add(At(row, Gender, c["Import_BadGender"]));
                    }

                    var specialNeeds = ParseYesNo(Field(SpecialNeeds));
                    fields.HasSpecialNeeds = specialNeeds ?? false;
                    if (specialNeeds is null)
                    {
                        unreadable.Add(At(row, SpecialNeeds, c["Import_BadYesNo"]));
                    }

                    rows.Add(new Parsed(row, Field(Group), fields, unreadable));
                }
            }
            catch (CsvFormatException e)
            {
                errors.Add(new Problem(e.LineNumber > 0 ? (int)e.LineNumber : null, null, c["Import_Unreadable"]));
            }

            return rows;
        }
    }
}
