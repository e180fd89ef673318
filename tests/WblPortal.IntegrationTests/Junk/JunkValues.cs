namespace WblPortal.IntegrationTests.Junk;

/// <summary>A junk value as it goes on the wire, already percent-encoded (so that a NUL byte or invalid UTF-8 reaches
/// the portal as such, which HttpClient's own encoders would refuse or repair).</summary>
public sealed record JunkValue(string Kind, string Encoded)
{
    /// <summary>The bytes the value stands for (for multipart bodies).</summary>
    public byte[] Bytes => System.Web.HttpUtility.UrlDecodeToBytes(Encoded);

    public static readonly IReadOnlyList<JunkValue> All =
    [
        new("nul", "a%00b"),
        new("invalid-utf8", "%ED%A0%80x%FF"),
        new("long", new string('x', 3000)),
        new("non-ascii", Uri.EscapeDataString("Жаңы өңүр ✓ 中文 /ж?ү=1")),
        new("minus-one", "-1"),
        new("zero", "0"),
        new("9999", "9999"),
        new("int-overflow", "2147483648"),
        new("yes", "yes"),
        new("dot-dot", Uri.EscapeDataString("../../../etc/passwd")),
        new("script", Uri.EscapeDataString("<script>alert(1)</script>")),
        new("sql-quote", Uri.EscapeDataString("' OR '1'='1' --")),
    ];

    /// <summary>The value for a form field: the long string is longer there (a pasted essay), as bodies allow.</summary>
    public string ForForm => Kind == "long" ? new string('ж', 2000).Replace("ж", "%D0%B6", StringComparison.Ordinal) + new string('x', 20_000) : Encoded;
}
