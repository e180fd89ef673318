using WblPortal.Domain.Privacy;

namespace WblPortal.UnitTests.Privacy;

public sealed class SmallCellRuleTests
{
    private static readonly SmallCellRule Rule = SmallCellRule.Standard;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, SmallCell.Small)]
    [InlineData(4, SmallCell.Small)]
    [InlineData(5, 5)]
    [InlineData(120, 120)]
    public void Cell_SuppressesOneToFourAndKeepsZero(int count, int shown) =>
        Assert.Equal(shown, Rule.Cell(count));

    [Fact]
    public void Format_ShowsLessThanFiveForSmallAndCrossForHidden()
    {
        Assert.Equal("<5", SmallCell.Format(SmallCell.Small));
        Assert.Equal("×", SmallCell.Format(SmallCell.Hidden));
        Assert.Equal("0", SmallCell.Format(0));
        Assert.Equal("12,5", SmallCell.Format(12.5m, new System.Globalization.CultureInfo("ru-KG"), "0.#"));
    }

    [Fact]
    public void Table_RowWithOneSmallCell_HidesTheNextSmallestSoTheRowTotalCannotBeDifferenced()
    {
        // learners, female, male: learners = female + male; female 3 alone would be learners − male.
        var shown = Rule.Table([[43, 3, 40]]);

        Assert.Equal([43, SmallCell.Small, SmallCell.Hidden], shown[0]);
    }

    [Fact]
    public void Table_ColumnWithOneSmallCell_HidesTheNextSmallestSoTheNationalTotalCannotBeDifferenced()
    {
        // Regions of one column; the national total (212) is shown elsewhere.
        var shown = Rule.Table([[120], [2], [60], [30], [0]]);

        Assert.Equal([120, SmallCell.Small, 60, SmallCell.Hidden, 0], shown.Select(r => r[0]));
        // What is left visible no longer gives the small cell: 212 − 120 − 60 = 32 = "<5" + "×".
        Assert.Equal(2, shown.Count(r => SmallCell.IsSuppressed(r[0])));
    }

    [Fact]
    public void Table_EveryRowAndColumnEndsWithNoneOrAtLeastTwoSuppressed()
    {
        int[][] raw =
        [
            [50, 2, 48, 7],
            [30, 14, 16, 0],
            [9, 4, 5, 1],
            [0, 0, 0, 0],
            [61, 30, 31, 12],
        ];

        var shown = Rule.Table(raw);

        foreach (var row in shown)
        {
            Assert.NotEqual(1, row.Count(SmallCell.IsSuppressed));
        }

        for (var c = 0; c < 4; c++)
        {
            Assert.NotEqual(1, shown.Count(r => SmallCell.IsSuppressed(r[c])));
        }

        // Every count from 1 to 4 is suppressed, every zero stays zero, every shown number is the true one.
        for (var i = 0; i < raw.Length; i++)
        {
            for (var c = 0; c < 4; c++)
            {
                if (raw[i][c] is > 0 and < 5)
                {
                    Assert.Equal(SmallCell.Small, shown[i][c]);
                }
                else if (raw[i][c] == 0)
                {
                    Assert.Equal(0, shown[i][c]);
                }
                else
                {
                    Assert.True(shown[i][c] == raw[i][c] || shown[i][c] == SmallCell.Hidden);
                }
            }
        }
    }

    [Fact]
    public void Table_GroupWhoseOnlyNonZeroCellIsSmall_HidesNothingElse()
    {
        // 3, 0, 0: the total is 3 as well and is suppressed by itself; the zeros stay.
        var shown = Rule.Table([[3, 0, 0]]);

        Assert.Equal([SmallCell.Small, 0, 0], shown[0]);
    }

    [Fact]
    public void Table_LeavesColumnsThatAreNotCountsOfPeople()
    {
        // learners, events held (not people), share %
        var shown = Rule.Table([[3, 2, 40], [10, 1, 55]], countColumns: [0]);

        Assert.Equal([SmallCell.Small, 2, 40], shown[0]);
        Assert.Equal([SmallCell.Hidden, 1, 55], shown[1]);
    }

    [Fact]
    public void Table_Off_ShowsEveryCount()
    {
        var raw = new[] { new[] { 3, 1, 2 } };

        Assert.Equal(raw[0], SmallCellRule.Off.Table(raw)[0]);
    }

    [Fact]
    public void Derived_PercentageOfASuppressedCount_IsSuppressed()
    {
        Assert.Equal(SmallCell.Hidden, SmallCellRule.Derived(37.5m, SmallCell.Small, 8));
        Assert.Equal(37.5m, SmallCellRule.Derived(37.5m, 30, 80));
    }
}
