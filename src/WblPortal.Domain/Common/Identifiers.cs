using System.Text.RegularExpressions;

namespace WblPortal.Domain.Common;

/// <summary>Kyrgyz identifiers: ПИН and ИНН are 14 digits; phones are +996 and nine digits (E.164).</summary>
public static partial class Identifiers
{
    public static bool IsPin(string? value) => value is not null && FourteenDigits().IsMatch(value);

    public static bool IsInn(string? value) => value is not null && FourteenDigits().IsMatch(value);

    /// <summary>Normalizes "+996 (555) 12-34-56", "0555123456" or "996555123456" to "+996555123456";
    /// null when it is not a Kyrgyz number.</summary>
    public static string? NormalizePhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 12 && digits.StartsWith("996", StringComparison.Ordinal))
        {
            return "+" + digits;
        }

        if (digits.Length == 10 && digits[0] == '0')
        {
            return "+996" + digits[1..];
        }

        if (digits.Length == 9 && !value.TrimStart().StartsWith('+'))
        {
            return "+996" + digits;
        }

        return null;
    }

    /// <summary>The common (unofficial) reading of a ПИН: first digit gender (1 female, 2 male), then DDMMYYYY.
    /// Used only for warnings.</summary>
    public static (Gender? Gender, DateOnly? BirthDate) ReadPin(string pin)
    {
        if (!IsPin(pin))
        {
            return (null, null);
        }

        Gender? gender = pin[0] switch { '1' => Gender.Female, '2' => Gender.Male, _ => null };
        DateOnly? date = DateOnly.TryParseExact(pin.Substring(1, 8), "ddMMyyyy", out var d) ? d : null;
        return (gender, date);
    }

    [GeneratedRegex("^[0-9]{14}$")]
    private static partial Regex FourteenDigits();
}
