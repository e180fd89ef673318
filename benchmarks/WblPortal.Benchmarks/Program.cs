using System.Diagnostics;
using System.Globalization;
using WblPortal.UnitTests.Documents;

// Document generation speed, single thread: dotnet run -c Release --project benchmarks/WblPortal.Benchmarks
//   [--orders N] [--sections N] [--write DIR]   (--write also saves the sample PDFs for a look)
var orders = 500;
var sections = 25;
string? writeDir = null;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--orders": orders = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--sections": sections = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--write": writeDir = args[++i]; break;
    }
}

var order = SampleOrder.Build().ToPdf(); // warm-up: fonts, JIT
var report = SampleReport.Build(sections);
var reportPages = report.Layout().Count;
var reportPdf = report.ToPdf();
if (writeDir is not null)
{
    Directory.CreateDirectory(writeDir);
    File.WriteAllBytes(Path.Combine(writeDir, "sample-order.pdf"), order);
    File.WriteAllBytes(Path.Combine(writeDir, "sample-report.pdf"), reportPdf);
}

var orderPages = SampleOrder.Build().Layout().Count;
var sw = Stopwatch.StartNew();
long bytes = 0;
for (var i = 0; i < orders; i++)
{
    bytes += SampleOrder.Build().ToPdf().Length;
}

sw.Stop();
Console.WriteLine(FormattableString.Invariant(
    $"order (30 learners, {orderPages} pages, {order.Length / 1024.0:F0} KiB): {orders} in {sw.Elapsed.TotalMilliseconds:F0} ms = {orders / sw.Elapsed.TotalSeconds:F1} orders/s on one thread"));

// The same orders laid out only (no PDF drawn), to show where the time goes.
sw.Restart();
for (var i = 0; i < orders; i++)
{
    bytes += SampleOrder.Build().Layout().Count;
}

sw.Stop();
Console.WriteLine(FormattableString.Invariant(
    $"order layout only: {orders / sw.Elapsed.TotalSeconds:F1} orders/s"));

var runs = 5;
var times = new List<double>();
for (var i = 0; i < runs; i++)
{
    sw.Restart();
    var pdf = SampleReport.Build(sections).ToPdf();
    sw.Stop();
    times.Add(sw.Elapsed.TotalMilliseconds);
    bytes += pdf.Length;
}

times.Sort();
Console.WriteLine(FormattableString.Invariant(
    $"report ({reportPages} pages, {reportPdf.Length / 1024.0:F0} KiB): median {times[runs / 2]:F0} ms, best {times[0]:F0} ms of {runs}"));
GC.KeepAlive(bytes);
