using System.Diagnostics;
using System.Globalization;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.UnitTests.Documents;

// The ministry dashboard's queries on a national dataset: see DashboardBenchmark and docs/benchmarks.md.
if (args.Length > 0 && args[0] == "dashboard")
{
    return await WblPortal.Benchmarks.DashboardBenchmark.RunAsync(args);
}

// The whole portal at national scale in its own database: see NationalDataset, scripts/national-data.sh and docs/benchmarks.md.
if (args.Length > 0 && args[0] == "national")
{
    return await WblPortal.Benchmarks.NationalDataset.RunAsync(args);
}

// A mentor's pages and the cached ministry dashboard at 1×, 10×, 20× data: see MentorBenchmark and docs/benchmarks.md.
if (args.Length > 0 && args[0] == "mentor")
{
    return await WblPortal.Benchmarks.MentorBenchmark.RunAsync(args);
}

// Document generation speed, single thread: dotnet run -c Release --project benchmarks/WblPortal.Benchmarks
//   [--orders N] [--sections N] [--write DIR]   (--write also saves the sample PDFs for a look)
var orders = 500;
var sections = 38; // about 50 pages
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

// Document (a), the real order class: a college order sending 30 learners, built from in-memory data as the
// Web layer's query would build it (the database is not timed).
var orderModel = SampleDocuments.SendingOrder(30);
var orderRu = SampleDocuments.SendingOrder(30, DocumentLanguage.Ru);
SendingOrderDocument RealOrder(SendingOrderModel model, DocumentLanguage language) => new(model, language);

// Warm-up: fonts load once, and the JIT needs a few dozen calls to reach optimized code.
var order = SampleOrder.Build().ToPdf();
var realOrder = RealOrder(orderModel, DocumentLanguage.Ky).ToPdf();
for (var i = 0; i < 100; i++)
{
    _ = SampleOrder.Build().ToPdf();
    _ = RealOrder(orderModel, DocumentLanguage.Ky).ToPdf();
}

var report = SampleReport.Build(sections);
_ = SampleReport.Build(sections).ToPdf();
var reportPages = report.Layout().Count;
var reportPdf = report.ToPdf();
if (writeDir is not null)
{
    Directory.CreateDirectory(writeDir);
    File.WriteAllBytes(Path.Combine(writeDir, "sample-order.pdf"), order);
    File.WriteAllBytes(Path.Combine(writeDir, "sample-report.pdf"), reportPdf);
    File.WriteAllBytes(Path.Combine(writeDir, "order-a-ky.pdf"), realOrder);
    File.WriteAllBytes(Path.Combine(writeDir, "order-a-ru.pdf"), RealOrder(orderRu, DocumentLanguage.Ru).ToPdf());
    File.WriteAllBytes(Path.Combine(writeDir, "order-b-ky.pdf"), new CuratorOrderDocument(SampleDocuments.CuratorOrder(), DocumentLanguage.Ky).ToPdf());
    File.WriteAllBytes(Path.Combine(writeDir, "agreement-ky.pdf"), new AgreementDocument(SampleDocuments.Agreement(), DocumentLanguage.Ky).ToPdf());
    File.WriteAllBytes(Path.Combine(writeDir, "agreement-ru.pdf"), new AgreementDocument(SampleDocuments.Agreement(DocumentLanguage.Ru), DocumentLanguage.Ru).ToPdf());
    File.WriteAllBytes(Path.Combine(writeDir, "programme-ky.pdf"), new ProgrammeDocument(SampleDocuments.Programme(), DocumentLanguage.Ky).ToPdf());
    File.WriteAllBytes(Path.Combine(writeDir, "annual-report-h-ky.pdf"), new AnnualReportDocument(SampleAnnualReport.Build(100), DocumentLanguage.Ky).ToPdf());
}

// Wall time suffers when the machine is shared; process CPU time shows what one core does.
var process = Process.GetCurrentProcess();
TimeSpan Cpu()
{
    process.Refresh();
    return process.TotalProcessorTime;
}

