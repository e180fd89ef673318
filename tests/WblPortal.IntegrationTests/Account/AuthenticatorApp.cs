using System.Security.Cryptography;

namespace WblPortal.IntegrationTests.Account;

/// <summary>What a phone's authenticator app computes (RFC 6238: HMAC-SHA1, 30 s, 6 digits), written here apart from
/// the portal's code so that the tests check it against the standard rather than against itself.</summary>
public static class AuthenticatorApp
{
    public static long CurrentStep => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    public static string Code(string base32Key, long step)
    {
        var key = Base32(base32Key);
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0xF;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("000000");
    }

    private static byte[] Base32(string text)
    {
        var clean = text.Replace(" ", "").ToUpperInvariant().TrimEnd('=');
        var output = new byte[clean.Length * 5 / 8];
        var bits = 0;
        var value = 0;
        var index = 0;
        foreach (var c in clean)
        {
            value = (value << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                output[index++] = (byte)(value >> (bits - 8));
                bits -= 8;
            }
        }

        return output;
    }
}
