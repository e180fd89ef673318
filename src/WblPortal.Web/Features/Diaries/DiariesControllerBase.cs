using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The diary pages of every area (Learner, Mentor, Employer, College): the same views under Views/Diaries,
/// with the steps the area's <see cref="DiaryMode"/> allows; a step of another party answers 403.</summary>
public abstract class DiariesControllerBase(IStringLocalizer<DiaryResource> d, DiaryMode mode) : DocumentController
{
    private const string ViewsPath = "~/Views/Diaries/";

    public sealed record IndexModel(PagedList<ListDiaries.Row> List, Guid? PlacementId, PagedList<PendingWeeks.Row>? Pending, DiaryMode Mode,
        ListDiaries.Scope Scope, int AcademicYear);

    public sealed record EntryModel(SaveEntry.Command Command, DiaryDetails.Model Diary, DiaryDetails.Entry? Current);

    public sealed record InductionModel(RecordInduction.Command Command, DiaryDetails.Header Header, bool Acknowledged);

    protected IStringLocalizer<DiaryResource> D => d;

    protected DiaryMode Mode => mode;

    private bool Writes => mode is DiaryMode.Learner or DiaryMode.Mentor;

    /// <summary>The learners' diaries (paged by <c>page</c>) and, for the mentor, the weeks awaiting approval (paged
    /// by <c>pendingPage</c>).</summary>
    public async Task<IActionResult> Index([FromQuery] ListQuery query, Guid? placementId, [FromServices] ListDiaries.Handler handler,
        [FromServices] PendingWeeks.Handler pending, CancellationToken cancellationToken, int pendingPage = 1, bool all = false)
    {
        var scope = new ListDiaries.Scope(placementId, all, mode);
        var list = await handler.PageAsync(query, scope, cancellationToken);
        var weeks = mode == DiaryMode.Mentor ? await pending.PageAsync(pendingPage, cancellationToken) : null;
        return View(ViewsPath + "Index.cshtml", new IndexModel(list, placementId, weeks, mode, scope, handler.AcademicYear));
    }

    public async Task<IActionResult> ExportList([FromQuery] ListQuery query, Guid? placementId, [FromServices] ListDiaries.Handler handler,
        CancellationToken cancellationToken, bool all = false)
    {
        var rows = await handler.Query(query, new ListDiaries.Scope(placementId, all, mode)).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(d["Diaries_Title"],
            [d["Diary_Learner"], d["Diary_Employer"], d["Diary_Form"], d["Diary_Start"], d["Diary_End"], d["Induction_Title"], d["Diary_Pending"]],
            rows, r => [r.LearnerName, r.Employer, r.Form, r.StartDate, r.EndDate,
                d[r.Acknowledged ? "Induction_Acknowledged" : r.HasInduction ? "Induction_NotAcknowledged" : "Induction_None"].Value, r.Pending],
            cancellationToken);
        return XlsxFile.Result(file, "diaries");
    }

