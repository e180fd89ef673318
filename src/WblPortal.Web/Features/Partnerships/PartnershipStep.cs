namespace WblPortal.Web.Features.Partnerships;

/// <summary>The form the steps on a partnership's page post (SignPartnership, TerminatePartnership); the domain decides
/// whether the actor's side may take the step.</summary>
public static class PartnershipStep
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Reason { get; set; }
    }
}
