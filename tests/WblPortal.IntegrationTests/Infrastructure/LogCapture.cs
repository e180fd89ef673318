using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>A Serilog sink that keeps every event the portal logs as text: the rendered message, every property
/// (scopes and enrichers included) and the exception with its inner exceptions and stack.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public void Emit(LogEvent logEvent)
    {
        var properties = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _lines.Enqueue($"[{logEvent.Level}] {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} | {properties} | {logEvent.Exception}");
    }
}
