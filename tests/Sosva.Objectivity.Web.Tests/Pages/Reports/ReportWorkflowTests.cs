using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

/// <summary>
/// The life of one report over HTTP, as the principal and the specialist click through it
/// (docs/design.md#62-states-and-review): draft with evidence, submission, return with a comment, correction,
/// acceptance, and the history of what was submitted each time; and what happens when two tabs or two people act on
/// the same report.
/// </summary>
public class ReportWorkflowTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Conflict = "Отчёт изменил другой пользователь, пока вы его редактировали.";

    private void At(int hour, int minute = 0) =>
        Portal.Clock.Now = new DateTimeOffset(Today.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(5));

    [Fact]
    public async Task Principal_drafts_submits_specialist_returns_principal_corrects_and_resubmits_specialist_accepts_and_history_keeps_each_submission()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A, "director1");
        var specialist = await SignedInAsync(Roles.Specialist, userName: "spicina");
        var id = await ReportIdAsync(Portal, plan.A, plan.M21.Id);
        var order = Pdf("Приказ №12 без подписи");
        var photo = Png();

        // A draft with two files and a link.
        At(9);
        (await PostReportAsync(principal, id, "Save", Fields("InProgress", "Готовим положение", "https://school1.ru/vpr/"),
            File("Приказ №12.pdf", order), File("Фото стенда.png", photo))).ShouldRedirectBack(id);

        var draft = await ReportAsync(Portal, id);
        draft.State.Should().Be(ReportState.Draft);
        draft.Status.Should().Be(ExecutionStatus.InProgress);
        draft.Text.Should().Be("Готовим положение");
        draft.Links.Should().Equal("https://school1.ru/vpr/");
        draft.Files.OrderBy(f => f.Id).Select(f => (f.FileName, f.ContentType, f.Size, f.UploadedBy)).Should().Equal(
            ("Приказ №12.pdf", "application/pdf", (long)order.Length, "director1"), ("Фото стенда.png", "image/png", (long)photo.Length, "director1"));
        draft.Files.Single(f => f.FileName == "Приказ №12.pdf").Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(order)));
        var page = await principal.GetDocumentAsync(Url(id));
        page.Texts("[data-testid=files] a").Should().Equal("Приказ №12.pdf", "Фото стенда.png");
        page.QuerySelector(".alert-success")!.TextContent.Should().Contain("Черновик сохранён, файлов добавлено: 2.");

        // The photo was a mistake: taken off before submission it leaves no trace.
        var photoId = draft.Files.Single(f => f.FileName == "Фото стенда.png").Id;
        var tab = await OpenedForm.OpenAsync(principal, Url(id));
        (await tab.PostAsync([new("Input.Version", tab.Value("Input.Version"))], $"RemoveFile&fileId={S(photoId)}")).ShouldRedirectBack(id);
        (await Portal.WithDbAsync(db => db.EvidenceFiles.AnyAsync(f => f.Id == photoId))).Should().BeFalse();
        (await Portal.WithDbAsync(db => db.EvidenceContents.AnyAsync(c => c.FileId == photoId))).Should().BeFalse();
        (await principal.GetDocumentAsync(Url(id))).Texts("[data-testid=files] a").Should().Equal("Приказ №12.pdf");

        // Submission: the page becomes read-only.
        At(10);
        var beforeSubmit = await OpenedForm.OpenAsync(principal, Url(id));
        (await PostAsync(beforeSubmit, "Submit", Fields("Done", "Положение утверждено приказом №12", "https://school1.ru/vpr/polozhenie")))
            .ShouldRedirectBack(id);
        var submitted = await ReportAsync(Portal, id);
        submitted.State.Should().Be(ReportState.Submitted);
        submitted.SubmittedBy.Should().Be("director1");
        submitted.SubmittedAt.Should().Be(Portal.Clock.Now);
        submitted.Files.Should().ContainSingle().Which.WasSubmitted.Should().BeTrue();
        var readOnly = await principal.GetDocumentAsync(Url(id));
        readOnly.QuerySelector("[data-testid=report-form]").Should().BeNull();
        readOnly.QuerySelector("[data-testid=report-readonly]")!.TextContent.Should().Contain("На проверке")
            .And.Contain("Положение утверждено приказом №12").And.Contain("https://school1.ru/vpr/polozhenie");
        readOnly.QuerySelectorAll("form[action*='RemoveFile']").Should().BeEmpty();

        // A second submission from the tab still open is refused, in Russian, and changes nothing.
        var again = await RefusedPageAsync(await PostAsync(beforeSubmit, "Submit", Fields("NotDone", "Другой текст"), File("Ещё.pdf", Pdf())));
        again.Errors().Should().Contain("Отчёт уже отправлен на проверку");
        var unchanged = await ReportAsync(Portal, id);
        unchanged.Text.Should().Be("Положение утверждено приказом №12");
        unchanged.Status.Should().Be(ExecutionStatus.Done);
        unchanged.Version.Should().Be(submitted.Version);
        unchanged.Files.Should().ContainSingle();
        unchanged.History.Should().ContainSingle();

        // The specialist must say why a report goes back.
        At(11);
        var review = await OpenedForm.OpenAsync(specialist, Url(id));
        review.Page.QuerySelector("[data-testid=review-form]").Should().NotBeNull();
        var noComment = await RefusedPageAsync(await PostAsync(review, "Return", [new("Review.Comment", " ")]));
        noComment.FieldError("Review.Comment").Should().Be("Напишите, что нужно исправить: комментарий увидит руководитель школы.");
        (await ReportAsync(Portal, id)).State.Should().Be(ReportState.Submitted);
        (await PostAsync(review, "Return", [new("Review.Comment", "Приложите приказ с подписью директора")])).ShouldRedirectBack(id);
        var returned = await ReportAsync(Portal, id);
        returned.State.Should().Be(ReportState.Returned);
        returned.ReviewedBy.Should().Be("spicina");

        // The principal sees the comment on the report and in «Мои мероприятия».
        var back = await principal.GetDocumentAsync(Url(id));
        back.QuerySelector("[data-testid=review-comment]")!.TextContent.Should().Contain("Приложите приказ с подписью директора").And.Contain("spicina");
        back.QuerySelector("[data-testid=report-form]").Should().NotBeNull("a returned report can be edited again");
        var my = await principal.GetDocumentAsync("/Reports/My");
        var returnedGroup = my.QuerySelector("[data-testid=group-Returned]")!;
        returnedGroup.TextContent.Should().Contain("Совещание по объективности").And.Contain("Приложите приказ с подписью директора");
        returnedGroup.QuerySelector($"a[href='{Url(id)}']")!.TextContent.Should().Be("Заполнить");

        // Correction: the submitted file is replaced, the text changed, then submitted again.
        At(12);
        var oldFileId = submitted.Files.Single().Id;
        var fix = await OpenedForm.OpenAsync(principal, Url(id));
        (await fix.PostAsync([new("Input.Version", fix.Value("Input.Version"))], $"RemoveFile&fileId={S(oldFileId)}")).ShouldRedirectBack(id);
        var signed = Pdf("Приказ №12 с подписью");
        (await PostReportAsync(principal, id, "Submit", Fields("Done", "Положение утверждено приказом №12, приказ подписан"),
            File("Приказ №12 подписан.pdf", signed))).ShouldRedirectBack(id);
        (await ReportAsync(Portal, id)).State.Should().Be(ReportState.Submitted);

        At(13);
        (await PostReportAsync(specialist, id, "Accept", [new("Review.Comment", "")])).ShouldRedirectBack(id);
        var accepted = await ReportAsync(Portal, id);
        accepted.State.Should().Be(ReportState.Accepted);
        accepted.ReviewComment.Should().BeNull();

        // The history, newest first, with what was submitted each time.
        var final = await principal.GetDocumentAsync(Url(id));
        final.QuerySelector("[data-testid=report-form]").Should().BeNull();
        final.QuerySelector("[data-testid=report-readonly]")!.TextContent.Should().Contain("Принят");
        final.Texts("[data-testid=files] a").Should().Equal("Приказ №12 подписан.pdf");
        var steps = final.QuerySelectorAll("[data-testid=history] > li").ToList();
        steps.Select(s => s.QuerySelector("strong")!.TextContent).Should().Equal(
            "Принят", "Отправлен на проверку", "Возвращён на доработку", "Отправлен на проверку");
        steps.Select(s => s.QuerySelector("div")!.TextContent).Should().Equal(
            "Принят · 05.04.2024 13:00 · spicina", "Отправлен на проверку · 05.04.2024 12:00 · director1",
            "Возвращён на доработку · 05.04.2024 11:00 · spicina", "Отправлен на проверку · 05.04.2024 10:00 · director1");
        var second = steps[1].QuerySelector("details")!;
        second.TextContent.Should().Contain("Статус: Выполнено").And.Contain("Положение утверждено приказом №12, приказ подписан")
            .And.NotContain("https://school1.ru/vpr/polozhenie");
        second.QuerySelectorAll("a").Select(a => a.TextContent).Should().Equal("Приказ №12 подписан.pdf");
        steps[2].TextContent.Should().Contain("«Приложите приказ с подписью директора»");
        var first = steps[3].QuerySelector("details")!;
        first.TextContent.Should().Contain("Положение утверждено приказом №12").And.NotContain("приказ подписан")
            .And.Contain("(убран позже)");
        first.QuerySelectorAll("a").Select(a => a.TextContent).Should().Equal("https://school1.ru/vpr/polozhenie", "Приказ №12.pdf");

        // The file of the first submission is still there, as it was.
        var old = await principal.GetAsync($"/Reports/Evidence/{S(oldFileId)}");
        old.StatusCode.Should().Be(HttpStatusCode.OK);
        (await old.Content.ReadAsByteArrayAsync()).Should().Equal(order);
    }

    [Fact]
    public async Task Submitting_needs_a_status_and_a_text_and_refused_links_are_explained()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        var empty = await RefusedPageAsync(await PostReportAsync(principal, id, "Submit", Fields(null, "  ")));
        empty.FieldError("Input.Status").Should().Be("Выберите статус исполнения.");
        empty.FieldError("Input.Text").Should().Be("Опишите, что сделано.");

        var links = await RefusedPageAsync(await PostReportAsync(principal, id, "Submit",
            Fields("Done", "Сделано", "javascript:alert(1)\nschool1.ru/vpr")));
        links.FieldError("Input.LinksText").Should().Be(
            "«javascript:alert(1)» — не адрес страницы: ссылка должна начинаться с https:// или http://.");
        links.QuerySelector("#Input_Text")!.TextContent.Should().Be("Сделано", "what was typed stays in the form");

        var report = await ReportAsync(Portal, id);
        report.State.Should().Be(ReportState.Draft);
        report.Text.Should().BeNull();
        report.History.Should().BeEmpty();
    }

    [Fact]
    public async Task A_draft_may_be_saved_without_status_or_text()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        (await PostReportAsync(principal, id, "Save", Fields(null, null, "https://school1.ru/vpr/"))).ShouldRedirectBack(id);

        var report = await ReportAsync(Portal, id);
        report.State.Should().Be(ReportState.Draft);
        report.Links.Should().Equal("https://school1.ru/vpr/");
        report.Status.Should().BeNull();
    }

    [Fact]
    public async Task A_stale_tab_is_refused_with_the_conflict_message_and_neither_its_text_nor_its_files_are_saved()
    {
        var plan = await PlanAsync(Portal);
        var director = await SignedInAsync(Roles.Principal, plan.A, "director1");
        var deputy = await SignedInAsync(Roles.Principal, plan.A, "deputy1");
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        var directorTab = await OpenedForm.OpenAsync(director, Url(id));
        var deputyTab = await OpenedForm.OpenAsync(deputy, Url(id));

        (await PostAsync(directorTab, "Save", Fields("InProgress", "Текст директора"))).ShouldRedirectBack(id);
        var saved = await ReportAsync(Portal, id);
        var refused = await RefusedPageAsync(await PostAsync(deputyTab, "Save", Fields("Done", "Текст заместителя"),
            File("Справка.pdf", Pdf())));

        refused.QuerySelector("[data-testid=form-errors]")!.TextContent.Should().Contain(Conflict);
        refused.QuerySelector("[data-testid=conflicts]")!.TextContent.Should().Contain("Текст директора").And.Contain("В работе");
        refused.QuerySelector("#Input_Text")!.TextContent.Should().Be("Текст заместителя", "what the deputy typed is kept for copying");
        refused.QuerySelector("[data-testid=files-error]")!.TextContent.Should().Contain("Выбранные файлы не сохранены: выберите их снова.");
        var after = await ReportAsync(Portal, id);
        after.Text.Should().Be("Текст директора");
        after.Status.Should().Be(ExecutionStatus.InProgress);
        after.Files.Should().BeEmpty();
        after.Version.Should().Be(saved.Version);

        // The refused page carries the current version: saving from it now works.
        var retry = new OpenedForm(deputy, Url(id), refused);
        (await PostAsync(retry, "Save", Fields("Done", "Текст заместителя"))).ShouldRedirectBack(id);
        (await ReportAsync(Portal, id)).Text.Should().Be("Текст заместителя");
    }

    [Fact]
    public async Task A_stale_tab_cannot_submit_over_a_file_added_meanwhile_or_remove_a_file_after_another_change()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        (await PostReportAsync(principal, id, "Save", Fields("Done", "Справка готова"), File("Справка.pdf", Pdf()))).ShouldRedirectBack(id);
        var fileId = (await ReportAsync(Portal, id)).Files.Single().Id;
        var stale = await OpenedForm.OpenAsync(principal, Url(id));

        // Another tab only adds a file: the stale tab did not see it, so it may not submit it unseen.
        (await PostReportAsync(principal, id, "Save", Fields("Done", "Справка готова"), File("Не тот файл.pdf", Pdf("черновик"))))
            .ShouldRedirectBack(id);
        var submit = await RefusedPageAsync(await PostAsync(stale, "Submit", Fields("Done", "Справка готова")));
        submit.Errors().Should().Contain(Conflict);
        (await ReportAsync(Portal, id)).State.Should().Be(ReportState.Draft);

        var remove = await RefusedPageAsync(await stale.PostAsync([new("Input.Version", stale.Value("Input.Version"))], $"RemoveFile&fileId={S(fileId)}"));
        remove.Errors().Should().Contain(Conflict);
        (await ReportAsync(Portal, id)).Files.Select(f => f.FileName).Should().BeEquivalentTo("Справка.pdf", "Не тот файл.pdf");
    }

    [Fact]
    public async Task When_two_specialists_review_at_once_the_second_decision_is_refused_and_the_first_stands()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var first = await SignedInAsync(Roles.Specialist, userName: "first");
        var second = await SignedInAsync(Roles.Specialist, userName: "second");
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        (await PostReportAsync(principal, id, "Submit", Fields("Done", "Справка размещена"))).ShouldRedirectBack(id);
        var firstTab = await OpenedForm.OpenAsync(first, Url(id));
        var secondTab = await OpenedForm.OpenAsync(second, Url(id));

        (await PostAsync(firstTab, "Accept", [new("Review.Comment", "Всё верно")])).ShouldRedirectBack(id);
        var refused = await RefusedPageAsync(await PostAsync(secondTab, "Return", [new("Review.Comment", "Нет подписи")]));

        refused.Errors().Should().Contain("Отчёт уже принят.");
        var report = await ReportAsync(Portal, id);
        report.State.Should().Be(ReportState.Accepted);
        report.ReviewedBy.Should().Be("first");
        report.ReviewComment.Should().Be("Всё верно");
        report.History.Select(e => e.Kind).Should().BeEquivalentTo([ReportEventKind.Submitted, ReportEventKind.Accepted]);
        refused.QuerySelector("[data-testid=report-readonly]")!.TextContent.Should().Contain("Принят");
        refused.QuerySelector(".alert-success")!.TextContent.Should().Contain("Комментарий при приёмке: Всё верно");
    }

    [Fact]
    public async Task A_draft_cannot_be_accepted_or_returned()
    {
        var plan = await PlanAsync(Portal);
        var specialist = await SignedInAsync(Roles.Specialist);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        var page = await OpenedForm.OpenAsync(specialist, Url(id));
        page.Page.QuerySelector("[data-testid=review-form]").Should().BeNull("there is nothing to review yet");
        var version = (await ReportAsync(Portal, id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var refused = await RefusedPageAsync(await page.PostMultipartAsync([new("Review.Version", version), new("Review.Comment", "")], [], "Accept"));

        refused.Errors().Should().Contain("Отчёт ещё не отправлен школой на проверку.");
        (await ReportAsync(Portal, id)).State.Should().Be(ReportState.Draft);
    }
}