// Document (a): orders per second per core (process CPU time), Kyrgyz and Russian alternating.
var realPages = RealOrder(orderModel, DocumentLanguage.Ky).ToBuilder().Layout().Count;
var realWall = Stopwatch.StartNew();
var realCpu = Cpu();
long realBytes = 0;
for (var i = 0; i < orders; i++)
{
    realBytes += (i % 2 == 0 ? RealOrder(orderModel, DocumentLanguage.Ky) : RealOrder(orderRu, DocumentLanguage.Ru)).ToPdf().Length;
}

realWall.Stop();
var realCpuSeconds = (Cpu() - realCpu).TotalSeconds;
Console.WriteLine(FormattableString.Invariant(
    $"document (a) SendingOrderDocument (30 learners, {realPages} pages, {realOrder.Length / 1024.0:F0} KiB, ky/ru): {orders} in {realWall.Elapsed.TotalMilliseconds:F0} ms = {orders / realWall.Elapsed.TotalSeconds:F1} orders/s wall, {orders / realCpuSeconds:F1} orders per CPU-second (per core)"));
GC.KeepAlive(realBytes);

var orderPages = SampleOrder.Build().Layout().Count;
var sw = Stopwatch.StartNew();
var cpu = Cpu();
long bytes = 0;
for (var i = 0; i < orders; i++)
{
    bytes += SampleOrder.Build().ToPdf().Length;
}

sw.Stop();
var cpuSeconds = (Cpu() - cpu).TotalSeconds;
Console.WriteLine(FormattableString.Invariant(
    $"order (30 learners, {orderPages} pages, {order.Length / 1024.0:F0} KiB): {orders} in {sw.Elapsed.TotalMilliseconds:F0} ms = {orders / sw.Elapsed.TotalSeconds:F1} orders/s wall, {orders / cpuSeconds:F1} orders per CPU-second"));

// The same orders laid out only (no PDF drawn), to show where the time goes.
cpu = Cpu();
for (var i = 0; i < orders; i++)
{
    bytes += SampleOrder.Build().Layout().Count;
}

Console.WriteLine(FormattableString.Invariant(
    $"order layout only (no drawing): {orders / (Cpu() - cpu).TotalSeconds:F1} orders per CPU-second"));

var runs = 5;
var times = new List<double>();
var cpuTimes = new List<double>();
for (var i = 0; i < runs; i++)
{
    sw.Restart();
    cpu = Cpu();
    var pdf = SampleReport.Build(sections).ToPdf();
    sw.Stop();
    cpuTimes.Add((Cpu() - cpu).TotalMilliseconds);
    times.Add(sw.Elapsed.TotalMilliseconds);
    bytes += pdf.Length;
}

times.Sort();
cpuTimes.Sort();
Console.WriteLine(FormattableString.Invariant(
    $"report ({reportPages} pages, {reportPdf.Length / 1024.0:F0} KiB): wall median {times[runs / 2]:F0} ms, best {times[0]:F0} ms; CPU median {cpuTimes[runs / 2]:F0} ms ({runs} runs)"));
GC.KeepAlive(bytes);

// Document (h): the annual WBL report with 100 placements of 25 learners (about 50 pages), Kyrgyz; target < 1 s.
var annualModel = SampleAnnualReport.Build(100);
_ = new AnnualReportDocument(annualModel, DocumentLanguage.Ky).ToPdf();
var annualPages = new AnnualReportDocument(annualModel, DocumentLanguage.Ky).ToBuilder().Layout().Count;
var annualTimes = new List<double>();
var annualCpu = new List<double>();
long annualBytes = 0;
for (var i = 0; i < runs; i++)
{
    sw.Restart();
    cpu = Cpu();
    annualBytes = new AnnualReportDocument(annualModel, DocumentLanguage.Ky).ToPdf().Length;
    sw.Stop();
    annualCpu.Add((Cpu() - cpu).TotalMilliseconds);
    annualTimes.Add(sw.Elapsed.TotalMilliseconds);
}

annualTimes.Sort();
annualCpu.Sort();
Console.WriteLine(FormattableString.Invariant(
    $"document (h) AnnualReportDocument (100 placements, {annualPages} pages, {annualBytes / 1024.0:F0} KiB): wall median {annualTimes[runs / 2]:F0} ms, best {annualTimes[0]:F0} ms; CPU median {annualCpu[runs / 2]:F0} ms ({runs} runs)"));
return 0;
