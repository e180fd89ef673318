using System.Collections.Frozen;
using System.Text;

namespace WblPortal.Infrastructure.Documents.Hyphenation;

/// <summary>Where a word may be broken at a line end (a hyphen is added there).</summary>
public interface IHyphenator
{
    /// <summary>Indexes i (0 &lt; i &lt; word.Length) where the word may break before word[i], in increasing order.</summary>
    IReadOnlyList<int> Points(string word);
}

public static class Hyphenators
{
    private static readonly Lazy<LiangHyphenator> RussianPatterns = new(LiangHyphenator.LoadRussian);

    public static IHyphenator Russian => RussianPatterns.Value;

    public static IHyphenator Kyrgyz => KyrgyzHyphenator.Instance;

    /// <summary>Kyrgyz for "ky…" (and by default), Russian for "ru…".</summary>
    public static IHyphenator For(string? language) =>
        language is not null && language.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Russian : Kyrgyz;

    internal static bool IsCyrillicVowel(char c) => char.ToLowerInvariant(c) is 'а' or 'е' or 'ё' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я' or 'ө' or 'ү';

    internal static bool IsSign(char c) => char.ToLowerInvariant(c) is 'ь' or 'ъ';
}

/// <summary>
/// Liang's algorithm (TeX, Hunspell/LibreOffice "hyph_*.dic" files) with Debian's hyphen-ru patterns
/// (<c>hyph_ru_RU.dic</c>, LPPL, see LICENSE-hyphen-ru.txt): a word, framed by dots, takes the highest digit of every
/// pattern matching at each gap; odd digits allow a break. At least two letters stay on each side.
/// </summary>
public sealed class LiangHyphenator : IHyphenator
{
    private const int MinLeft = 2;
    private const int MinRight = 2;
    private readonly FrozenDictionary<string, byte[]> _patterns;
    private readonly FrozenDictionary<string, int[]> _exceptions;
    private readonly int _longest;

    public LiangHyphenator(IEnumerable<string> lines)
    {
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var exceptions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line is "%" or "}" || line.StartsWith('\\') || line.StartsWith('%') || line.All(char.IsUpper))
            {
                continue;
            }

            if (line.Contains('-'))
            {
                var points = new List<int>();
                var word = new StringBuilder();
                foreach (var c in line)
                {
                    if (c == '-')
                    {
                        points.Add(word.Length);
                    }
                    else
                    {
                        word.Append(c);
                    }
                }

                exceptions[word.ToString()] = [.. points];
                continue;
            }

            var letters = new StringBuilder();
            var digits = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(c);
                    digits.Add(0);
                }
            }

            patterns[letters.ToString()] = [.. digits];
        }

        _patterns = patterns.ToFrozenDictionary(StringComparer.Ordinal);
        _exceptions = exceptions.ToFrozenDictionary(StringComparer.Ordinal);
        _longest = patterns.Count == 0 ? 0 : patterns.Keys.Max(k => k.Length);
    }

    internal static LiangHyphenator LoadRussian()
    {
        using var stream = typeof(LiangHyphenator).Assembly.GetManifestResourceStream("WblPortal.Infrastructure.Documents.Hyphenation.hyph_ru_RU.dic")
            ?? throw new InvalidOperationException("The Russian hyphenation patterns are not embedded.");
        using var reader = new StreamReader(stream, Koi8R.Encoding);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new LiangHyphenator(lines);
    }

    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < MinLeft + MinRight)
        {
            return [];
        }

        var lower = word.ToLowerInvariant();
        if (_exceptions.TryGetValue(lower, out var listed))
        {
            return listed;
        }

        // Only runs of letters are hyphenated by the patterns; a word like "ОРМ-дин" keeps its own hyphen.
        if (!lower.All(char.IsLetter))
        {
            return [];
        }

        var framed = "." + lower + ".";
        var values = new byte[framed.Length + 1];
        for (var start = 0; start < framed.Length; start++)
        {
            for (var length = 1; length <= Math.Min(_longest, framed.Length - start); length++)
            {
                if (_patterns.TryGetValue(framed.Substring(start, length), out var digits))
                {
                    for (var k = 0; k < digits.Length; k++)
                    {
                        if (digits[k] > values[start + k])
                        {
                            values[start + k] = digits[k];
                        }
                    }
                }
            }
        }

        // values[i] is the gap before framed[i]; framed[i] is word[i - 1], so a break before word[j] is values[j + 1].
        var points = new List<int>();
        for (var j = MinLeft; j <= word.Length - MinRight; j++)
        {
            if (values[j + 1] % 2 == 1 && !Hyphenators.IsSign(word[j]))
            {
                points.Add(j);
            }
        }

        return points;
    }

    /// <summary>KOI8-R without the code-pages provider: the pattern file's only non-ASCII characters are the Russian letters.</summary>
    private static class Koi8R
    {
        public static readonly Encoding Encoding = new Koi8REncoding();

        private sealed class Koi8REncoding : Encoding
        {
            // 0xC0..0xFF: юабцдефгхийклмнопярстужвьызшэщчъ, then the same in capitals; 0xA3 ё, 0xB3 Ё.
            private const string Upper = "юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ";

            public override int GetByteCount(char[] chars, int index, int count) => count;

            public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
                throw new NotSupportedException();

            public override int GetCharCount(byte[] bytes, int index, int count) => count;

            public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
            {
                for (var i = 0; i < byteCount; i++)
                {
                    var b = bytes[byteIndex + i];
                    chars[charIndex + i] = b switch
                    {
                        < 0x80 => (char)b,
                        0xA3 => 'ё',
                        0xB3 => 'Ё',
                        >= 0xC0 => Upper[b - 0xC0],
                        _ => '?',
                    };
                }

                return byteCount;
            }

            public override int GetMaxByteCount(int charCount) => charCount;

            public override int GetMaxCharCount(int byteCount) => byteCount;
        }
    }
}

/// <summary>
/// Kyrgyz syllables: every syllable has one vowel (a doubled long vowel — аа, оо, үү … — is one); of the consonants
/// between two vowels the last begins the next syllable (ба-ла, ал-ма, айт-ты), and ь/ъ stay with the consonant before
/// them. A word breaks between syllables, leaving at least two letters on each side; a word with its own hyphen
/// ("ОРМ-дин") breaks only there.
/// </summary>
public sealed class KyrgyzHyphenator : IHyphenator
{
    public static readonly KyrgyzHyphenator Instance = new();

    private KyrgyzHyphenator()
    {
    }

    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < 4 || !word.All(char.IsLetter))
        {
            return [];
        }

        var lower = word.ToLowerInvariant();
        var points = new List<int>();
        var previousVowelEnd = -1; // index after the last vowel nucleus seen
        var i = 0;
        while (i < lower.Length)
        {
            if (!Hyphenators.IsCyrillicVowel(lower[i]))
            {
                i++;
                continue;
            }

            var nucleusStart = i;
            i++;
            while (i < lower.Length && lower[i] == lower[nucleusStart])
            {
                i++; // a long vowel
            }

            if (previousVowelEnd >= 0)
            {
                var consonants = nucleusStart - previousVowelEnd;
                var point = consonants == 0 ? nucleusStart : nucleusStart - 1;
                while (point > previousVowelEnd && Hyphenators.IsSign(lower[point]))
                {
                    point++; // never start a syllable with ь or ъ
                }

                if (point >= 2 && point <= lower.Length - 2 && point <= nucleusStart && !Hyphenators.IsSign(lower[point]))
                {
                    points.Add(point);
                }
            }

            previousVowelEnd = i;
        }

        return points;
    }
}
