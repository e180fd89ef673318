using System.Globalization;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace WblPortal.Web.Security;

/// <summary>RFC 6238 time-based codes as authenticator apps compute them: HMAC-SHA1, 30-second steps, 6 digits, the
/// key in Base32 (the form Identity stores and the otpauth:// URI carries).</summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 TOTP as authenticator apps compute it is HMAC-SHA1; its security rests on the secret, not on SHA-1's collision resistance
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFF_FFFF) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The key bytes of a Base32 string (RFC 4648 alphabet, padding and spaces ignored); null when malformed.</summary>
    public static byte[]? FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is '=' or ' ')
            {
                continue;
            }

            var index = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return bytes.ToArray();
    }
}
