using System.Net.Http.Headers;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

/// <summary>Helpers of the diary page tests: an entry form posted as multipart (with an optional evidence file).</summary>
public abstract class DiaryTestBase(PortalFactory factory) : IntegrationTest(factory)
{
    protected static async Task<HttpResponseMessage> PostEntryAsync(PortalClient client, string area, Guid placementLearnerId, Dictionary<string, string> fields,
        (byte[] Content, string Name, string Type)? file = null)
    {
        var page = await client.GetDocumentAsync($"/{area}/Diaries");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(placementLearnerId.ToString()), "PlacementLearnerId");
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key.Contains('[') ? key[..key.IndexOf('[')] : key);
        }

        if (file is { } f)
        {
            var fileContent = new ByteArrayContent(f.Content);
            fileContent.Headers.ContentType = new MediaTypeHeaderValue(f.Type);
            content.Add(fileContent, "Evidence", f.Name);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"/{area}/Diaries/Entry", content);
    }

    protected static Dictionary<string, string> EntryFields(string date = "2026-04-02", string hours = "8", string tasks = "Жабдууну тазалап, майлады") =>
        new() { ["Date"] = date, ["Hours"] = hours, ["Tasks"] = tasks };

    protected static readonly byte[] Pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    protected static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];
}
