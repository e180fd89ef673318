using System.Text;
using WblPortal.Web.Security;

namespace WblPortal.UnitTests.Security;

public sealed class TotpTests
{
    // RFC 6238 Appendix B (SHA-1 key "12345678901234567890"); apps show the last 6 of the 8 digits.
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1111111111, "050471")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_MatchesRfc6238TestVectors(long unixSeconds, string expected)
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");

        Assert.Equal(expected, Totp.Code(key, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));
    }

    [Fact]
    public void FromBase32_DecodesRfc4648VectorsIgnoringCaseAndSpaces()
    {
        Assert.Equal("foobar"u8.ToArray(), Totp.FromBase32("mzxw 6ytb oi======"));
        Assert.Null(Totp.FromBase32("not base32!"));
    }
}
