using WblPortal.Domain.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WblPortal.Domain.Auditing;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Privacy;

/// <summary>Privacy:RetentionYears — how long after graduation a learner's personal data is kept (README, "Personal
/// data", says why 5).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Privacy";

    public int RetentionYears { get; set; } = 5;
}

/// <summary>
/// Law No. 58, retention: once <see cref="RetentionOptions.RetentionYears"/> have passed since a learner's graduation,
/// their personal fields are erased and the figures stay. Names become "*** #&lt;first 8 of the id&gt;", the PIN a
/// placeholder, the birth date the 1st of January of its year, contacts, representative, special-needs note go; the
/// learner's user account is anonymised and locked; diary texts, mentor notes, assessment comments, employment notes and
/// consent names are blanked; diary evidence, agreement scans and issued PDFs about the learner are deleted; the audit
/// trail of every touched row loses its old values. Placements, hours, assessment levels and scores, graduation and
/// employment statuses are kept, so every count and figure is unchanged.
/// Runs in one transaction; a learner already erased (<c>ErasedOn</c>) or graduated within the period is never touched,
/// so a second run changes nothing. A dry run does the same work and rolls it back, reporting the same counts. A real
/// run writes one audit entry (<c>Retention</c>) with the counts, never a name.
/// </summary>
public static class EraseExpiredPersonalData
{
    public const string NamePlaceholder = "***";
    public const string TextPlaceholder = "—";
    public const string AuditEntityType = "Retention";
    private const string ErasedChanges = "{\"erased\":\"retention\"}";

    /// <summary>How many rows of each kind were (or, in a dry run, would be) erased.</summary>
    public sealed record Result(DateOnly GraduatedOnOrBefore, bool DryRun, IReadOnlyDictionary<string, int> Counts)
    {
        public int Learners => Counts["learners"];
    }

    public sealed class Handler(WblDbContext db, IOptions<RetentionOptions> options, TimeProvider clock)
    {
        public Task<Result> RunAsync(bool dryRun, CancellationToken cancellationToken = default)
        {
            var years = options.Value.RetentionYears;
            if (years < 1)
            {
                throw new InvalidOperationException("Privacy:RetentionYears must be at least 1.");
            }

            var today = BishkekTime.Today(clock);
            var cutoff = today.AddYears(-years);
            return db.InTransactionAsync(async (transaction, ct) =>
            {
                var counts = await EraseAsync(cutoff, today, ct);
                if (dryRun)
                {
                    await transaction.RollbackAsync(ct);
                }
                else
                {
                    if (counts["learners"] > 0)
                    {
                        // One audit entry with the counts, never a name (raw SQL like the erasure: the context's audit
                        // interceptor would copy the old values into the trail).
                        var changes = JsonSerializer.Serialize(new { graduatedOnOrBefore = cutoff, retentionYears = years, erased = counts });
                        var key = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                        await db.Database.ExecuteSqlInterpolatedAsync($"""
                            INSERT INTO audit_log (at, user_id, organization_id, entity_type, entity_key, action, changes)
                            VALUES ({clock.GetUtcNow()}, NULL, NULL, {AuditEntityType}, {key}, {nameof(AuditAction.Delete)}, CAST({changes} AS jsonb))
                            """, ct);
                    }

                    await transaction.CommitAsync(ct);
                }

                return new Result(cutoff, dryRun, counts);
            }, cancellationToken);
        }

