namespace WblPortal.Domain.Privacy;

/// <summary>
/// Small-cell suppression of the figures national readers see (Law No. 58: the ministry gets counts, never a person).
/// A count of people from 1 to <see cref="Threshold"/> − 1 is replaced by <see cref="SmallCell.Small"/> (shown "&lt;5");
/// 0 stays 0. <b>Secondary suppression</b>, so that a total cannot be differenced back to a small cell: in every group a
/// table adds up over — each row and each column — a group holding exactly one suppressed cell also loses its smallest
/// other non-zero cell (<see cref="SmallCell.Hidden"/>, shown "×"), repeated until no group has exactly one. A group
/// whose only non-zero cell is small needs nothing more: its total is that same small count and is suppressed itself.
/// Percentages derived from a suppressed count are suppressed too (<see cref="Derived"/>).
/// Markers are negative so that a renderer that forgot <see cref="SmallCell.Format"/> shows a nonsense "-1", never the
/// count it hides.
/// </summary>
public sealed class SmallCellRule
{
    public const int StandardThreshold = 5;

    public SmallCellRule(int threshold = StandardThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        Threshold = threshold;
    }

    public static SmallCellRule Standard { get; } = new();

    /// <summary>Suppresses nothing: only where exact counts are the point (tests of the arithmetic, see
    /// <c>Privacy:SuppressSmallCells</c>).</summary>
    public static SmallCellRule Off { get; } = new(1);

    /// <summary>The smallest count shown as it is.</summary>
    public int Threshold { get; }

    public bool IsSmall(int count) => count > 0 && count < Threshold;

    /// <summary>A figure standing alone (no total or sibling it adds up with).</summary>
    public int Cell(int count) => IsSmall(count) ? SmallCell.Small : count;

    /// <summary>A table whose rows and columns add up (a total or sibling figure elsewhere may show their sums): primary
    /// and secondary suppression over the <paramref name="countColumns"/> (all columns when null). Other columns (shares,
    /// numbers of organizations or events) are copied as they are. Returns a new table.</summary>
    public int[][] Table(IReadOnlyList<IReadOnlyList<int>> rows, IReadOnlyCollection<int>? countColumns = null)
    {
        var table = rows.Select(r => r.ToArray()).ToArray();
        var width = table.Length == 0 ? 0 : table.Max(r => r.Length);
        var columns = (countColumns ?? Enumerable.Range(0, width).ToArray()).Where(c => c >= 0 && c < width).Distinct().Order().ToArray();
        var hidden = table.Select(r => new bool[r.Length]).ToArray();
        foreach (var (row, i) in table.Select((r, i) => (r, i)))
        {
            foreach (var c in columns.Where(c => c < row.Length && IsSmall(row[c])))
            {
                hidden[i][c] = true;
            }
        }

        // Each pass hides at least one more cell or stops, so this ends.
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < table.Length; i++)
            {
                changed |= HideSecond(columns.Where(c => c < table[i].Length).Select(c => (i, c)).ToList(), table, hidden);
            }

            foreach (var c in columns)
            {
                changed |= HideSecond(Enumerable.Range(0, table.Length).Where(i => c < table[i].Length).Select(i => (i, c)).ToList(), table, hidden);
            }
        }
        while (changed);

        for (var i = 0; i < table.Length; i++)
        {
            for (var c = 0; c < table[i].Length; c++)
            {
                if (hidden[i][c])
                {
                    table[i][c] = IsSmall(table[i][c]) ? SmallCell.Small : SmallCell.Hidden;
                }
            }
        }

        return table;
    }

    /// <summary>A value computed from counts (a percentage, a mean): suppressed when any of its counts is.</summary>
    public static decimal Derived(decimal value, params int[] fromCounts) =>
        fromCounts.Any(SmallCell.IsSuppressed) ? SmallCell.Hidden : value;

    private static bool HideSecond(List<(int Row, int Column)> group, int[][] table, bool[][] hidden)
    {
        if (group.Count(x => hidden[x.Row][x.Column]) != 1)
        {
            return false;
        }

        var next = group.Where(x => !hidden[x.Row][x.Column] && table[x.Row][x.Column] > 0)
            .OrderBy(x => table[x.Row][x.Column]).ThenBy(x => x.Row).ThenBy(x => x.Column)
            .Select(x => ((int Row, int Column)?)x).FirstOrDefault();
        if (next is not { } n)
        {
            return false;
        }

        hidden[n.Row][n.Column] = true;
        return true;
    }
}

/// <summary>The markers a suppressed figure carries in place of its count, and how every renderer shows them.</summary>
public static class SmallCell
{
    /// <summary>A count from 1 to 4: shown "&lt;5".</summary>
    public const int Small = -1;

    /// <summary>A count hidden so that a small one cannot be worked out from a total: shown "×".</summary>
    public const int Hidden = -2;

    public static bool IsSuppressed(int value) => value is Small or Hidden;

    public static bool IsSuppressed(decimal value) => value is Small or Hidden;

    /// <summary>"&lt;5", "×" or the number (<paramref name="format"/>, e.g. "0.#" for decimals).</summary>
    public static string Format(decimal value, IFormatProvider? provider = null, string? format = null) =>
        value switch
        {
            Small => "<" + SmallCellRule.StandardThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Hidden => "×",
            _ => value.ToString(format, provider ?? System.Globalization.CultureInfo.InvariantCulture),
        };
}