    /// <summary>One learner's diary, the page of <see cref="DiaryDetails.PageWeeks"/> weeks holding <paramref name="week"/>
    /// (default: this week).</summary>
    public async Task<IActionResult> Learner(Guid id, DateOnly? week, [FromServices] DiaryDetails.Handler details,
        [FromServices] PersonalDataAccessLog accessLog, CancellationToken cancellationToken)
    {
        var model = await details.LoadPageAsync(id, mode, week, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await accessLog.LearnerAsync(model.Header.CollegeId, model.Header.LearnerId, PersonalDataView.Diary, cancellationToken);
        return View(ViewsPath + "Diary.cshtml", model);
    }

    /// <summary>The whole diary as an xlsx sheet: one row per entry with its status, approvals and correction link.</summary>
    public async Task<IActionResult> Export(Guid id, [FromServices] DiaryDetails.Handler details, [FromServices] PersonalDataAccessLog accessLog,
        CancellationToken cancellationToken)
    {
        var model = await details.LoadAsync(id, mode, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await accessLog.LearnerAsync(model.Header.CollegeId, model.Header.LearnerId, PersonalDataView.Diary, cancellationToken);

        var entries = model.Entries.ToList();
        var file = await XlsxFile.WriteAsync(model.Header.LearnerName,
            [d["Entry_Date"], d["Entry_Hours"], d["Entry_Tasks"], d["Entry_Outcomes"], d["Entry_Status"], d["Entry_Author"],
                d["Entry_ApprovedBy"], d["Entry_CountersignedBy"], d["Entry_Corrects"]],
            entries, e => [e.Date, e.Hours, e.Tasks, model.OutcomeCodes(e), d["Status_" + e.Status].Value, e.AuthorName,
                e.ApprovedByName, e.CountersignedByName,
                e.CorrectsEntryId is { } c ? entries.First(x => x.Id == c).Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : null],
            cancellationToken);
        return XlsxFile.Result(file, "diary");
    }

    /// <summary>The printable diary (document 5f): HTML preview and PDF, ky/ru, with a verification code, for every
    /// party that reads the diary (the mentor included).</summary>
    public async Task<IActionResult> Print(Guid id, string? lang, [FromServices] LoadDiaryDocument.Handler handler, CancellationToken cancellationToken)
    {
        var document = await handler.LoadAsync(id, Language(lang), cancellationToken);
        return Preview(document, document?.Title ?? "", nameof(Pdf), id);
    }

    public async Task<IActionResult> Pdf(Guid id, string? lang, [FromServices] LoadDiaryDocument.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "diary");

    public async Task<IActionResult> Evidence(Guid id, [FromServices] DownloadEvidence.Handler handler, CancellationToken cancellationToken)
    {
        var file = await handler.LoadAsync(id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    // Entries: the learner and the mentor write them.
    /// <remarks><paramref name="copyLast"/>: a new entry's form starts from the last entry ("copy yesterday"): its hours,
    /// tasks and outcomes, dated the day after it (today at the latest); nothing is saved until the form is.</remarks>
    public async Task<IActionResult> Entry(Guid id, Guid? entryId, Guid? corrects, bool copyLast, [FromServices] DiaryDetails.Handler details,
        [FromServices] SaveEntry.Handler handler, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Writes)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var command = entryId is { } e ? await handler.LoadAsync(e, cancellationToken) : new SaveEntry.Command { PlacementLearnerId = id, CorrectsEntryId = corrects };
        if (command is null || command.PlacementLearnerId != id)
        {
            return NotFound();
        }

        if (corrects is { } c && command.Id is null)
        {
            var diary = await details.LoadAsync(id, mode, cancellationToken);
            var old = diary?.Entries.FirstOrDefault(x => x.Id == c);
            if (old is null)
            {
                return NotFound();
            }

            (command.Date, command.Hours, command.Tasks, command.OutcomeIds) = (old.Date, old.Hours, old.Tasks, old.OutcomeIds.ToList());
        }
        else if (copyLast && command.Id is null)
        {
            var diary = await details.LoadAsync(id, mode, cancellationToken);
            if (diary is null)
            {
                return NotFound();
            }

            if (diary.Entries.OrderByDescending(x => x.Date).FirstOrDefault() is { } last)
            {
                var today = clock.BishkekToday();
                var next = last.Date.AddDays(1);
                (command.Date, command.Hours, command.Tasks, command.OutcomeIds) = (next > today ? today : next, last.Hours, last.Tasks, last.OutcomeIds.ToList());
            }
        }

        return await EntryFormAsync(command, details, cancellationToken);
    }

    [HttpPost]
    [RequestSizeLimit(DiaryEvidence.MaxSize + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = DiaryEvidence.MaxSize + 1024 * 1024)]
    public async Task<IActionResult> Entry(SaveEntry.Command command, [FromServices] SaveEntry.Handler handler,
        [FromServices] DiaryDetails.Handler details, CancellationToken cancellationToken)
    {
        if (!Writes)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await handler.HandleAsync(command, cancellationToken);
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Done:
                Flash(d[command.Submit || mode == DiaryMode.Mentor ? "Entry_Submitted" : "Entry_Saved"]);
                return RedirectToAction("Learner", new { id = command.PlacementLearnerId, week = command.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        }

        ClearKeepingBindingFailures();
        if (result.Outcome == FeatureOutcome.Conflict && command.Id is { } entryId)
        {
            // Keep what this user typed, show what was saved meanwhile, and take the new version: nothing is lost, and
            // saving again is a deliberate choice.
            ModelState.AddModelError(string.Empty, d["Entry_Conflict"]);
            var saved = await handler.LoadAsync(entryId, cancellationToken);
            if (saved is not null)
            {
                command.Version = saved.Version;
            }

            return await EntryFormAsync(command, details, cancellationToken);
        }

        AddErrors(result);
        return await EntryFormAsync(command, details, cancellationToken);
    }

    private async Task<IActionResult> EntryFormAsync(SaveEntry.Command command, DiaryDetails.Handler details, CancellationToken cancellationToken)
    {
        var diary = await details.LoadPageAsync(command.PlacementLearnerId, mode, command.Date, cancellationToken);
        if (diary is null)
        {
            return NotFound();
        }

        var current = command.Id is { } id ? diary.Entries.FirstOrDefault(e => e.Id == id) : null;
        return View(ViewsPath + "Entry.cshtml", new EntryModel(command, diary, current));
    }

    [HttpPost]
    public Task<IActionResult> Submit(DiaryStep.Command command, [FromServices] SubmitDiaryEntry.Handler handler, [FromServices] DiaryDetails.Handler details,
        CancellationToken cancellationToken) =>
        StepAsync(Writes, false, "Entry_Submitted", command, () => handler.HandleAsync(command, cancellationToken), details, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Return(DiaryStep.Command command, [FromServices] ReturnDiaryEntry.Handler handler, [FromServices] DiaryDetails.Handler details,
        CancellationToken cancellationToken) =>
        StepAsync(mode == DiaryMode.Mentor, false, "Entry_Returned", command, () => handler.HandleAsync(command, cancellationToken), details, cancellationToken);

    [HttpPost]
    public Task<IActionResult> ApproveWeek(DiaryStep.Command command, bool fromList, [FromServices] ApproveDiaryWeek.Handler handler,
        [FromServices] DiaryDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(mode == DiaryMode.Mentor, true, "Week_Approved", command, () => handler.HandleAsync(command, cancellationToken), details, cancellationToken, fromList);

    [HttpPost]
    public Task<IActionResult> CountersignWeek(DiaryStep.Command command, [FromServices] CountersignDiaryWeek.Handler handler,
        [FromServices] DiaryDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(mode == DiaryMode.College, true, "Week_Countersigned", command, () => handler.HandleAsync(command, cancellationToken), details, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Acknowledge(DiaryStep.Command command, [FromServices] AcknowledgeInduction.Handler handler,
        [FromServices] DiaryDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(mode == DiaryMode.Learner, false, "Induction_AcknowledgedDone", command, () => handler.HandleAsync(command, cancellationToken), details, cancellationToken);

    private async Task<IActionResult> StepAsync(bool allowed, bool onWeek, string flash, DiaryStep.Command command,
        Func<Task<FeatureResult>> step, DiaryDetails.Handler details, CancellationToken cancellationToken, bool toList = false)
    {
        if (!allowed)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await step();
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done || toList)
        {
            Flash(result.Outcome == FeatureOutcome.Done ? d[flash]
                : result.Outcome == FeatureOutcome.Conflict ? d["Week_Conflict"] : result.Errors![0].ErrorMessage);
            return toList ? RedirectToAction("Index")
                : RedirectToAction("Learner", new { id = command.PlacementLearnerId, week = command.WeekStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        }

        ClearKeepingBindingFailures();
        if (result.Outcome == FeatureOutcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, d[onWeek ? "Week_Conflict" : "Entry_Conflict"]);
        }

        AddErrors(result);
        var model = await details.LoadPageAsync(command.PlacementLearnerId, mode, command.WeekStart, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        return View(ViewsPath + "Diary.cshtml", model with { PostedStep = command });
    }

    // Inductions of several learners of one placement at once.
    public async Task<IActionResult> Inductions(Guid id, [FromServices] RecordPlacementInductions.Handler handler, CancellationToken cancellationToken)
    {
        if (mode is not (DiaryMode.Mentor or DiaryMode.Employer))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var command = new RecordPlacementInductions.Command { PlacementId = id };
        if (!await handler.LoadChoicesAsync(command, cancellationToken))
        {
            return NotFound();
        }

        command.PlacementLearnerIds = command.Learners.Where(l => !l.HasInduction).Select(l => l.Id).ToList();
        return View(ViewsPath + "Inductions.cshtml", command);
    }

    [HttpPost]
    public async Task<IActionResult> Inductions(RecordPlacementInductions.Command command, [FromServices] RecordPlacementInductions.Handler handler,
        CancellationToken cancellationToken)
    {
        if (mode is not (DiaryMode.Mentor or DiaryMode.Employer))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(d["Induction_Saved"]);
            return RedirectToAction(nameof(Index));
        }

        ClearKeepingBindingFailures();
        AddErrors(result);
        return await handler.LoadChoicesAsync(command, cancellationToken) ? View(ViewsPath + "Inductions.cshtml", command) : NotFound();
    }

    // Induction: the employer admin and the mentor record it.
    public async Task<IActionResult> Induction(Guid id, [FromServices] RecordInduction.Handler handler, [FromServices] DiaryDetails.Handler details,
        CancellationToken cancellationToken)
    {
        if (mode is not (DiaryMode.Mentor or DiaryMode.Employer))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var command = await handler.LoadAsync(id, cancellationToken);
        return command is null ? NotFound() : await InductionFormAsync(command, details, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Induction(RecordInduction.Command command, [FromServices] RecordInduction.Handler handler,
        [FromServices] DiaryDetails.Handler details, CancellationToken cancellationToken)
    {
        if (mode is not (DiaryMode.Mentor or DiaryMode.Employer))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(d["Induction_Saved"]);
            return RedirectToAction("Learner", new { id = command.PlacementLearnerId });
        }

        ShowErrorsOf(result);
        if (result.Outcome == FeatureOutcome.Conflict)
        {
            command = await handler.LoadAsync(command.PlacementLearnerId, cancellationToken) ?? command;
        }

        return await InductionFormAsync(command, details, cancellationToken);
    }

    private async Task<IActionResult> InductionFormAsync(RecordInduction.Command command, DiaryDetails.Handler details, CancellationToken cancellationToken)
    {
        var diary = await details.LoadPageAsync(command.PlacementLearnerId, mode, week: null, cancellationToken);
        return diary is null
            ? NotFound()
            : View(ViewsPath + "Induction.cshtml", new InductionModel(command, diary.Header, diary.SafetyInduction?.AcknowledgedAt is not null));
    }

    // The mentor's reference: the placement's mentor writes it at the end of the placement; once submitted, every party
    // of the diary reads it and prints it.
    public async Task<IActionResult> Reference(Guid id, [FromServices] WriteReference.Handler handler, [FromServices] PersonalDataAccessLog accessLog,
        CancellationToken cancellationToken)
    {
        var page = await handler.LoadAsync(id, mode, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        await accessLog.LearnerAsync(page.Header.CollegeId, page.Header.LearnerId, PersonalDataView.Diary, cancellationToken);
        return View(ViewsPath + "Reference.cshtml", page);
    }

    [HttpPost]
    public async Task<IActionResult> Reference(WriteReference.Command command, [FromServices] WriteReference.Handler handler, CancellationToken cancellationToken)
    {
        if (mode != DiaryMode.Mentor)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(d[command.Submit ? "Reference_Submitted" : "Reference_Saved"]);
            return RedirectToAction(nameof(Reference), new { id = command.PlacementLearnerId });
        }

        ShowErrorsOf(result);
        if (result.Outcome == FeatureOutcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, d["Reference_Conflict"]);
        }

        var page = await handler.FormAsync(command, cancellationToken);
        return page is null ? NotFound() : View(ViewsPath + "Reference.cshtml", page);
    }

    public async Task<IActionResult> ReferencePrint(Guid id, string? lang, [FromServices] LoadReferenceDocument.Handler handler, CancellationToken cancellationToken)
    {
        var document = await handler.LoadAsync(id, Language(lang), cancellationToken);
        return Preview(document, document?.Title ?? "", nameof(ReferencePdf), id);
    }

    public async Task<IActionResult> ReferencePdf(Guid id, string? lang, [FromServices] LoadReferenceDocument.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "mentor-reference");

    // Notes: the mentor writes them to the college.
    [HttpPost]
    public async Task<IActionResult> Note(WriteNote.Command command, [FromServices] WriteNote.Handler handler, [FromServices] DiaryDetails.Handler details,
        CancellationToken cancellationToken)
    {
        if (mode != DiaryMode.Mentor)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(d["Note_Saved"]);
            return RedirectToAction("Learner", new { id = command.PlacementLearnerId });
        }

        ShowErrorsOf(result, "Note");
        var model = await details.LoadPageAsync(command.PlacementLearnerId, mode, command.Date, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        return View(ViewsPath + "Diary.cshtml", model with { PostedNote = command });
    }
}