        private async Task<Dictionary<string, int>> EraseAsync(DateOnly cutoff, DateOnly today, CancellationToken ct)
        {
            var counts = new Dictionary<string, int>();
            async Task Run(string key, FormattableString sql)
            {
                var n = await db.Database.ExecuteSqlInterpolatedAsync(sql, ct);
                if (key.Length > 0)
                {
                    counts[key] = counts.GetValueOrDefault(key) + n;
                }
            }

            // The learners past the period, and the ids of every row about them (their audit trail is scrubbed too).
            await Run("", $"""
                CREATE TEMP TABLE retention_learners ON COMMIT DROP AS
                SELECT id FROM learners WHERE erased_on IS NULL AND graduated_on IS NOT NULL AND graduated_on <= {cutoff}
                """);
            await Run("", $"""
                CREATE TEMP TABLE retention_users ON COMMIT DROP AS
                SELECT id FROM "AspNetUsers" WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            await Run("", $"""
                CREATE TEMP TABLE retention_rows ON COMMIT DROP AS
                SELECT id FROM retention_learners
                UNION ALL SELECT id FROM placement_learners WHERE learner_id IN (SELECT id FROM retention_learners)
                UNION ALL SELECT id FROM agreements WHERE learner_id IN (SELECT id FROM retention_learners)
                UNION ALL SELECT id FROM diary_entries WHERE learner_id IN (SELECT id FROM retention_learners)
                UNION ALL SELECT id FROM diary_evidence WHERE learner_id IN (SELECT id FROM retention_learners)
                UNION ALL SELECT id FROM mentor_notes WHERE learner_id IN (SELECT id FROM retention_learners)
                UNION ALL SELECT id FROM assessments WHERE learner_id IN (SELECT id FROM retention_learners)
                UNION ALL SELECT id FROM graduate_employments WHERE learner_id IN (SELECT id FROM retention_learners)
                UNION ALL SELECT id FROM order_lines WHERE learner_id IN (SELECT id FROM retention_learners)
                UNION ALL SELECT id FROM enterprise_order_lines WHERE learner_id IN (SELECT id FROM retention_learners)
                """);

            await Run("learners", $"""
                UPDATE learners SET
                    last_name = {NamePlaceholder}, first_name = '#' || left(replace(id::text, '-', ''), 8), patronymic = NULL,
                    pin = 'X' || left(replace(id::text, '-', ''), 13),
                    date_of_birth = make_date(extract(year FROM date_of_birth)::int, 1, 1),
                    phone = NULL, email = NULL, representative_name = NULL, representative_phone = NULL,
                    special_needs_note = NULL, erased_on = {today}
                WHERE id IN (SELECT id FROM retention_learners)
                """);
            await Run("userAccounts", $"""
                UPDATE "AspNetUsers" SET
                    full_name = {NamePlaceholder}, email = 'erased-' || id || '@erased.invalid',
                    normalized_email = upper('erased-' || id || '@erased.invalid'), user_name = 'erased-' || id,
                    normalized_user_name = upper('erased-' || id), phone_number = NULL, password_hash = NULL,
                    security_stamp = gen_random_uuid()::text, lockout_enabled = true, lockout_end = '9999-12-31T00:00:00Z',
                    two_factor_enabled = false
                WHERE id IN (SELECT id FROM retention_users)
                """);
            await Run("", $"""DELETE FROM "AspNetUserTokens" WHERE user_id IN (SELECT id FROM retention_users)""");
            await Run("", $"""DELETE FROM "AspNetUserLogins" WHERE user_id IN (SELECT id FROM retention_users)""");
            await Run("invitations", $"""DELETE FROM invitations WHERE learner_id IN (SELECT id FROM retention_learners)""");

            await Run("agreements", $"""
                UPDATE agreements SET representative_name = NULL,
                    learner_confirmed_by_name = CASE WHEN learner_confirmed_by_name IS NULL THEN NULL ELSE {NamePlaceholder} END,
                    representative_consent_recorded_by_name = CASE WHEN representative_consent_recorded_by_user_id IN (SELECT id FROM retention_users)
                        THEN {NamePlaceholder} ELSE representative_consent_recorded_by_name END
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            // Consents stay as the record of what was allowed when; the names on them go.
            await Run("personal_data_consents", $"""
                UPDATE personal_data_consents SET representative_name = NULL,
                    recorded_by_name = CASE WHEN recorded_by_user_id IN (SELECT id FROM retention_users) THEN {NamePlaceholder} ELSE recorded_by_name END,
                    withdrawn_by_name = CASE WHEN withdrawn_by_user_id IN (SELECT id FROM retention_users) THEN {NamePlaceholder} ELSE withdrawn_by_name END
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            await Run("", $"""
                CREATE TEMP TABLE retention_scans ON COMMIT DROP AS
                SELECT scan_file_id AS id FROM agreements WHERE learner_id IN (SELECT id FROM retention_learners) AND scan_file_id IS NOT NULL
                """);
            await Run("", $"""UPDATE agreements SET scan_file_id = NULL WHERE scan_file_id IN (SELECT id FROM retention_scans)""");
            await Run("agreementScans", $"""DELETE FROM stored_files WHERE id IN (SELECT id FROM retention_scans)""");
            await Run("", $"""
                UPDATE agreement_history SET comment = NULL,
                    user_name = CASE WHEN user_id IN (SELECT id FROM retention_users) THEN {NamePlaceholder} ELSE user_name END
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);

            await Run("diaryEntries", $"""
                UPDATE diary_entries SET tasks = {TextPlaceholder}, return_comment = NULL, evidence_id = NULL,
                    author_name = CASE WHEN written_by_mentor THEN author_name ELSE {NamePlaceholder} END
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            await Run("diaryEvidenceFiles", $"""DELETE FROM diary_evidence WHERE learner_id IN (SELECT id FROM retention_learners)""");
            await Run("mentorNotes", $"""UPDATE mentor_notes SET text = {TextPlaceholder} WHERE learner_id IN (SELECT id FROM retention_learners)""");
            await Run("assessments", $"""
                UPDATE assessments SET mentor_comment = NULL, curator_comment = NULL, final_comment = NULL, disagreement = NULL
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            await Run("graduateEmployments", $"""
                UPDATE graduate_employments SET note = NULL,
                    recorded_by_name = CASE WHEN recorded_by_graduate THEN {NamePlaceholder} ELSE recorded_by_name END
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            await Run("", $"""
                UPDATE graduate_employment_history SET comment = NULL,
                    user_name = CASE WHEN user_id IN (SELECT id FROM retention_users) THEN {NamePlaceholder} ELSE user_name END
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            await Run("", $"""
                UPDATE placement_history SET user_name = {NamePlaceholder} WHERE user_id IN (SELECT id FROM retention_users)
                """);
            await Run("orderLines", $"""
                UPDATE order_lines SET learner_name = {NamePlaceholder} || ' #' || left(replace(learner_id::text, '-', ''), 8)
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            await Run("orderLines", $"""
                UPDATE enterprise_order_lines SET learner_name = {NamePlaceholder} || ' #' || left(replace(learner_id::text, '-', ''), 8)
                WHERE learner_id IN (SELECT id FROM retention_learners)
                """);
            await Run("issuedDocumentFiles", $"""
                DELETE FROM issued_document_files WHERE issued_document_id IN
                    (SELECT id FROM issued_documents WHERE entity_id IN (SELECT id FROM retention_rows))
                """);
            await Run("", $"""
                UPDATE notifications SET subject_title = {NamePlaceholder}
                WHERE recipient_learner_id IN (SELECT id FROM retention_learners) OR subject_id IN (SELECT id FROM retention_rows)
                """);
            await Run("auditEntries", $"""
                UPDATE audit_log SET changes = CAST({ErasedChanges} AS jsonb)
                WHERE entity_key IN (SELECT id::text FROM retention_rows)
                """);
            return counts;
        }
    }
}
